"""Each extraction rule on a real sentence from the seeds or the development pages."""

from __future__ import annotations

from decimal import Decimal

import pytest

from reports.indicators.extract import extract

CASES = [
    # (sentence, key, value, text) — the source in the comment
    (
        "2020年全区共受理行政复议案件15起,其中撤销1件、责令重新作出3件",
        "review_accepted",
        "15",
        "15起",
    ),  # seed 赣县区
    (
        "2025年,全省新收行政复议案件16846件,同比增长42.8%。",
        "review_received",
        "16846",
        "16846件",
    ),
    (
        "全国新收行政复议案件31.5万件,同比增长17.1%;",
        "review_received",
        "315000",
        "31.5万件",
    ),  # C-026
    (
        "全年办结行政复议案件64件,协调调解率62.5%,居全市第二;",
        "review_concluded",
        "64",
        "64件",
    ),  # seed 海盐
    ("全市办理行政复议案件371件,审结241件;", "review_concluded", "241", "241件"),  # seed 南平
    (
        "行政复议案件纠错率1.56%,比上年降低2.36个百分点;",
        "review_correction_rate",
        "1.56",
        "1.56%",
    ),  # seed 海盐
    (
        "发生一审行政案件405件,审结375件,败诉52件、败诉率为13.87%;",
        "litigation_first_instance",
        "405",
        "405件",
    ),  # seed 南平
    (
        "发生一审行政案件405件,审结375件,败诉52件、败诉率为13.87%;",
        "litigation_loss_rate",
        "13.87",
        "13.87%",
    ),  # seed 南平
    ("行政机关负责人出庭率为97.97%。", "head_appearance_rate", "97.97", "97.97%"),  # seed 南平
    ("行政机关负责人出庭应诉率首次达到100%,", "head_appearance_rate", "100", "100%"),
    (
        "全年共审查规范性文件32份,出具合法性审查意见132条;",
        "normative_reviewed",
        "32",
        "32份",
    ),  # seed 海盐
    ("全年共计完成行政规范性文件审查20件,", "normative_reviewed", "20", "20件"),
    (
        "向省政府和市人大常委会报备行政规范性文件21件,报备率和合法率均达100%。",
        "normative_filed",
        "21",
        "21件",
    ),  # seed 南平
    ("备案审查65件行政规范性文件。", "normative_filed", "65", "65件"),
    (
        "认真开展政府规范性文件审查,共备案审查62件,清理市政府规章5部",
        "normative_filed",
        "62",
        "62件",
    ),  # seed 001
    (
        "审核重大行政决策事项2项、行政合同17份,出具合法性审查意见176条。",
        "decision_reviews",
        "2",
        "2项",
    ),  # seed 海盐
    (
        "依托平台办理行政执法案件共300件,开展联合抽查检查16次。",
        "enforcement_cases",
        "300",
        "300件",
    ),  # seed 赣县区
    (
        "办理行政处罚案件23件,在基层社会治理中初显成效。",
        "enforcement_cases",
        "23",
        "23件",
    ),  # seed 洛宁
    (
        "全区30个涉及监管职能的业务部门共注册执法人员785人,监管对象5562个",
        "enforcement_persons",
        "785",
        "785人",
    ),  # seed 赣县区
]


@pytest.mark.parametrize(("sentence", "key", "value", "text"), CASES)
def test_it_reads_the_value_with_its_sentence(sentence, key, value, text):
    found = [f for f in extract(sentence) if f.key == key]

    assert [(f.value, f.text) for f in found] == [(Decimal(value), text)]
    assert found[0].evidence == sentence.strip()
    assert sentence[found[0].number_start :].startswith(text)


def test_it_keeps_full_width_text_as_published():
    sentence = "全区共受理行政复议案件１５起，行政纠错率为３３．３％。"

    found = extract(sentence)

    assert [(f.key, f.value, f.text) for f in found] == [
        ("review_accepted", Decimal(15), "１５起"),
        ("review_correction_rate", Decimal("33.3"), "３３．３％"),
    ]
    assert all(f.text in f.evidence and f.evidence in sentence for f in found)
