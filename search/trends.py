"""Keyword trends: for each term, how many reports match per year (or per province), beside
how many reports the archive holds there.

Everything goes through the search facade (`search.searching`), so the counts are the
search page's own, on Whoosh and on OpenSearch, in both modes:

* one `run` per term gives, through its disjunctive facets (a facet's counts ignore that
  facet's own selection and apply the others), the matching count of every year and every
  province at once;
* `reports` comes from the empty query's facets under the same other filters;
* in words mode a point whose count is below `RELAX_BELOW` (or every point, when the
  term's whole search relaxed) is asked again with that year or province selected:
  there the search page relaxes the query to all but one word when fewer than
  RELAX_BELOW reports hold every word, which the facet count does not show. So `matching`
  is always what `/search/?q=term&year=y` says, relaxed or not (`Point.relaxed`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from search import facet_order, searching
from search.facets import BY_PARAM as FACETS_BY_PARAM
from search.query import parse

MAX_TERMS = 6
MAX_TERM_CHARS = 200  # as the search box (search.forms.MAX_Q)
# by → its title and the index field of that facet (search/facets.py)
DIMENSIONS = {p: FACETS_BY_PARAM[p].label for p in ("year", "province")}
FIELDS = {p: FACETS_BY_PARAM[p].field for p in DIMENSIONS}
_SEPARATORS = re.compile(r"[,，]")


@dataclass
class Point:
    key: str  # "2023" or "福建省"
    reports: int  # the archive's reports there (under the other filters)
    matching: int  # the search's count for the term there
    relaxed: bool = False  # the search relaxed the term there (words mode, see module doc)

    @property
    def share(self) -> float:
        return self.matching / self.reports if self.reports else 0.0


@dataclass
class Series:
    term: str
    points: list[Point] = field(default_factory=list)
    total: int = 0  # the term's count under all the filters


@dataclass
class Trends:
    by: str
    mode: str
    keys: list[str]  # years ascending, or provinces in GB/T 2260 order
    reports: dict[str, int]
    series: list[Series]

    def as_json(self) -> dict:
        """The API's shape: {"terms", "series": [{"term", "points": [{by, reports, matching}]}]}."""

        def key(value: str) -> int | str:
            return int(value) if self.by == "year" and value.isdigit() else value

        return {
            "terms": [s.term for s in self.series],
            "series": [
                {
                    "term": s.term,
                    "points": [
                        {self.by: key(p.key), "reports": p.reports, "matching": p.matching}
                        for p in s.points
                    ],
                }
                for s in self.series
            ],
        }


def split_terms(values: Iterable[str], *, cut: int = MAX_TERM_CHARS) -> list[str]:
    """`q` values → the terms to compare: each value split at commas (half or full width),
    spaces tidied, empty and repeated terms dropped, each cut to `cut` characters (0: not
    cut). A term
    keeps its own query language (`行政执法 -公安`, `"证照分离"`)."""
    terms: list[str] = []
    for value in values:
        for part in _SEPARATORS.split(str(value)):
            term = " ".join(part.split())
            term = term[:cut].strip() if cut else term
            if term and term not in terms:
                terms.append(term)
    return terms


def _keys(by: str, reports: dict[str, int], selected: list[str]) -> list[str]:
    """The points of every series: the selected years/provinces if any, else every one
    the archive has under the filters; years ascending (a line reads left to right)."""
    values = list(dict.fromkeys(selected)) if selected else list(reports)
    if by == "year":
        return sorted(values, key=lambda v: (not v.isdigit(), int(v) if v.isdigit() else 0, v))
    return [v for v, _ in facet_order.ordered("province", [(v, 0) for v in values])]


def compute(terms: list[str], *, by: str, mode: str, filters: dict[str, list[str]]) -> Trends:
    """The trends of `terms` (query strings) by `by` ("year" or "province") under the
    search filters `filters` (index field → values, as SearchForm.filters)."""
    name = FIELDS[by]
    archive = searching.run(parse("", mode=mode), filters=filters, per_page=1)
    reports = dict(archive.facets.get(name, []))
    keys = _keys(by, reports, filters.get(name) or [])
    series = []
    for term in terms:
        parsed = parse(term, mode=mode)
        outcome = searching.run(parsed, filters=filters, per_page=1)
        counts = dict(outcome.facets.get(name, []))
        # Exact mode never relaxes; in words mode a point below RELAX_BELOW may (and, when
        # the whole search relaxed, any point may say so): asked alone.
        narrow = not parsed.exact and not parsed.is_empty
        points = []
        for key in keys:
            matching, relaxed = counts.get(key, 0), False
            if narrow and (matching < searching.RELAX_BELOW or outcome.relaxed):
                alone = searching.run(parsed, filters={**filters, name: [key]}, per_page=1)
                matching, relaxed = alone.count, alone.relaxed and alone.count > 0
            points.append(Point(key, reports.get(key, 0), matching, relaxed))
        series.append(Series(term, points, outcome.count))
    return Trends(by, mode, keys, {k: reports.get(k, 0) for k in keys}, series)
