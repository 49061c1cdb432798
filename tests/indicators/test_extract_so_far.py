"""目前 / 截至目前: a flow counted so far in the year is not the year's figure (E-075, a 2022
report written before the year ended); a stock of staff counted now is."""

from __future__ import annotations

from reports.indicators.extract import extract

# E-075 (sxyc.gov.cn, 越城区司法局 2022年度): both so far
SO_FAR = [
    "目前,行政诉讼案件收案数同比下降10.51%,行政诉讼败诉率“断崖式”下降至5.22%,有望突破至5%以下"
    "(市考核指标5%以下)。",
    "截至目前,全区共收到行政复议申请236件。",
    # E-117 (新城镇 2025): a day before the year's end
    "截至2025年12月25日,新城镇行政处罚案件17起,共计罚款3200元,全部进行公示;",
    # E-122 (大唐庄镇 2023): 截至目前 opens the paragraph, the figures after it are so far too
    "截至目前,2023年度在天津市行政执法监督平台录入案件总数365件。其中行政检查353件,"
    "与2022年同比上升52.8%;行政处罚案件12件,比去年同比下降20%。",
]


def test_it_leaves_out_a_figure_so_far():
    for text in SO_FAR:
        assert extract(text) == [], text


def test_it_keeps_a_count_of_staff_now():
    found = extract("目前全县共有行政执法人员809名。")

    assert [(f.key, f.text) for f in found] == [("enforcement_persons", "809名")]
