"""rebuild_index fills a new generation and swaps the alias; clear swaps in an empty one."""

from __future__ import annotations

import pytest
from django.core.management import call_command

from search import indexing, searching
from search.query import parse


@pytest.mark.django_db
def test_it_rebuilds_into_a_new_generation_and_deletes_the_old(backend, make_report):
    report = make_report("某市报告", [("一、", "推进行政复议体制改革")])
    before = backend._generations()
    call_command("rebuild_index", "--noinput", verbosity=0)
    after = backend._generations()
    assert len(after) == 1 and after != before
    assert not backend.conn.indices.exists(index=before[0])
    assert searching.run(parse("行政复议", mode="exact"), filters={}).ids == [report.pk]
    call_command("check_index")  # raises CommandError when the index differs


@pytest.mark.django_db
def test_it_clears_by_swapping_in_an_empty_generation(backend, make_report):
    make_report("某市报告", [("一、", "行政复议")])
    indexing.clear()
    assert searching.run(parse("行政复议"), filters={}).count == 0
    assert indexing.compare().missing
