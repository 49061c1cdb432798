"""The GB/T 2260 divisions as the search page needs them: which place names and codes a
filter may take, and the code order that facets are listed in.

The divisions are reference data loaded by a migration and never edited by the site, so
they are read once per process (3,212 rows) instead of once per request.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reports.models import Jurisdiction


@dataclass(frozen=True)
class Divisions:
    names: dict[str, frozenset[str]]  # level → the full names of that level
    first_code: dict[tuple[str, str], str]  # (level, name) → lowest code with that name
    by_code: dict[str, tuple[str, str]]  # code → (name, level)


@lru_cache(maxsize=1)
def divisions() -> Divisions:
    names: dict[str, set[str]] = {level: set() for level in Jurisdiction.Level.values}
    first_code: dict[tuple[str, str], str] = {}
    by_code: dict[str, tuple[str, str]] = {}
    for code, name, level in Jurisdiction.objects.order_by("code").values_list(
        "code", "name", "level"
    ):
        names[level].add(name)
        first_code.setdefault((level, name), code)
        by_code[code] = (name, level)
    return Divisions({k: frozenset(v) for k, v in names.items()}, first_code, by_code)


def names_of(level: str) -> frozenset[str]:
    return divisions().names[level]


def codes() -> frozenset[str]:
    return frozenset(divisions().by_code)


def code_label(code: str) -> str:
    """ "南平市" for 350700; the code itself if it is not a division."""
    found = divisions().by_code.get(code)
    return found[0] if found else code


def code_order(level: str, name: str) -> str:
    """Sort key listing places of `level` in GB/T 2260 order; unknown names last."""
    return divisions().first_code.get((level, name), "999999")


def scope_params(place: Jurisdiction) -> dict[str, str]:
    """The search filters meaning "reports under `place`": its own name and its ancestors'
    at their levels, e.g. {"province": "福建省", "prefecture": "南平市"}."""
    return {node.level: node.name for node in place.ancestors()}
