"""Each entry of search/variants.toml: in words mode a query holding one form finds a
report that writes only another form; exact mode does not."""

import pytest

from search import searching, variants
from search.analysis import normalize
from search.query import parse


def test_it_reads_between_15_and_30_entries_of_distinct_forms():
    entries = variants.entries()
    assert 15 <= len(entries) <= 30
    assert all(len(forms) >= 2 and len(set(forms)) == len(forms) for forms in entries)


def test_it_replaces_the_longest_form_inside_a_longer_term():
    assert "综合执法体制改革" in variants.alternatives("综合行政执法体制改革")
    assert "出庭" in variants.alternatives("出庭应诉")


@pytest.mark.django_db
@pytest.mark.parametrize("forms", variants.entries(), ids=lambda forms: "/".join(forms))
def test_it_finds_every_other_form_of_an_entry(make_report, forms):
    reports = {
        form: make_report(f"报告{i}", [("一、", f"本年度{form}工作有序开展。")])
        for i, form in enumerate(forms)
    }
    for query in forms:
        found = set(searching.run(parse(query), filters={}, per_page=100).ids)
        for form, report in reports.items():
            assert report.pk in found, (query, form)
        exact = set(searching.run(parse(query, mode="exact"), filters={}, per_page=100).ids)
        assert reports[query].pk in exact
        assert all(
            report.pk not in exact
            for form, report in reports.items()
            if normalize(query) not in form
        ), query
