"""The configured engine (Whoosh, or OpenSearch with SEARCH_ENGINE=opensearch) is the
search/engine.py interface, and the facades answer through it."""

import pytest

from search import indexing, searching
from search.engine import SearchEngine, SearchOutcome, engine
from search.query import parse


@pytest.mark.django_db
def test_it_serves_searches_and_index_checks_through_one_interface(make_report):
    report = make_report("甲县法治政府建设报告", [("一、", "推进行政复议体制改革")])

    assert isinstance(engine(), SearchEngine)
    outcome = searching.run(parse("行政复议"), filters={})
    assert isinstance(outcome, SearchOutcome) and outcome.ids == [report.pk]
    assert searching.count(parse("行政复议"), {}) == 1
    assert set(engine().indexed_fingerprints()) == {report.pk}
    assert not indexing.compare()
