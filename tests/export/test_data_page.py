"""/data/ lists the newest dump in DATA_DUMP_DIR and serves only the files it lists."""

from __future__ import annotations

import gzip
import io
import json

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def _dump(path) -> dict:
    call_command("export_archive", str(path), verbosity=0, stdout=io.StringIO())
    return json.loads((path / "manifest.json").read_text("utf-8"))


def test_it_says_when_there_is_no_dump(client, settings, tmp_path):
    settings.DATA_DUMP_DIR = tmp_path / "missing"
    page = client.get("/data/").content.decode()
    assert "尚未生成批量数据" in page and "格式说明" in page
    assert client.get("/data/reports.csv.gz").status_code == 404


def test_it_lists_and_serves_the_newest_dump(client, settings, tmp_path, make_report):
    settings.DATA_DUMP_DIR = tmp_path / "data"
    make_report()
    old = _dump(tmp_path / "data" / "2026-01-01")
    make_report(title="第二份报告", jurisdiction_code="350100")
    new = _dump(tmp_path / "data" / "2026-02-01")
    # Same second? Make the older one visibly older.
    old["created"] = "2000-01-01T00:00:00+00:00"
    (tmp_path / "data" / "2026-01-01" / "manifest.json").write_text(json.dumps(old), "utf-8")
    page = client.get("/data/").content.decode()
    assert f"共 <strong>{new['reports']}</strong> 份报告" in page
    for entry in new["files"]:
        assert entry["sha256"] in page
    response = client.get("/data/reports.jsonl.gz")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/gzip"
    assert "attachment" in response["Content-Disposition"]
    body = b"".join(response.streaming_content)
    assert len(gzip.decompress(body).splitlines()) == 2
    manifest = b"".join(client.get("/data/manifest.json").streaming_content)
    assert json.loads(manifest)["reports"] == 2


@pytest.mark.parametrize(
    "name", ["..%2Fdb.sqlite3", "%2Fetc%2Fpasswd", ".reports.csv.gz.partial", "other.txt"]
)
def test_it_serves_nothing_the_manifest_does_not_list(
    client, settings, tmp_path, make_report, name
):
    settings.DATA_DUMP_DIR = tmp_path / "data"
    make_report()
    _dump(tmp_path / "data" / "d")
    (tmp_path / "data" / "d" / "other.txt").write_text("secret", "utf-8")
    assert client.get(f"/data/{name}").status_code == 404
