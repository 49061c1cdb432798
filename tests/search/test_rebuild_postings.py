"""The rebuild's bulk posting writer writes the segment Whoosh's own pool would write."""

import copy

import pytest
from whoosh.filedb.filestore import FileStorage

from search import segments
from search.documents import iter_documents, whoosh_fields
from search.whoosh_backend import build_whoosh_schema


def _build(folder, prepared, *, bulk: bool):
    folder.mkdir()
    ix = FileStorage(str(folder), supports_mmap=False).create_index(build_whoosh_schema())
    writer = segments.prepared_writer(ix)
    assert writer._buffer is not None
    if not bulk:
        writer._buffer = None  # Whoosh's pool: sorted 5-tuples
    for doc, items in copy.deepcopy(prepared):
        writer.add_prepared(doc, items)
    writer.commit()
    return ix


def _contents(ix):
    with ix.reader() as reader:
        terms = {}
        for field, text in reader.all_terms():
            info = reader.term_info(field, text)
            postings = reader.postings(field, text)
            items = []
            while postings.is_active():
                items.append((postings.id(), postings.weight(), postings.value()))
                postings.next()
            stats = (info.doc_frequency(), info.weight(), info.max_weight())
            stats += (info.min_length(), info.max_length(), info.min_id(), info.max_id())
            terms[(field, text)] = (stats, items)
        stored = list(reader.all_stored_fields())
        bodies = list(reader.column_reader("body", translate=False))
        lengths = [reader.doc_field_length(d, "text") for d in range(reader.doc_count_all())]
    return terms, stored, bodies, lengths


@pytest.mark.whoosh_only
@pytest.mark.django_db
def test_it_writes_every_posting_and_statistic_as_whoosh_does(seeds, make_report, tmp_path):
    make_report("空报告", [])  # a report with almost nothing to index
    prepared = [segments._analyse(whoosh_fields(doc)) for doc in iter_documents()]

    bulk = _contents(_build(tmp_path / "bulk", prepared, bulk=True))
    pool = _contents(_build(tmp_path / "pool", prepared, bulk=False))

    assert len(bulk[0]) > 5000  # the seeds' terms in five fields
    assert bulk[0] == pool[0]
    assert bulk[1:] == pool[1:]


def test_it_writes_blocks_longer_than_one_and_short_inline_lists(tmp_path):
    prepared = [
        (
            {"id": f"reports.report.{n}", "django_id": str(n), "body": b""},
            {
                "text": [(b"common", 1, 1.0, b"\x00\x00\x00\x01")]
                + ([(b"rare", 2, 2.0, b"\x00\x00\x00\x02")] if n == 7 else []),
                "grams": [(b"ab", 1, 1.0, b"")],
                "heads": [],
            },
        )
        for n in range(300)  # > 2 blocks of 128 postings
    ]
    bulk = _contents(_build(tmp_path / "bulk", prepared, bulk=True))
    pool = _contents(_build(tmp_path / "pool", prepared, bulk=False))
    assert bulk == pool
    assert len(bulk[0][("text", b"common")][1]) == 300


@pytest.mark.whoosh_only
@pytest.mark.django_db
def test_it_analyses_each_field_as_whoosh_does_on_upload(seeds):
    """The rebuild's shortcuts (jieba once, Existence items built directly) give the
    postings Whoosh's own analysis gives the incremental writer."""
    schema = build_whoosh_schema()
    for doc in iter_documents():
        fields = whoosh_fields(doc)
        _small, items = segments._analyse(dict(fields))
        for name in ("text", "grams", "heads", "pairs"):
            assert sorted(items[name]) == sorted(schema[name].index(fields[name])), name
        assert len(items["pairs"]) > 100 and len(items["grams"]) > 500
