"""A department's report: named in the opening, by a covering letter's signature, or by its host."""

from __future__ import annotations

from reports.parsing import parse_text

# fixtures/devset A-038 (sft.jiangsu.gov.cn): no title; the department acts after "在…领导下".
JIANGSU_SFT = (
    "2024年,在省委省政府的坚强领导和司法部的有力指导下,省司法厅坚持以习近平新时代中国特色社会主义思想为指导,"
    "全面贯彻落实党的二十大和二十届二中、三中全会精神以及党中央国务院、省委省政府决策部署,深入践行习近平法治思想,"
    "统筹推进法治政府建设取得新进展。\n一、坚持思想引领,统筹推进全面依法行政工作实践\n"
    "坚持把法治政府建设作为全面依法治省的重点任务和主体工程。深入学习贯彻习近平总书记对江苏工作重要讲话精神。\n"
)
# A-028 (cctv1204.com, traditional): the department signs the letter that sends its plan.
SHANDONG_PLAN = (
    "各市市場監督管理局,省局各處室、直屬單位:\n"
    "《山東省法治市場監管建設規劃(2021—2025年)》已經省局局務會議研究通過,現印發給你們,請認真貫徹執行。\n"
    "山東省市場監督管理局\n2021年12月31日\n(此件主動公開)\n山東省法治市場監管建設規劃\n(2021—2025年)\n"
    "為深入學習貫徹習近平法治思想,認真落實省委、省政府和市場監管總局法治建設工作部署,扎實推進全省法治市場監管建設,"
    "全面提升市場監管法治化水平,制定本規劃。\n"
)
# A-041 (jtyst.shanxi.gov.cn): the host names the 厅, the text says 我厅.
SHANXI_JTT = (
    "依据《中华人民共和国政府信息公开条例》(以下简称《条例》)第五十条规定,编制本报告。\n一、总体情况\n"
    "2021年,我厅深入贯彻省委、省政府关于全面推进政务公开工作的决策部署,全面落实《条例》要求,紧紧围绕我厅中心工作,"
    "有序推进政务公开各项工作。\n"
)


def test_it_takes_the_department_acting_after_its_superiors():
    r = parse_text(JIANGSU_SFT, source_url="https://sft.jiangsu.gov.cn/art/2025/3/31/x.html")
    assert (r.province, r.level, r.subunit) == ("江苏省", "department", "江苏省司法厅")
    assert r.doc_type == "annual" and r.year == 2024


def test_it_takes_the_department_that_signs_a_covering_letter():
    r = parse_text(SHANDONG_PLAN)
    assert (r.province, r.level, r.subunit) == ("山东省", "department", "山东省市场监督管理局")
    assert (r.doc_type, r.year) == ("plan", 2021)


def test_it_reads_a_department_host_when_the_page_says_我厅():
    r = parse_text(SHANXI_JTT, source_url="http://jtyst.shanxi.gov.cn/zwgk/gknb/x.shtml")
    assert (r.province, r.level, r.subunit) == ("山西省", "department", "山西省交通运输厅")
    r = parse_text(SHANXI_JTT)
    assert r.level != "department"  # without the host nothing names the department


def test_it_keeps_a_government_office_as_its_government():
    # fixtures/devset B-005 (www.gzns.gov.cn): the 区政府办公室 sends the district's plan.
    text = (
        "广州市南沙区人民政府办公室关于印发南沙区2020年依法行政工作要点的通知\n"
        "各镇(街),区政府各部门、各直属机构,市属驻区各单位:\n"
        "《广州市南沙区2020年依法行政工作要点》已经区政府会议同意,现印发给你们,请认真组织实施。"
        "实施中遇到问题,请径向区依法行政工作领导小组办公室(设在区司法局)反映。\n"
    )
    r = parse_text(text)
    assert (r.county, r.level, r.doc_type, r.year) == ("南沙区", "county", "plan", 2020)


def test_it_reads_the_opening_even_when_it_ends_with_报告如下():
    # fixtures/devset A-075 (yc.gov.cn): the whole opening paragraph ends with a colon
    text = (
        "2023年,伊春市司法局坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻党的二十大精神和习近平法治思想,"
        "认真落实市委、市政府各项决策部署,奋力推动伊春市司法行政工作高质量发展。现将伊春市司法局推进2023年法治政府建设"
        "情况报告如下:\n一、推进法治政府建设的主要举措和成效\n(一)夯实思想根基,扎实推进全面依法治市。\n"
    )
    r = parse_text(text)
    assert (r.province, r.prefecture, r.level, r.subunit) == (
        "黑龙江省",
        "伊春市",
        "department",
        "伊春市司法局",
    )


def test_it_reads_a_reply_on_a_department_host_as_that_departments():
    # fixtures/devset B-048 (sft.shaanxi.gov.cn): addressee, no title, no signature in the excerpt
    text = (
        "林显春委员:\n您提出的《关于加强陕西律师参政议政成果汇编工作的提案》(第764号)收悉。现答复如下:\n"
        "一、我省律师参政议政基本情况\n律师队伍作为法治建设的重要力量,其参政议政成果承载着深厚的法律专业智慧与强烈的"
        "社会责任担当,有效推动科学决策、民主决策、依法决策。近年来,我省律师行业严格贯彻落实司法部关于律师参政议政工作的"
        "部署要求,充分发挥专业优势。\n"
    )
    r = parse_text(text, source_url="https://sft.shaanxi.gov.cn/zfxxgk/fdzdgknr/zxwytabl/x.htm")
    assert (r.province, r.level, r.subunit, r.doc_type) == (
        "陕西省",
        "department",
        "陕西省司法厅",
        "reply",
    )
