"""The development set's real pages import through their manifests, stored as printed."""

import json
import re
from pathlib import Path

import pytest
from django.core.management import call_command

from reports.models import Report
from reports.parsing.clean import _SPAM_INLINE, tidy

pytestmark = pytest.mark.django_db

DEVSET = Path(__file__).resolve().parents[2] / "fixtures" / "devset"


def test_it_imports_every_devset_page_with_its_url_and_printed_text(capsys):
    manifests = sorted(DEVSET.glob("*.jsonl"))
    assert manifests, "fixtures/devset/*.jsonl is missing"
    pages = {}
    for path in manifests:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                pages[f"{path}#{number}"] = json.loads(line)

    try:
        call_command("import_reports", "--json", *map(str, manifests))
    except SystemExit as exit_:
        pytest.fail(f"import_reports exited {exit_.code}")
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]

    assert {r["file"] for r in rows} == set(pages)
    assert all(r["status"] in ("imported", "duplicate") for r in rows), [
        (r["file"], r.get("error")) for r in rows if r["status"] == "failed"
    ]
    for row in rows:
        page = pages[row["file"]]
        assert row["ref"] == page["ref"] and row["url"] == page["url"]
    imported = [r for r in rows if r["status"] == "imported"]
    assert len(imported) >= 0.9 * len(rows)
    for row in imported:
        report = Report.objects.get(pk=row["id"])
        page = pages[row["file"]]
        assert report.source_url == page["url"]
        # Every stored line is printed as is in the page (no character, no punctuation
        # changed; traditional pages stay traditional).
        # (Inline links are cruft that the cleaner cuts out of a line.)
        source = tidy(page["text"])
        unlinked = re.sub(r" +", " ", _SPAM_INLINE.sub("", source))
        for line in report.text.split("\n"):
            assert line in source or line in unlinked, (page["ref"], line)
