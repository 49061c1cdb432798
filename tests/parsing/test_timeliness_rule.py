"""reports.timeliness: the public-release deadline of 第二十四条 (before 1 April of the next
year) against the published date, as a pure function of a report's fields."""

from __future__ import annotations

from datetime import date

from reports.timeliness import Status, deadline_for, timeliness


def test_it_sets_the_deadline_to_31_march_of_the_next_year():
    assert deadline_for(2023) == date(2024, 3, 31)
    assert deadline_for(2019) == date(2020, 3, 31)


def test_it_finds_a_report_made_public_by_31_march_on_time():
    found = timeliness(doc_type="annual", year=2023, published=date(2024, 3, 31))
    assert found is not None
    assert (found.status, found.days_late, found.label) == (Status.ON_TIME, None, "按时公开")


def test_it_counts_the_days_after_the_deadline_when_late():
    on_1_april = timeliness(doc_type="annual", year=2023, published=date(2024, 4, 1))
    assert on_1_april is not None
    assert (on_1_april.status, on_1_april.days_late, on_1_april.label) == (
        Status.LATE,
        1,
        "逾期 1 天",
    )
    a_year_on = timeliness(doc_type="annual", year=2022, published=date(2024, 3, 31))
    assert a_year_on is not None and a_year_on.days_late == 366  # 2024 is a leap year


def test_it_answers_unknown_without_a_published_date_or_a_year():
    no_date = timeliness(doc_type="annual", year=2020, published=None)
    assert no_date is not None
    assert (no_date.status, no_date.deadline, no_date.label) == (
        Status.UNKNOWN,
        date(2021, 3, 31),
        "发布日期未知",
    )
    no_year = timeliness(doc_type="annual", year=None, published=date(2024, 2, 1))
    assert no_year is not None
    assert (no_year.status, no_year.deadline, no_year.label) == (
        Status.UNKNOWN,
        None,
        "报告年度不详",
    )


def test_it_does_not_call_a_date_before_the_report_year_on_time():
    found = timeliness(doc_type="annual", year=2023, published=date(2022, 12, 1))
    assert found is not None and found.status == Status.UNKNOWN


def test_it_answers_none_for_documents_that_are_not_annual_reports():
    for doc_type in ("reply", "plan", "interpretation", "news", "other"):
        assert timeliness(doc_type=doc_type, year=2023, published=date(2023, 6, 5)) is None


def test_it_serialises_to_the_api_shape():
    found = timeliness(doc_type="annual", year=2023, published=date(2024, 5, 10))
    assert found is not None
    assert found.as_json() == {
        "deadline": "2024-03-31",
        "published": "2024-05-10",
        "status": "late",
        "days_late": 40,
    }
