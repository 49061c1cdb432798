"""The private Whoosh names the search side relies on are all checked, and a renamed one
is reported by name (the system check search.E001)."""

import pytest
from whoosh.codec import whoosh3
from whoosh.writing import SegmentWriter

from search import bulk_postings, checks, whoosh_adapter


def test_it_finds_every_private_name_in_the_installed_whoosh():
    assert whoosh_adapter.check(buffer_factory=bulk_postings.PostingBuffer) == []
    assert checks.check_whoosh_internals() == []


@pytest.mark.parametrize(
    ("owner", "name"),
    [(SegmentWriter, "_commit_toc"), (whoosh3.W3PostingsWriter, "_write_block")],
)
def test_it_names_a_method_an_installed_whoosh_renamed(monkeypatch, owner, name):
    monkeypatch.delattr(owner, name)
    errors = checks.check_whoosh_internals()
    assert [e.id for e in errors] == ["search.E001"]
    assert f"{owner.__qualname__}.{name}" in errors[0].msg


def test_it_names_an_attribute_set_only_on_the_objects(monkeypatch):
    real = whoosh3.W3LeafMatcher.__init__

    def renamed(self, *args, **kwargs):  # a release that calls it _start instead
        real(self, *args, **kwargs)
        self._start = self.__dict__.pop("_startoffset")

    monkeypatch.setattr(whoosh3.W3LeafMatcher, "__init__", renamed)
    errors = checks.check_whoosh_internals()
    assert any("W3LeafMatcher._startoffset" in e.msg for e in errors)
