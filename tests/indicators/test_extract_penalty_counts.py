"""How departments' yearly enforcement reports count their cases (pages E-146…E-181): the
penalties imposed, or cases without a noun where the text is about enforcement; not the
penalties on one kind of party, nor a compared year's count."""

from __future__ import annotations

import pytest

from reports.indicators.extract import extract

READ = [
    ("全年共作出行政处罚决定38起,处罚金额合计39.156万元。", "38起"),  # E-151 南开应急
    ("二、2020年度我局实施行政处罚总数为293宗,罚没收入11817.5万元,具体见表二。", "293宗"),  # E-152
    ("2023年度下达行政处罚决定84起,罚款8600元,对轻微违法行为以批评教育为主。", "84起"),  # E-153
    ("实施行政处罚1969件,其中简易程序705件,一般程序1264件。", "1969件"),  # E-155 静海
    ("本市各行政执法部门2019年度承办行政处罚94497件,办结94314件。", "94497件"),  # E-111 诸暨
    # E-148 宝坻交通: the heading names the enforcement cases, the sentence has no noun
    ("(三)行政执法案件情况。今年共办理案件1335件,其中行政许可932件,行政处罚403件。", "1335件"),
    ("2024年青石镇执法队共办理案件79起,其中简易程序案件37起,一般程序案件42起。", "79起"),  # E-154
]


@pytest.mark.parametrize(("text", "written"), READ)
def test_it_reads_the_count(text, written):
    found = [f for f in extract(text) if f.key == "enforcement_cases"]

    assert [f.text for f in found] == [written]


LEFT_OUT = [
    # E-171 津南应急: penalties on one kind of party, no total given
    "本年度对生产经营单位作出行政处罚47件,罚款金额共计520.5万元。对个人作出行政处罚15件。",
    # E-114 天津城管委: the compared year's counts
    "同比2022年行政检查1270件,实施行政处罚160起,处罚金额159.565万元。",
    # E-079: decisions counted in 个, no case count
    "2022年全国生态环境部门共下达行政处罚决定9.10万个,累计罚款76.72亿元。",
    # a bare count where nothing says enforcement
    "全年共办理案件120件。",
]


@pytest.mark.parametrize("text", LEFT_OUT)
def test_it_leaves_the_count_out(text):
    assert [f for f in extract(text) if f.key == "enforcement_cases"] == []
