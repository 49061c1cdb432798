"""Words mode ranks the reports about a query's notion first: the notion written as one
of its curated variants, in running text; not an agency's name or a site's navigation
that happens to hold the same characters."""

import pytest

from search import searching
from search.query import parse


def _ids(q: str, mode: str = "words") -> list[int]:
    return searching.run(parse(q, mode), filters={}, per_page=100).ids


@pytest.mark.django_db
# Whoosh's ranking rules (ranking.py); the OpenSearch engine ranks by BM25 and has no
# counterpart yet (a known gap, in the notes), so this order is not asserted there.
@pytest.mark.whoosh_only
def test_it_ranks_the_reform_above_an_agency_named_for_it(make_report):
    agency = make_report(
        "某县法治政府建设工作会议召开",
        [("一、会议情况", "会上，城市管理综合行政执法局负责同志作了典型发言。深化改革。")],
    )
    reform = make_report(
        "某县2023年度法治政府建设情况的报告",
        [("一、深化执法体制改革", "赋予乡镇行政处罚权，实现乡镇“一支队伍管执法”。")],
    )
    ranked = _ids("综合行政执法改革")
    assert ranked.index(reform.pk) < ranked.index(agency.pk)


@pytest.mark.django_db
def test_it_ranks_running_text_above_a_breadcrumb(make_report):
    crumb = make_report(
        "某区2023年度法治政府建设情况的报告",
        [("一、依法行政", "首页 > 政务公开 > 通知公告\n全面推进政务服务，公开办事指南。")],
    )
    text = make_report(
        "某市2023年度法治政府建设情况的报告",
        [("一、推进政务公开", "全年主动公开政府信息1200条，办理依申请公开86件。")],
    )
    assert _ids("政务公开")[:2] == [text.pk, crumb.pk]


@pytest.mark.django_db
# Whoosh's ranking rules (ranking.py); the OpenSearch engine ranks by BM25 and has no
# counterpart yet (a known gap, in the notes), so this order is not asserted there.
@pytest.mark.whoosh_only
def test_it_ranks_a_variant_written_out_above_the_words_apart(make_report):
    apart = make_report(
        "某县2023年度法治政府建设情况的报告",
        [("一、依法履职", "厘清部门权责，编制行政许可事项清单。")],
    )
    variant = make_report(
        "某市2023年度法治政府建设情况的报告",
        [("一、依法履职", "对行政权力清单进行动态调整。")],
    )
    assert _ids("权责清单")[:2] == [variant.pk, apart.pk]


@pytest.mark.django_db
def test_it_matches_a_literal_form_only_as_written(make_report):
    reform = make_report("某市政务服务", [("一、", "推进“一件事”改革，上线15个事项。")])
    unrelated = make_report("某县信访工作", [("一、", "把信访作为一件大事来抓，一次办结。")])
    for q in ("一件事一次办", "一件事", "高效办成一件事"):
        found = _ids(q)
        assert reform.pk in found, q
        assert unrelated.pk not in found, q
