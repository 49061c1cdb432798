"""A cell that a spreadsheet would run as a formula is written with a leading apostrophe."""

from __future__ import annotations

import csv
import io

import pytest

from search.exports import CSV_COLUMNS, safe_cell

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("value", ['=HYPERLINK("http://x")', "+1", "-1+2", "@SUM(A1)", "\tx"])
def test_it_prefixes_formula_starts(value):
    assert safe_cell(value) == "'" + value


@pytest.mark.parametrize("value", ["南平市", "2023", 2023, None, "a=b"])
def test_it_leaves_other_cells_alone(value):
    assert safe_cell(value) == value


def test_it_neutralises_a_hostile_title_in_the_file(client, indexed):
    indexed(title="=cmd|' /C calc'!A0 南平市报告", issuer="@恶意")
    body = b"".join(client.get("/search/export.csv").streaming_content).decode("utf-8-sig")
    (row,) = list(csv.reader(io.StringIO(body, newline="")))[1:]
    cells = dict(zip(CSV_COLUMNS, row, strict=True))
    assert cells["title"] == "'=cmd|' /C calc'!A0 南平市报告"
    assert cells["issuer"] == "'@恶意"
