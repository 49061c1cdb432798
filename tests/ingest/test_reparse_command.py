"""reparse_reports re-derives stored reports from their originals; staff corrections stay."""

import json

import pytest
from django.core.management import call_command

from reports.ingest import content_hash, save_report
from reports.models import Report
from reports.parsing import parse_upload

pytestmark = pytest.mark.django_db


def run(capsys, *args):
    code = 0
    try:
        call_command("reparse_reports", *args)
    except SystemExit as exit_:
        code = exit_.code
    out, err = capsys.readouterr()
    return code, out, err


WIDE = """关于2023年度法治政府建设情况的报告
发布时间：2024-03-05 来源：洛宁县人民政府
2023年，洛宁县坚持以习近平法治思想为指导，全面推进依法行政，法治政府建设取得新成效。现将有关情况报告如下：
一、工作开展情况
（一）落实法治政府建设责任。县委常委会、县政府常务会议专题研究法治政府建设工作。
（二）强化行政复议；全年办理行政复议案件１２件。
二、存在的主要问题
基层执法力量不足，依法行政能力有待提升。
"""


@pytest.fixture
def stale(django_capture_on_commit_callbacks):
    """A report stored the old way: NFKC'd text and headings, a wrong year, its original kept."""
    data = WIDE.encode()
    parsed = parse_upload(data, "luoning.txt")
    parsed.text = parsed.text.replace("，", ",").replace("（", "(").replace("）", ")")
    parsed.preamble = parsed.preamble.replace("，", ",")
    parsed.year = 2022
    parsed.title = "关于2023年度法治政府建设情况的报告(旧)"
    for top in parsed.sections:
        for child in top.children:
            child.number = child.number.replace("（", "(").replace("）", ")")
    with django_capture_on_commit_callbacks(execute=True):
        return save_report(parsed=parsed, original=data, original_name="luoning.txt")


def test_it_lists_what_would_change_and_writes_nothing(capsys, stale):
    code, out, _ = run(capsys)

    assert code == 0
    assert f"报告 {stale.pk}" in out and "将变化" in out
    assert "year: 2022 → 2023" in out
    assert (
        "title: 关于2023年度法治政府建设情况的报告(旧) → 关于2023年度法治政府建设情况的报告" in out
    )
    assert "sections:" in out
    assert "将有变化 1 份（加 --apply 保存）" in out
    stale.refresh_from_db()
    assert stale.year == 2022 and "，" not in stale.text


def test_it_applies_the_changes_and_updates_the_index(
    capsys, client, stale, django_capture_on_commit_callbacks
):
    assert _found(client, "旧") == [stale.pk]

    with django_capture_on_commit_callbacks(execute=True):
        code, out, _ = run(capsys, "--apply", "--json")

    row = json.loads(out)
    assert code == 0
    assert row["status"] == "applied"
    assert row["changes"]["year"] == [2022, 2023]
    assert set(row["changes"]) >= {"title", "year", "text", "preamble", "sections"}
    report = Report.objects.get()
    assert report.year == 2023
    assert report.title == "关于2023年度法治政府建设情况的报告"
    assert "全面推进依法行政，法治政府建设" in report.text
    assert [c.number for c in report.sections.filter(level=2)] == ["（一）", "（二）"]
    assert report.content_hash == content_hash(report.text) == stale.content_hash
    assert _found(client, "旧") == []  # the index has the new title
    assert _found(client, "行政复议") == [report.pk]


def _found(client, q: str) -> list[int]:
    return [r["id"] for r in client.get("/api/search", {"q": q}).json()["results"]]


def test_it_keeps_what_staff_corrected(capsys, stale):
    Report.objects.filter(pk=stale.pk).update(corrected_fields=["year", "title"])

    code, out, _ = run(capsys, "--apply")

    assert code == 0
    report = Report.objects.get()
    assert (report.year, report.title) == (2022, "关于2023年度法治政府建设情况的报告(旧)")
    assert "全面推进依法行政，法治政府建设" in report.text  # the rest is re-derived
    assert "保留人工修改：year, title" in out or "保留人工修改：title, year" in out
    assert "year:" not in out


def test_it_says_unchanged_for_a_fresh_import(capsys, seed_paths):
    path = seed_paths[0]
    report = save_report(
        parsed=parse_upload(path.read_bytes(), path.name),
        original=path.read_bytes(),
        original_name=path.name,
    )

    code, out, _ = run(capsys, str(report.pk))

    assert code == 0
    assert f"报告 {report.pk}（南平市2023年度法治政府建设情况）：无变化" in out


def test_it_reparses_the_stored_text_when_there_is_no_original(capsys, stale):
    Report.objects.filter(pk=stale.pk).update(original="")

    code, out, _ = run(capsys, "--json")

    row = json.loads(out)
    assert code == 0
    assert row["changes"]["year"] == [2022, 2023]  # read again from the stored text


def test_it_refuses_unknown_ids(capsys, stale):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="报告不存在：999"):
        call_command("reparse_reports", "999")


def test_it_fails_a_report_whose_new_text_is_another_reports(capsys):
    data = WIDE.encode()
    fresh = save_report(parsed=parse_upload(data, "b.txt"))
    stale_parse = parse_upload(data, "a.txt")
    stale_parse.text += "\n旧版多出的一行。"
    stale = save_report(parsed=stale_parse, original=data, original_name="a.txt")

    code, out, _ = run(capsys, "--apply", str(stale.pk))

    assert code == 1
    assert f"报告 {stale.pk}" in out and f"新正文与报告 {fresh.pk} 相同，未保存" in out
    stale.refresh_from_db()
    assert stale.text.endswith("旧版多出的一行。")
