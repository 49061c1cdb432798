"""A text that reports on a whole place (全省, 全市) and gives one lower place's figure in a
sentence of its own: that figure is not the reporting place's and is left out (E-043)."""

from __future__ import annotations

from reports.indicators.extract import extract
from reports.indicators.leave_out import another_place, place_rank

# E-043 (news.jstv.com, 2022-04-20), the province's figures and then one city's
PROVINCE = (
    "2021年,全省共收到行政复议申请14635件,同比增长28.70%;决定受理12769件,同比增长29.29%。\n"
    "我省强化行政复议监督功能,严格依法办案,敢于动真碰硬。2021年,全省经行政复议直接纠错率10.77%,"
    "高于2020年。\n"
    "我省推动源头消除违法隐患。宿迁市将行政复议纠错案件线索向市监委移送。"
    "南京市行政机关负责人出庭率达90.83%。"
)


def test_it_leaves_out_a_citys_figure_in_a_provinces_text():
    found = {(f.key, f.text) for f in extract(PROVINCE, year=2021)}

    assert found == {
        ("review_received", "14635件"),
        ("review_accepted", "12769件"),
        ("review_correction_rate", "10.77%"),
    }


def test_it_keeps_a_place_naming_itself():
    # A county's own report naming the county (seed-like: 赣县区 2020)
    text = "全区共受理行政复议案件15起。赣县区行政机关负责人出庭应诉率100%。"

    assert [f.text for f in extract(text)] == ["15起", "100%"]


def test_it_keeps_a_citys_figure_when_the_sentence_speaks_for_the_whole():
    assert not another_place("南京市等地带动全省出庭率达90.83%。", 1)


def test_it_reads_the_level_the_text_names_most():
    assert place_rank(PROVINCE) == 1
    assert place_rank("全县…全县…全市") == 3
    assert place_rank("全县…全市") is None  # as often: no level
    assert place_rank("行政复议案件15起") is None


def test_it_leaves_out_a_towns_figure_in_a_countys_text():
    text = "全县共办理行政执法案件320件。\n张村镇行政执法案件45件。"

    assert [f.text for f in extract(text)] == ["320件"]
