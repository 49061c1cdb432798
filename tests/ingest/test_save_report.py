import pytest

from reports.ingest import DuplicateReport, content_hash, save_report
from reports.models import Report, Section
from tests.ingest.factories import parsed_report

pytestmark = pytest.mark.django_db


def test_it_stores_the_report_with_its_jurisdiction_and_section_tree():
    report = save_report(parsed=parsed_report(), original=b"raw bytes", original_name="np.txt")

    report.refresh_from_db()
    assert report.jurisdiction.name == "南平市"
    assert [j.name for j in report.jurisdiction.ancestors()] == ["福建省", "南平市"]
    assert report.year == 2023 and report.level == "prefecture"
    assert report.content_hash == content_hash(parsed_report().text)
    rows = list(
        report.sections.values_list("level", "number", "heading", "anchor", "parent__anchor")
    )
    assert rows == [
        (1, "一", "主要做法", "s1", None),
        (2, "(一)", "强化领导", "s1-1", "s1"),
        (3, "1.", "学习", "s1-1-1", "s1-1"),
        (1, "二", "存在问题", "s2", None),
    ]
    assert report.original.read() == b"raw bytes"
    assert report.original.name.endswith(f"{report.content_hash}.txt")


def test_it_refuses_the_same_text_twice_even_with_other_whitespace():
    first = save_report(parsed=parsed_report())
    again = parsed_report(text=parsed_report().text.replace("\n", "\n\n  "), title="别的标题")

    with pytest.raises(DuplicateReport) as caught:
        save_report(parsed=again)

    assert caught.value.existing == first
    assert Report.objects.count() == 1


def test_it_leaves_nothing_behind_when_a_section_cannot_be_saved(monkeypatch):
    def broken_save(self, *args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(Section, "save", broken_save)
    with pytest.raises(RuntimeError):
        save_report(parsed=parsed_report(), original=b"x", original_name="a.txt")

    assert Report.objects.count() == 0


def test_it_keeps_an_unknown_jurisdiction_empty():
    report = save_report(parsed=parsed_report(jurisdiction_code=None, province=None))
    assert report.jurisdiction is None
    assert report.place_label == "地区不详"


def test_it_clamps_deep_levels_to_four():
    from reports.parsing.types import ParsedSection

    deep = ParsedSection(
        1,
        "一",
        "a",
        "",
        [
            ParsedSection(
                2,
                "(一)",
                "b",
                "",
                [
                    ParsedSection(
                        3,
                        "1.",
                        "c",
                        "",
                        [ParsedSection(4, "1)", "d", "", [ParsedSection(4, "(1)", "e", "body")])],
                    )
                ],
            )
        ],
    )
    report = save_report(parsed=parsed_report(sections=[deep]))
    assert list(report.sections.values_list("level", flat=True)) == [1, 2, 3, 4, 4]
