import pytest
from django.core.management import CommandError, call_command

from search import indexing
from search.documents import build_document, reports_for_indexing
from tests.search.conftest import write_index_documents


@pytest.mark.django_db
def test_it_detects_and_repairs_missing_stale_and_orphaned_documents(make_report, capsys):
    kept = make_report("保留", [("一、", "行政复议")])
    missing = make_report("缺失", [("一、", "行政复议")])
    stale = make_report("过期", [("一、", "行政复议")])
    # Knock the index out of line without going through the signals.
    write_index_documents([], {missing.pk})
    doc = build_document(reports_for_indexing([kept.pk]).get())
    orphan = {**doc, "id": "reports.report.99999", "django_id": "99999"}
    old = {**build_document(reports_for_indexing([stale.pk]).get()), "fingerprint": "old"}
    write_index_documents([orphan, old], set())

    with pytest.raises(CommandError):
        call_command("check_index")
    out = capsys.readouterr().out
    assert f"索引缺失：1 份（编号 {missing.pk}）" in out
    assert f"索引过期：1 份（编号 {stale.pk}）" in out
    assert "孤立文档（数据库中已不存在）：1 份（编号 99999）" in out

    call_command("check_index", "--fix")
    assert not indexing.compare()
    call_command("check_index")
