"""The one vocabulary of the search's facets and filters: each defined here once.

A facet or filter is a GET parameter of the search page (also of the API, the trends, the
exports and the feeds: a contract, never renamed), the index field it filters on (the
same name on Whoosh and OpenSearch), its Chinese name, the labels of its values, whether
it has a facet list of its own, and the order its values are listed in. The form
(search/forms.py), the pages (search/views.py, search/trends_views.py), both engines'
schemas and queries, the facet order and the benchmark's hit counts read it from here.

Plain data: it imports no model, view or engine (the value labels are the model-free
TextChoices of reports/choices.py and reports/timeliness.py), so anything may import it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from reports.choices import DocType, Level
from reports.timeliness import Status as TimelinessStatus

# How a facet's values are listed (search/facet_order.py): years newest first, places in
# GB/T 2260 code order (the parameter is the division level), the rest as their choices.
Order = Literal["newest", "place", "choices"]


@dataclass(frozen=True)
class Facet:
    param: str  # the GET parameter (URL contract)
    field: str  # the index field (Whoosh schema, OpenSearch mapping, searching.run filters)
    label: str  # the Chinese name: form label (in its notices), facet list title, chip
    order: Order | None  # None: no facet list (a filter only)
    choices: tuple[tuple[str, str], ...] = ()  # (value, label) where the values are fixed
    # Below the province: listed only once a place is chosen (a drill-down); the form takes
    # its values from search.places rather than from choices.
    below_province: bool = False
    chip_label: str = ""  # the chip's title where it is not `label`
    multi: bool = False  # several values a report (the code path), not one

    @property
    def listed(self) -> bool:
        """Whether the facet has a list of values with counts (`code` is a filter only)."""
        return self.order is not None

    @property
    def chip(self) -> str:
        return self.chip_label or self.label

    @property
    def labels(self) -> dict[str, str]:
        return dict(self.choices)


# In the URL's order (the page writes its links and chips in it).
FACETS: tuple[Facet, ...] = (
    Facet("province", "province", "省份", "place"),
    Facet("prefecture", "prefecture", "地级行政区", "place", below_province=True),
    Facet("county", "county", "县级行政区", "place", below_province=True),
    # A GB/T 2260 code: the reports under that place (every code from the province down
    # is indexed), so a filter without a facet list of its own.
    Facet(
        "code",
        "codes",
        "行政区划代码",
        None,
        below_province=True,
        chip_label="地区",
        multi=True,
    ),
    Facet("year", "year", "年度", "newest"),
    Facet("level", "level", "层级", "choices", choices=tuple(Level.choices)),
    Facet("type", "doc_type", "类型", "choices", choices=tuple(DocType.choices)),
    # Annual reports only (reports.timeliness): made public by the deadline or not.
    Facet(
        "timeliness", "timeliness", "公开时效", "choices", choices=tuple(TimelinessStatus.choices)
    ),
)

BY_PARAM: dict[str, Facet] = {f.param: f for f in FACETS}
BY_FIELD: dict[str, Facet] = {f.field: f for f in FACETS}
# GET parameter → index field, every filter (as SearchForm.filters passes them on).
FACET_PARAMS: dict[str, str] = {f.param: f.field for f in FACETS}
# The facets with a list of values: their parameters and their index fields.
LISTED: tuple[Facet, ...] = tuple(f for f in FACETS if f.listed)
FACET_FIELDS: tuple[str, ...] = tuple(f.field for f in LISTED)
# Index fields of the drill-down lists (prefecture, county): empty until a place is chosen.
DRILL_FIELDS: frozenset[str] = frozenset(f.field for f in LISTED if f.below_province)
# Index fields whose selection opens the drill-down: the province and everything below it.
PLACE_FIELDS: frozenset[str] = frozenset(
    f.field for f in FACETS if f.below_province or f.order == "place"
)


def field_of(param: str) -> str:
    """The index field of the GET parameter `param` (type → doc_type)."""
    return BY_PARAM[param].field


def form_order() -> tuple[Facet, ...]:
    """The order the form cleans the filters in, and so the order of its notices (the API's
    400 message is the first): the filters with values of their own first, then those
    below the province, whose values come from search.places."""
    return tuple(f for f in FACETS if not f.below_province) + tuple(
        f for f in FACETS if f.below_province
    )
