"""The Elasticsearch request body mirrors the Whoosh search (no server runs here)."""

from search.es_query import read_response, search_body
from search.query import parse


def test_it_builds_and_of_ors_with_phrases_on_words_headings_and_bigrams():
    body = search_body(
        parse('行政复议 OR 行政诉讼 "证照分离" -信访'),
        filters={"province": ["福建省", "浙江省"], "year": ["2023"], "level": [], "doc_type": []},
        sort="relevance",
        page=2,
    )

    must = body["query"]["bool"]["must"]
    assert must[0] == {"term": {"django_ct": "reports.report"}}
    either = must[1]["bool"]["should"]
    assert [c["bool"]["should"][0]["match_phrase"]["heads"]["query"] for c in either] == [
        "行政复议",
        "行政诉讼",
    ]
    phrase_fields = [next(iter(c["match_phrase"])) for c in must[2]["bool"]["should"]]
    assert phrase_fields == ["heads", "text", "text.bigram"]
    assert (
        body["query"]["bool"]["must_not"][0]["bool"]["should"][1]["match_phrase"]["text"]["query"]
        == "信访"
    )
    assert body["post_filter"] == {
        "bool": {
            "filter": [{"terms": {"province": ["福建省", "浙江省"]}}, {"terms": {"year": ["2023"]}}]
        }
    }
    # Disjunctive facets: the province counts ignore the province selection only.
    assert body["aggs"]["province"]["filter"] == {
        "bool": {"filter": [{"terms": {"year": ["2023"]}}]}
    }
    assert body["aggs"]["level"]["filter"]["bool"]["filter"] == [
        {"terms": {"province": ["福建省", "浙江省"]}},
        {"terms": {"year": ["2023"]}},
    ]
    assert (body["from"], body["size"]) == (20, 20)
    assert "sort" not in body


def test_it_lists_everything_newest_first_for_an_empty_query():
    body = search_body(parse(""), filters={}, sort="newest")

    assert body["query"] == {"bool": {"must": [{"term": {"django_ct": "reports.report"}}]}}
    assert body["post_filter"] == {"match_all": {}}
    assert body["sort"][0] == {"published": "desc"}


def test_it_reads_ids_counts_and_facets_from_a_response():
    response = {
        "hits": {
            "total": {"value": 42},
            "hits": [{"_source": {"django_id": "7"}}, {"_source": {"django_id": "3"}}],
        },
        "aggregations": {
            "province": {
                "values": {
                    "buckets": [
                        {"key": "浙江省", "doc_count": 2},
                        {"key": "福建省", "doc_count": 5},
                    ]
                }
            },
            "year": {"values": {"buckets": [{"key": "", "doc_count": 1}]}},
        },
    }

    ids, count, facets = read_response(response)

    assert ids == [7, 3] and count == 42
    assert facets == {"province": [("福建省", 5), ("浙江省", 2)], "year": []}
