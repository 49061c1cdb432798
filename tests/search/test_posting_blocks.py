"""postings.blocks parses Whoosh 3's posting blocks exactly as Whoosh's matcher reads them."""

import pytest
from haystack import connections

from reports.ingest import save_report
from search import indexing, postings
from tests.search.conftest import make_parsed


def _whoosh_items(matcher):
    items = []
    while matcher.is_active():
        items.append((matcher.id(), matcher.weight()))
        matcher.next()
    return items


@pytest.mark.whoosh_only
@pytest.mark.django_db
def test_it_reads_every_posting_list_of_the_index_as_whoosh_does(seeds):
    # Enough reports in one segment that common terms fill more than one 128-posting block.
    for n in range(140):
        save_report(parsed=make_parsed(f"第{n}号报告", [("一、执法", f"推进行政执法。编号{n}。")]))
    indexing.rebuild(progress=False)
    ix = connections["default"].get_backend().current_index()
    with ix.searcher() as searcher:
        checked = multi_block = 0
        for leaf, _offset in searcher.leaf_searchers():
            reader = leaf.reader()
            for field, text in reader.all_terms():
                if field not in ("text", "grams", "heads", "pairs"):
                    continue
                ours = [
                    (docnum, weight)
                    for ids, weights in postings.blocks(reader.postings(field, text))
                    for docnum, weight in zip(ids, weights, strict=True)
                ]
                assert ours == _whoosh_items(reader.postings(field, text)), (field, text)
                checked += 1
                multi_block += len(ours) > 128
    assert checked > 5000 and multi_block > 0
