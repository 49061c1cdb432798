"""The rules added after measuring the pages marked with the rules frozen (E-022…E-040):
each on its real sentences, with the evidence cut from the text as published."""

from __future__ import annotations

from decimal import Decimal

import pytest

from reports.indicators.extract import extract

FOUND = [
    # (text, key, value, number as written) — the source in the comment
    (
        "全國新收行政復議案件74.96萬件,同比增長94.7%,達到同期法院一審行政案件的2.5倍。",
        "review_received",
        "749600",
        "74.96萬件",
    ),  # E-037, traditional script
    ("一審敗訴率7.8%,同比下降1.7個百分點。", "litigation_loss_rate", "7.8", "7.8%"),  # E-038
    (
        "2023年,区政府共收到行政复议申请1113件,较2022年558件增加了555件,同比增长99.5%。"
        "受理1033件,其中,决定维持435件,驳回申请136件。",
        "review_accepted",
        "1033",
        "1033件",
    ),  # E-022: a sentence opening with its verb continues the one before
    (
        "全省各级行政复议机关去年共收到行政复议申请2371件,申请人总数6207人。"
        "其中,受理1968件,不予受理或作其他处理403件。",
        "review_accepted",
        "1968",
        "1968件",
    ),  # E-027: after 其中, the next stage of the cases
    (
        "全年本市各级行政复议机关共收到行政复议申请6200件,其中,依法受理4955件,占收案总数的79.9%;",
        "review_accepted",
        "4955",
        "4955件",
    ),  # E-020
    (
        "2023年全市两级法院共新收各类行政案件1827件,同比增加4.28%。"
        "其中一审行政诉讼案件930件,二审行政诉讼案件454件,非诉执行案件417件。",
        "litigation_first_instance",
        "930",
        "930件",
    ),  # E-029: the total before 其中 is no indicator
    (
        "一是2023年,全区新收行政复议案件75件,受理46件,受理案件同比去年上升32.5%。"
        "全年结案(包括上年受理后结转)68件,在已结案件中撤销9件,维持29件,复议纠错率16%。",
        "review_concluded",
        "68",
        "68件",
    ),  # E-023: 结案, and what the count includes in brackets
    (
        "党的十八大以来,人民法院支持监督行政机关依法行政,2021年行政机关负责人出庭应诉率达65.4%。",
        "head_appearance_rate",
        "65.4",
        "65.4%",
    ),  # E-031: a year named after the "since"
    (
        "应用上线以来,全县法治监督覆盖率为100%。全年办结行政复议案件64件,协调调解率62.5%;",
        "review_concluded",
        "64",
        "64件",
    ),  # seed 海盐: 上线以来 is no span of years
    # The wordings added with the rules of stop 21, each from a marked page:
    (
        "2005年,我市各级行政复议机关共收到行政复议申请63件。经审查,立案受理45件,占收到申请的71.4%;",
        "review_accepted",
        "45",
        "45件",
    ),  # E-011: 立案受理 is one verb
    (
        "2024年我市复议机关共收到行政复议案件申请2929宗,在上一年度已上升20.1%的基础上又上升44.7%,主渠道作用凸显。",
        "review_received",
        "2929",
        "2929宗",
    ),  # E-012: 案件申请
    (
        "全年共审结行政复议案(含结转)2755件,案件审结率高达93.8%。",
        "review_concluded",
        "2755",
        "2755件",
    ),  # E-012: 案 for 案件, what it includes in brackets
    (
        "2020年,全区新收行政复议案件88件,受理59件。全年结案(包括案前调解、不予受理及受理后审结)86件。",
        "review_concluded",
        "86",
        "86件",
    ),  # E-069: a longer bracket
    (
        "2020年全区因公民、法人和其他组织不服行政机关具体行政行为提起行政诉讼的新收一审案件有73件,结案118件。",
        "litigation_first_instance",
        "73",
        "73件",
    ),  # E-069: 有 before the count
    # From pages E-111…E-145:
    (
        "2019年市政府共收到行政复议申请155件,其中受理148件,不予受理7件,复议案件实体审查率为95.5%。",
        "review_accepted",
        "148",
        "148件",
    ),  # E-111: the next stage after 其中 continues the topic
    (
        "2019年市政府共审结行政复议案件155件(含2018年度结转案件30件),其中直接纠错30件,纠错率为19.4%,"
        "终止32件。",
        "review_correction_rate",
        "19.4",
        "19.4%",
    ),  # E-111: the year in (含…) is what the count includes, not another year's figure
    # From pages E-146…E-181:
    (
        "做好合法性审核工作。共审核规范性文件24件,提出意见建议500余条。向市级备案5件。",
        "normative_filed",
        "5",
        "5件",
    ),  # E-174 大兴: the organ filed with before the verb
    (
        "2024年,县人大常委会依法对县政府报送的4份规范性文件完成了备案。",
        "normative_filed",
        "4",
        "4份",
    ),  # E-175 始兴: 完成了备案 after the documents
    # From pages E-208…E-216:
    (
        "(二)行政复议诉讼数据信息。今年新收案件343件,其中不予立案10件,告知管辖1件。",
        "review_received",
        "343",
        "343件",
    ),  # E-214 滨海新区 2022: 今年 before the verb that continues the heading's topic
]


@pytest.mark.parametrize(("text", "key", "value", "written"), FOUND)
def test_it_reads_the_value_with_its_sentence(text, key, value, written):
    found = [f for f in extract(text) if f.key == key]

    assert [(f.value, f.text) for f in found] == [(Decimal(value), written)]
    assert written in found[0].evidence and found[0].evidence in text
    assert text[found[0].number_start :].startswith(written)
    assert text[found[0].start :].startswith(found[0].evidence)


def test_it_keeps_only_the_cases_brought_not_those_concluded():
    text = (
        "2021年,全市法院新收一审行政案件1433件,同比增长19.9%,审结一审行政案件1316件,同比增长15.2%;"
    )

    found = extract(text)  # E-024

    assert [(f.key, f.text) for f in found] == [("litigation_first_instance", "1433件")]


def test_it_still_leaves_out_a_part_of_the_same_indicator_after_qizhong():
    text = (
        "2022年,全市行政执法机关共办理各类行政执法案件1616.85万宗,同比上升11.67%。"
        "其中,行政处罚137.07万宗,同比下降35.98%,罚没金额2.92亿元;"
    )

    found = extract(text)  # E-036

    assert [(f.key, f.value) for f in found] == [("enforcement_cases", Decimal(16168500))]
