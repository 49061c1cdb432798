import pytest
from django.core.management import call_command

from search import indexing, searching, whoosh_adapter
from search.query import parse


@pytest.mark.whoosh_only
@pytest.mark.django_db
def test_it_merges_the_segments_uploads_left_and_keeps_every_hit(make_report, capsys):
    # (every fourth upload merges the small segments: six leave three)
    reports = [make_report(f"第{i}号报告", [("一、", f"行政复议第{i}件")]) for i in range(6)]
    before = whoosh_adapter.segment_count(indexing.backend().current_index())

    call_command("optimize_index")

    assert before > 1
    assert whoosh_adapter.segment_count(indexing.backend().current_index()) == 1
    assert set(searching.run(parse("行政复议"), filters={}).ids) == {r.pk for r in reports}
    assert f"原有 {before} 个分段" in capsys.readouterr().out
