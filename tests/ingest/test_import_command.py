import json

import pytest

from reports.models import Report
from tests.ingest.helpers import run

pytestmark = pytest.mark.django_db

KEYS = {
    "file",
    "id",
    "title",
    "doc_type",
    "year",
    "published",
    "issuer",
    "province",
    "prefecture",
    "county",
    "subunit",
    "level",
    "jurisdiction_code",
    "sections",
    "headings",
    "warnings",
}


def test_it_imports_the_seed_folder_and_prints_a_summary(capsys, seed_paths):
    code, out, _ = run(capsys, str(seed_paths[0].parent))

    assert code == 0
    assert Report.objects.count() == 5
    assert "导入 5 份，重复 0 份，失败 0 份" in out


def test_it_prints_one_json_object_per_input_with_the_documented_keys(capsys, seed_paths):
    code, out, err = run(capsys, "--json", *map(str, seed_paths))

    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert len(rows) == 5
    for row in rows:
        assert KEYS <= set(row)
        assert row["id"] == Report.objects.get(original_name=seed_paths[rows.index(row)].name).pk
        assert row["sections"] == len(row["headings"])
    nanping = next(r for r in rows if r["file"].endswith("000_46056604f2ca08c2.txt"))
    assert (nanping["province"], nanping["prefecture"], nanping["county"]) == (
        "福建省",
        "南平市",
        None,
    )
    assert nanping["published"] == "2024-02-21"
    assert "导入 5 份" in err


def test_it_reports_duplicates_with_the_existing_id(capsys, seed_paths):
    run(capsys, str(seed_paths[1]))
    first = Report.objects.get()

    code, out, err = run(capsys, "--json", str(seed_paths[1]))

    assert code == 0
    assert json.loads(out)["id"] == first.pk
    assert json.loads(out)["status"] == "duplicate"
    assert "重复 1 份" in err
    assert Report.objects.count() == 1


def test_it_writes_nothing_on_dry_run(capsys, seed_paths):
    code, out, _ = run(capsys, "--dry-run", "--json", *map(str, seed_paths))

    assert code == 0
    assert Report.objects.count() == 0
    assert [json.loads(line)["id"] for line in out.splitlines()] == [None] * 5


def test_it_fails_with_a_reason_and_a_nonzero_status(capsys, tmp_path, seed_paths):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    noise = tmp_path / "noise.pdf"
    noise.write_bytes(bytes(range(256)) * 40)

    code, out, err = run(capsys, "--json", str(empty), str(noise), str(seed_paths[0]))

    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 1
    assert [r["status"] for r in rows] == ["failed", "failed", "imported"]
    assert rows[0]["id"] is None and rows[0]["error"]
    assert "失败 2 份" in err and "empty.txt" in err
    assert Report.objects.count() == 1
