"""A department's summary of how it handled the year's proposals is other, not annual or reply."""

from __future__ import annotations

from reports.parsing import parse_text

# fixtures/devset A-076 (jnssfj.jinan.gov.cn): a metadata list, then the summary.
JINAN = (
    "- 索引号: 11370100004188776N/2025-00206 组配分类: 建议和提案总体情况\n"
    "- 成文日期: 2025-09-15 发布日期: 2025-09-15\n- 发布机构: 济南市司法局\n"
    "- 标题: 济南市司法局2025年度建议提案办理情况\n- 发文字号:\n"
    "市人大十八届四次会议和市政协十五届四次会议以来,市司法局认真做好人大建议、政协委员提案办理工作,目前已全部按期办结,"
    "现将办理情况汇报如下:\n一、建议提案办理完成情况\n"
    "市人大十八届四次会议和市政协十五届四次会议期间,市司法局共收到人大代表建议17件、政协委员提案15件,均已按期办结。\n"
)


def test_it_types_a_summary_of_proposal_handling_as_other():
    r = parse_text(JINAN)
    assert r.title == "济南市司法局2025年度建议提案办理情况"  # without the list's "- 标题:"
    assert (r.doc_type, r.year) == ("other", 2025)
    assert (r.prefecture, r.level, r.subunit) == ("济南市", "department", "济南市司法局")
