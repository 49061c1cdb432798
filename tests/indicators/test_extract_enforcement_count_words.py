"""行政处罚案件为0件 / 行政处罚案件数268个: the count of the place's cases with 为 or 数
between keyword and number (E-051, E-052)."""

from __future__ import annotations

import pytest

from reports.indicators.extract import extract


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("2021年,附海镇人民政府以本单位名义办理的行政处罚案件为0件,公开执法过程和结果9件。", "0件"),
        ("今年以来,共开展行政执法检查76次,行政处罚案件数268个,行政处罚案总金额7610元。", "268个"),
    ],
)
def test_it_reads_the_count(text, written):
    found = extract(text)

    assert [(f.key, f.text) for f in found] == [("enforcement_cases", written)]
