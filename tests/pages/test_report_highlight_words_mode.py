"""The report page marks what the search matched: in words mode the words found apart."""

from __future__ import annotations

import pytest

from reports.ingest import save_report
from tests.search.conftest import make_parsed

pytestmark = pytest.mark.django_db


def test_it_marks_the_words_of_a_words_mode_query_found_apart(client):
    report = save_report(
        parsed=make_parsed("某某报告", [("一、示范", "推进法治政府建设，开展示范创建活动。")])
    )
    html = client.get(report.get_absolute_url(), {"q": "法治政府建设示范创建"}).content.decode()
    # In the section's text, not only in the notice listing the marked words.
    assert "推进<mark>法治政府建设</mark>，开展<mark>示范创建</mark>活动" in html


def test_it_marks_only_the_literal_string_in_exact_mode(client):
    report = save_report(
        parsed=make_parsed("某某报告", [("一、示范", "推进法治政府建设，开展示范创建活动。")])
    )
    page = client.get(
        report.get_absolute_url(), {"q": "法治政府建设示范创建", "mode": "exact"}
    ).content.decode()
    assert "推进法治政府建设，开展示范创建活动" in page
