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

from search import places
from search.facets import LISTED, Facet

if TYPE_CHECKING:
    from _typeshed import SupportsRichComparison

Pairs = list[tuple[str, int]]


def _year_key(value: str) -> tuple[int, str]:
    return (-int(value), value) if value.isdigit() else (1, value)


def _place_key(level: str) -> Callable[[str], str]:
    return lambda name: places.code_order(level, name)


def _choices_key(facet: Facet) -> Callable[[str], int]:
    rank = {value: i for i, (value, _label) in enumerate(facet.choices)}
    return lambda v: rank.get(v, len(rank))


def _key(facet: Facet) -> Callable[[str], SupportsRichComparison]:
    """The sort key of a facet's values, by its search.facets order (a place facet's
    parameter is its division level)."""
    if facet.order == "newest":
        return _year_key
    if facet.order == "place":
        return _place_key(facet.param)
    return _choices_key(facet)


_KEYS: dict[str, Callable[[str], SupportsRichComparison]] = {f.param: _key(f) for f in LISTED}


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
