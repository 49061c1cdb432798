"""The `indicators` key of GET /api/reports/<id>."""

from __future__ import annotations

from decimal import Decimal

from reports.indicators.keys import LABELS
from reports.models import Indicator, Report


def json_number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral() else float(value)


def indicator_dicts(report: Report) -> list[dict]:
    """Shown values (not rejected) in reading order; a corrected value replaces the extracted one."""
    rows = Indicator.objects.shown().filter(report=report).order_by("number_start")
    return [
        {
            "key": row.key,
            "label": LABELS.get(row.key, row.key),
            "value": json_number(row.current_value),
            "unit": row.unit,
            "text": row.text,
            "evidence": row.evidence,
            "anchor": row.anchor,
            # extracted / confirmed / corrected: whether a person has checked the value
            "status": row.status,
        }
        for row in rows
    ]
