"""Short province names (福建, 内蒙古, 广西) → the official ones the index files reports under.

Researchers type the short form; the facet values and the jurisdiction table use the full
names of GB/T 2260. Names are fixed by the standard, so the table is static.
"""

from __future__ import annotations

import re
from functools import cache

NAMES = (
    "北京市", "天津市", "河北省", "山西省", "内蒙古自治区", "辽宁省", "吉林省", "黑龙江省",
    "上海市", "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省",
    "湖南省", "广东省", "广西壮族自治区", "海南省", "重庆市", "四川省", "贵州省", "云南省",
    "西藏自治区", "陕西省", "甘肃省", "青海省", "宁夏回族自治区", "新疆维吾尔自治区", "台湾省",
    "香港特别行政区", "澳门特别行政区",
)  # fmt: skip
_SUFFIX = re.compile(r"(壮族|回族|维吾尔)?(自治区|特别行政区|省|市)$")


def short_name(full: str) -> str:
    """福建省 → 福建, 广西壮族自治区 → 广西, 北京市 → 北京."""
    return _SUFFIX.sub("", full)


@cache
def _by_short() -> dict[str, str]:
    return {short_name(n): n for n in NAMES}


def full_name(value: str) -> str | None:
    """The official name for a short or full province name, else None."""
    if value in NAMES:
        return value
    return _by_short().get(value)
