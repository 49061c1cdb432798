"""The report page lists its indicators, the number marked, linked to the section."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


def test_it_shows_each_value_in_its_sentence(client, store_seed):
    report = store_seed()
    row = report.indicators.get(key="review_accepted")

    html = client.get(report.get_absolute_url()).content.decode()

    assert 'id="indicators-heading"' in html
    assert f'id="ind-{row.number_start}"' in html
    assert "全区共受理行政复议案件<mark>15起</mark>" in html
    assert f'href="#{row.anchor}"' in html
    assert f'id="{row.anchor}"' in html


def test_it_lists_them_in_one_query_whatever_their_number(
    client, store_seed, django_assert_max_num_queries
):
    report = store_seed("000_46056604f2ca08c2.txt")  # 南平: six values in several sections
    assert report.indicators.count() >= 5

    # report, sections, other years, indicators, similar reports
    with django_assert_max_num_queries(5):
        client.get(report.get_absolute_url())


def test_it_says_which_values_a_person_has_checked(client, store_seed):
    report = store_seed()
    row = report.indicators.get(key="review_accepted")
    row.status = "confirmed"
    row.save()
    others = report.indicators.exclude(pk=row.pk).count()

    html = client.get(report.get_absolute_url()).content.decode()

    assert html.count("（已人工核对）") == 1
    assert html.count("（自动提取，未核对）") == others
    assert "引用前请读原句" in html
