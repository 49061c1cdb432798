import pytest
from django.core.management import call_command

from reports.ingest import replace_sections, save_report
from reports.parsing.types import ParsedSection
from search import indexing, searching
from search.query import parse

from .conftest import make_parsed


def _ids(q):
    return searching.run(parse(q), filters={}).ids


@pytest.mark.django_db(transaction=True)
def test_it_keeps_the_index_true_through_upload_edit_and_delete():
    report = save_report(parsed=make_parsed("甲报告", [("一、复议", "行政复议工作。")]))
    assert _ids("行政复议") == [report.pk]

    report.title = "乙报告（更正）"
    report.save()
    assert _ids("更正") == [report.pk]

    section = report.sections.get()
    section.body = "柔性执法工作。"
    section.save()
    assert _ids("柔性执法") == [report.pk] and _ids("行政复议") == []

    replace_sections(report, [ParsedSection(1, "一", "诉源治理", "多元化解。")])
    assert _ids("诉源治理") == [report.pk] and _ids("柔性执法") == []
    assert not indexing.compare()

    report.delete()
    assert _ids("诉源治理") == [] and _ids("") == []
    call_command("check_index")  # raises CommandError when they differ


@pytest.mark.django_db(transaction=True)
def test_it_indexes_nothing_when_the_transaction_rolls_back():
    from django.db import transaction

    with pytest.raises(RuntimeError), transaction.atomic():
        save_report(parsed=make_parsed("回滚报告", [("一、", "回滚")]))
        raise RuntimeError
    assert _ids("回滚") == []
