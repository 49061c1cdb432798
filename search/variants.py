"""The curated variants of administrative-law terms (search/variants.toml)."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

from search.analysis import normalize

TABLE = Path(__file__).resolve().parent / "variants.toml"


@cache
def _table() -> list[dict]:
    return tomllib.loads(TABLE.read_text(encoding="utf-8"))["variant"]


@cache
def entries() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(normalize(f) for f in entry["forms"]) for entry in _table())


@cache
def literal_forms() -> frozenset[str]:
    """Forms matched only as written: jieba cuts them into pieces that alone mean
    something else (一件事 → 一件 | 事: every report holds 一件)."""
    return frozenset(normalize(f) for entry in _table() for f in entry.get("literal", ()))


def alternatives(term: str) -> list[str]:
    """`term` with the longest form of an entry it holds replaced by each other form
    (综合行政执法改革 → 综合执法改革); several entries apply one after another."""
    found: dict[str, None] = {}
    for forms in entries():
        held = [f for f in forms if f in term]
        if not held:
            continue
        form = max(held, key=len)
        for other in forms:
            if other != form:
                found[term.replace(form, other)] = None
    found.pop(term, None)
    return list(found)
