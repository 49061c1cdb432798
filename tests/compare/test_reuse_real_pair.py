"""南昌县, three consecutive years (the stored openings of the real reports): compare shows
the reuse a careful reader sees.

What I read: 2021 → 2022, every sentence was written anew (the opening keeps its frame
"在…正确领导下…坚持以习近平新时代中国特色社会主义思想为指导…" but says other things; the
subsections are different work); only the heading 一、主要举措和成效 is the same.
2022 → 2023 (the 2023 copy is a traditional-character mirror): one sentence is carried
over with its first clause edited — "…完善领导干部常态化学法机制，坚持把领导干部带头学法、
模范守法、正确用法作为树立/强化法治意识的关键" — in the subsection 1. 深入学习贯彻…习近平法治
思想, which both years have; the rest is new.
"""

from __future__ import annotations

import pytest

from reports.compare.service import compare_reports

pytestmark = pytest.mark.django_db


def _row_with(comparison, b_label_part: str):
    return next(r for r in comparison.rows if r.b and b_label_part in r.b.label)


def test_it_finds_no_sentence_of_2021_in_2022_but_pairs_the_kept_heading(nanchang):
    comparison = compare_reports(nanchang[2021], nanchang[2022])
    assert comparison.reuse == 0.0
    assert comparison.b_reused == 0 and comparison.b_sentences >= 5
    heading = _row_with(comparison, "主要举措和成效")
    assert heading.a is not None and "主要举措和成效" in heading.a.label
    assert heading.reuse == 1.0
    # The openings face each other, every sentence marked new / removed.
    opening = comparison.rows[0] if comparison.rows[0].b else None
    opening = next(r for r in comparison.rows if r.a and r.b and r.b.anchor == "preamble")
    assert {s.status for s in opening.b_sentences} == {"added"}
    assert {s.status for s in opening.a_sentences} == {"removed"}


def test_it_finds_the_2022_sentence_carried_into_2023_despite_traditional_characters(nanchang):
    comparison = compare_reports(nanchang[2022], nanchang[2023])
    assert comparison.b_reused == 1
    assert comparison.reuse == pytest.approx(1 / comparison.b_sentences)
    assert 0.1 <= comparison.reuse <= 0.25
    row = _row_with(comparison, "深入學習貫徹黨的二十大精神和習近平法治思想")
    assert row.a is not None and row.a.label.endswith("深入学习贯彻习近平法治思想")
    near = [s for s in row.b_sentences if s.status == "near"]
    assert len(near) == 1 and near[0].text.startswith("強化領導干部“關鍵少數")
    assert "推进领导干部“关键少数”学深学透" in [
        s.text.split(",")[0] for s in row.a_sentences if s.status == "kept"
    ]


def test_it_gives_1_for_a_report_compared_with_itself(nanchang):
    comparison = compare_reports(nanchang[2022], nanchang[2022])
    assert comparison.reuse == 1.0
    assert all(r.a is not None and r.b is not None and r.reuse == 1.0 for r in comparison.rows)
    assert all(s.status == "reused" for r in comparison.rows for s in r.b_sentences)
