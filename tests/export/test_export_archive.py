"""manage.py export_archive DIR: the whole archive as gzip'd JSON Lines and CSV, with a
manifest whose counts and sha256 match the files."""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json

import pytest
from django.core.management import call_command

from reports.archive import CSV_COLUMNS

pytestmark = pytest.mark.django_db


def test_it_writes_every_report_with_its_sections_and_a_true_manifest(make_report, tmp_path):
    first = make_report(issuer="南平市人民政府", source_url="https://www.np.gov.cn/a/1.html")
    second = make_report(title="=福州市报告", jurisdiction_code="350100", sections=[])
    out = io.StringIO()
    call_command("export_archive", str(tmp_path / "dump"), base_url="https://x.org/", stdout=out)
    assert "已导出 2 份报告" in out.getvalue()
    dump = tmp_path / "dump"
    manifest = json.loads((dump / "manifest.json").read_text("utf-8"))
    assert manifest["format_version"] == 1
    assert manifest["reports"] == 2 and manifest["sections"] == 5
    assert manifest["created"][:4].isdigit()
    for entry in manifest["files"]:
        data = (dump / entry["name"]).read_bytes()
        assert entry["bytes"] == len(data)
        assert entry["sha256"] == hashlib.sha256(data).hexdigest()
    assert sorted(p.name for p in dump.iterdir()) == [
        "manifest.json",
        "reports.csv.gz",
        "reports.jsonl.gz",
    ]

    lines = [
        json.loads(x)
        for x in gzip.decompress((dump / "reports.jsonl.gz").read_bytes()).splitlines()
    ]
    assert [x["id"] for x in lines] == [first.pk, second.pk]
    assert lines[0]["url"] == f"https://x.org/reports/{first.pk}/"
    assert lines[0]["text"] == first.text and lines[0]["issuer"] == "南平市人民政府"
    assert [s["anchor"] for s in lines[0]["sections"]] == ["s1", "s2"]
    assert (
        lines[0]["sections"][0]["children"][0]["body"] == "全年办理行政复议案件371件。\n审结241件。"
    )
    assert lines[1]["sections"] == []

    text = gzip.decompress((dump / "reports.csv.gz").read_bytes()).decode("utf-8")
    assert text.startswith("\ufeff")
    header, *rows = list(csv.reader(io.StringIO(text[1:], newline="")))
    assert tuple(header) == CSV_COLUMNS
    cells = [dict(zip(CSV_COLUMNS, row, strict=True)) for row in rows]
    assert cells[0]["province"] == "福建省" and cells[0]["sections"] == "5"
    assert cells[0]["chars"] == str(len(first.text))
    assert cells[1]["title"] == "'=福州市报告"  # no formula in a spreadsheet


def test_it_gives_the_same_bytes_for_the_same_archive(make_report, tmp_path):
    make_report()
    call_command("export_archive", str(tmp_path / "a"), verbosity=0, stdout=io.StringIO())
    call_command("export_archive", str(tmp_path / "b"), verbosity=0, stdout=io.StringIO())
    for name in ("reports.jsonl.gz", "reports.csv.gz"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
