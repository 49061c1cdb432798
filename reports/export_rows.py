"""Rows of the exports and the bulk data: plain report metadata, section trees and CSV lines.

Database reads and formatting only — no search engine — so that `reports` (the bulk dump,
the coverage CSV, the /data/ page) and `search.exports` share them without `reports`
importing the search side.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable

from reports.models import Report, Section

CSV_COLUMNS = (
    "id",
    "url",
    "title",
    "doc_type",
    "year",
    "published",
    "province",
    "prefecture",
    "county",
    "subunit",
    "level",
    "jurisdiction_code",
    "issuer",
    "source_url",
    "snippets",
)

# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """A text cell a spreadsheet would run as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def section_rows(batch: list[int]) -> dict[int, list[tuple]]:
    """Each report's sections in order, as plain rows (one query; no model instances)."""
    found: dict[int, list[tuple]] = {}
    rows = (
        Section.objects.filter(report_id__in=batch)
        .order_by("report_id", "position")
        .values_list(
            "report_id",
            "id",
            "parent_id",
            "anchor",
            "level",
            "number",
            "heading",
            "body",
            "position",
        )
    )
    for report_id, *fields in rows:
        found.setdefault(report_id, []).append(tuple(fields))
    return found


def section_tree_dicts(rows: list[tuple]) -> list[dict]:
    """The API's nested section list (reports.views.common.section_dicts) built from
    `section_rows` rows: no HTML escaping of every paragraph, which the page needs and
    an export does not."""
    nodes: dict[int, dict] = {}
    roots: list[dict] = []
    for pk, parent_id, anchor, level, number, heading, body, _position in rows:
        node = {
            "anchor": anchor,
            "level": level,
            "number": number,
            "heading": heading,
            "body": body,
            "children": [],
        }
        nodes[pk] = node
        parent = nodes.get(parent_id) if parent_id else None
        # A parent always precedes its children in position order; an orphan is a root.
        (parent["children"] if parent else roots).append(node)
    return roots


def metadata(report: Report, base: str) -> dict:
    """The columns every export shares (CSV, JSON Lines, bulk data)."""
    places = report.places()
    return {
        "id": report.pk,
        "url": base + report.get_absolute_url(),
        "title": report.title,
        "doc_type": report.doc_type,
        "year": report.year,
        "published": report.published.isoformat() if report.published else None,
        "province": places["province"].name if places["province"] else None,
        "prefecture": places["prefecture"].name if places["prefecture"] else None,
        "county": places["county"].name if places["county"] else None,
        "subunit": report.subunit,
        "level": report.level or None,
        "jurisdiction_code": report.jurisdiction.code if report.jurisdiction else None,
        "issuer": report.issuer,
        "source_url": report.source_url,
    }


class _Line:
    """csv.writer's file: hands back each written line instead of storing it."""

    def write(self, value: str) -> str:
        return value


def csv_line(cells: Iterable[object]) -> str:
    return csv.writer(_Line()).writerow([safe_cell(c) for c in cells])
