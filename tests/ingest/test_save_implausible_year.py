"""A year outside what the database accepts is left empty with a warning, never a crash."""

import pytest

from reports.ingest import save_report
from reports.models import Report

from .factories import parsed_report

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("year", [1978, 2202])
def test_it_saves_the_report_without_the_implausible_year(year):
    report = save_report(parsed=parsed_report(year=year))

    report = Report.objects.get(pk=report.pk)
    assert report.year is None
    assert f"报告年度 {year} 不在 1990–2100 之间，已留空" in report.warnings
    assert report.sections.count() == 4
