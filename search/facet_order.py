"""The order facet values are listed in, on the page and in the API: as a reader expects
them rather than by count.

* years newest first (descending, as the place pages list them);
* provinces, prefectures and counties in GB/T 2260 code order, 地区不详 last;
* levels, document types and timeliness in the order of their definitions (省级 → 部门);
* within each facet the selected values come first, in that same order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from reports.models import Report
from reports.timeliness import Status as TimelinessStatus
from search import places

if TYPE_CHECKING:
    from _typeshed import SupportsRichComparison

Pairs = list[tuple[str, int]]

_LEVELS = {value: i for i, value in enumerate(Report.Level.values)}
_TYPES = {value: i for i, value in enumerate(Report.DocType.values)}
_TIMELINESS = {value: i for i, value in enumerate(TimelinessStatus.values)}


def _year_key(value: str) -> tuple[int, str]:
    return (-int(value), value) if value.isdigit() else (1, value)


def _place_key(level: str) -> Callable[[str], str]:
    return lambda name: places.code_order(level, name)


_KEYS: dict[str, Callable[[str], SupportsRichComparison]] = {
    "year": _year_key,
    "province": _place_key("province"),
    "prefecture": _place_key("prefecture"),
    "county": _place_key("county"),
    "level": lambda v: _LEVELS.get(v, len(_LEVELS)),
    "type": lambda v: _TYPES.get(v, len(_TYPES)),
    "timeliness": lambda v: _TIMELINESS.get(v, len(_TIMELINESS)),
}


def ordered(param: str, pairs: Pairs, selected: Sequence[str] = ()) -> Pairs:
    """`pairs` ([value, count]) of the facet `param` in reading order, selected first."""
    key = _KEYS.get(param)
    chosen = set(selected)
    out = (
        sorted(pairs, key=lambda kv: kv[0])
        if key is None
        else sorted(pairs, key=lambda kv: key(kv[0]))
    )
    return sorted(out, key=lambda kv: kv[0] not in chosen)  # stable: order kept within each
