"""The report page shows the closing signature once, after the last section."""

import pytest

from reports.ingest import save_report
from reports.parsing import parse_text
from tests.parsing.helpers import report as page

pytestmark = pytest.mark.django_db

SIGNED = page("关于2023年度法治政府建设情况的报告") + "特此报告。\n洛宁县人民政府\n2024年3月5日\n"


def test_it_shows_the_signature_once_after_the_sections(client):
    report = save_report(parsed=parse_text(SIGNED))

    html = client.get(report.get_absolute_url()).content.decode()
    data = client.get(f"/api/reports/{report.pk}").json()

    closing = html.index('<div class="closing">')
    assert html.index("特此报告。") < closing
    assert html[closing:].startswith(
        '<div class="closing"><p>洛宁县人民政府</p><p>2024年3月5日</p></div>'
    )
    assert data["sections"][-1]["body"].endswith("特此报告。")


def test_it_does_not_repeat_a_signature_stored_inside_the_last_section(client):
    parsed = parse_text(SIGNED)
    parsed.sections[-1].body += "\n洛宁县人民政府\n2024年3月5日"  # as reports parsed before
    report = save_report(parsed=parsed)

    html = client.get(report.get_absolute_url()).content.decode()

    assert '<div class="closing">' not in html
    assert html.count("<p>2024年3月5日</p>") == 1
