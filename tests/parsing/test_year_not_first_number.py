"""The year covered is never the first number a page happens to print."""

from __future__ import annotations

from reports.parsing import parse_text

from .helpers import BODY


def test_it_skips_a_document_number_before_现将():
    # fixtures/devset B-001 (a mirror of hunan.gov.cn)
    text = (
        "根据《法治政府建设与责任落实督察工作规定》(厅字〔2019〕28号)要求,现将省政府2022年度法治政府建设情况报告如下。\n"
        + BODY
    )
    assert parse_text(text).year == 2022


def test_it_skips_a_plan_period_and_takes_the_clause_that_opens_on_a_year():
    # A-023 (www.hzsc.gov.cn): a sub-district report with no title
    text = (
        "根据中共中央《全面深化法治领域改革纲要(2023—2027年)》提出“实行法治建设年度报告制度”,以及市、区对法治建设工作的"
        "具体部署,2023年,清波街道以深入学习贯彻习近平法治思想为核心,以落实“2023年法治上城建设工作要点”具体任务为牵引,"
        "全面深入开展法治政府建设,街道依法行政和社会治理能力得到逐步提升。现对2023年所做工作总结如下:\n"
        + BODY
    )
    r = parse_text(text)
    assert (r.year, r.doc_type) == (2023, "annual")


def test_it_takes_the_year_of_a_later_sentence_not_a_survey_it_cites():
    # B-046 (www.zyswzfw.gov.cn): 2022年1月 and 《…2021年法治甘肃…》 come after the real year
    text = (
        "法治是安邦治国的基石,更是实现经济社会高质量发展的保证。2022年,在市委、市政府和县委的坚强领导下,全县法治政府"
        "建设工作以习近平法治思想为指引,全面落实《法治政府建设实施纲要(2021-2025年)》确定的各项任务,为全县经济社会"
        "高质量发展营造了良好的法治环境。2022年1月,在全省开展的“2021年法治甘肃建设群众满意度调查”工作中,全县法治建设"
        "满意度总体评价在全市综合排名第二。\n" + BODY
    )
    assert parse_text(text).year == 2022


def test_it_takes_the_title_year_not_the_meeting_date_below_it():
    # A-049 (chyrd.bjchy.gov.cn): a report read to the district 人大常委会
    text = (
        "朝阳区人民政府关于2020年法治政府建设工作情况的报告\n"
        "——2021年4月29日在朝阳区第十六届人民代表大会常务委员会第三十七次会议上\n"
        "朝阳区人民政府副区长  王志勉\n主任、各位副主任、各位委员:\n"
        "我受文献区长委托,代表区政府向区人大常委会报告我区2020年法治政府建设情况。\n" + BODY
    )
    assert parse_text(text).year == 2020


def test_it_takes_the_opening_year_not_last_years_report_cited_later():
    # A-017 (shanghai.gov.cn): no title; 本市2022年法治政府建设情况报告 is cited in the body
    text = (
        "2023年,在市委、市政府的坚强领导下,全市各区、各部门坚持以习近平新时代中国特色社会主义思想为指导,深入推进"
        "法治政府建设各项工作,取得积极成效。\n一、深入学习贯彻习近平法治思想,切实履行推进法治政府建设工作职责\n"
        "公开发布本市2022年法治政府建设情况报告,制定实施2023年法治政府建设工作要点。\n"
    )
    r = parse_text(text)
    assert (r.year, r.doc_type) == (2023, "annual")


def test_it_takes_the_year_after_现就_deep_in_the_opening():
    # B-024 (www.gzzs.gov.cn): the year first appears in the sixth sentence
    text = (
        "为全面推进依法行政,加强法治政府建设,根据相关文件要求,扎实推进法治政府建设,街道各项工作法治化水平进一步提升,"
        "法治政府建设取得新进展、新成效。结合荷城街道实际,现就2022年法治政府建设工作开展情况报告如下:\n"
        + BODY
    )
    assert parse_text(text).year == 2022
