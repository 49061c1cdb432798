"""Reports keep their printed punctuation on the page and in the API; search is unchanged.

The index reads a normalised copy (full-width → half-width, 繁 → 简), so a report printed
with ，（一）： is found as before, and highlights mark the printed characters.
"""

import pytest

from reports.ingest import save_report
from reports.models import Report
from reports.parsing import parse_text, parse_upload

pytestmark = pytest.mark.django_db

PAGE = (
    "关于2023年度法治政府建设情况的报告\n"
    "发布时间：2024-03-05 来源：洛宁县人民政府\n"
    "2023年，洛宁县坚持以习近平法治思想为指导，全面推进依法行政，法治政府建设取得新成效。"
    "现将有关情况报告如下：\n"
    "一、工作开展情况\n"
    "（一）落实法治政府建设责任。县委常委会、县政府常务会议专题研究法治政府建设工作。\n"
    "（二）强化行政复议；全年办理行政复议案件１２件（含“两不”案件）。\n"
    "二、存在的主要问题\n"
    "基层执法力量不足，依法行政能力有待提升。\n"
)

# Full-width punctuation, as many government sites print it.
_WIDE = str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "?": "？", "!": "！"})


@pytest.fixture
def save(django_capture_on_commit_callbacks):
    """save_report, then the after-commit indexing."""

    def run(parsed):
        with django_capture_on_commit_callbacks(execute=True):
            return save_report(parsed=parsed)

    return run


@pytest.fixture
def report(save):
    return save(parse_text(PAGE))


def test_it_shows_the_printed_punctuation_on_the_report_page(client, report):
    html = client.get(report.get_absolute_url()).content.decode()

    assert "2023年，洛宁县坚持以习近平法治思想为指导，全面推进依法行政" in html
    assert "（一）" in html and "落实法治政府建设责任" in html
    assert "１２件（含“两不”案件）" in html
    assert "(一)" not in html


def test_it_returns_the_printed_punctuation_from_the_api(client, report):
    data = client.get(f"/api/reports/{report.pk}").json()

    assert data["preamble"].startswith("2023年，洛宁县坚持")
    children = data["sections"][0]["children"]
    assert [c["number"] for c in children] == ["（一）", "（二）"]
    assert children[1]["body"] == "全年办理行政复议案件１２件（含“两不”案件）。"
    assert Report.objects.get().text == "\n".join(
        line for line in PAGE.splitlines() if not line.startswith("发布时间")
    )


def test_it_highlights_a_half_width_query_in_the_printed_text(client, report):
    html = client.get(report.get_absolute_url(), {"q": "依法行政,法治政府"}).content.decode()

    assert "<mark>依法行政，法治政府</mark>" in html


def test_it_finds_and_marks_the_printed_text_in_search(client, report):
    data = client.get("/api/search", {"q": '"依法行政,法治政府"'}).json()

    assert [r["id"] for r in data["results"]] == [report.pk]
    assert "<mark>依法行政，法治政府</mark>" in data["results"][0]["snippets"][0]["html"]
    data = client.get("/api/search", {"q": "１２件"}).json()
    assert [r["id"] for r in data["results"]] == [report.pk]


def ids(client, q: str) -> set[int]:
    data = client.get("/api/search", {"q": q}).json()
    return {r["id"] for r in data["results"]}


def test_it_finds_the_seeds_as_before_when_printed_full_width(
    client, seed_paths, save, django_capture_on_commit_callbacks
):
    narrow = {p.name[:3]: save(parse_upload(p.read_bytes(), p.name)) for p in seed_paths}
    expected = {q: ids(client, q) for q in ("行政复议", "市场监管", "税")}
    assert [len(expected[q]) for q in ("行政复议", "市场监管", "税")] == [5, 4, 2]
    names = {r.pk: k for k, r in narrow.items()}
    found = {q: {names[i] for i in expected[q]} for q in expected}
    with django_capture_on_commit_callbacks(execute=True):
        Report.objects.all().delete()

    wide = {}
    for p in seed_paths:
        parsed = parse_upload(p.read_text(encoding="utf-8").translate(_WIDE).encode(), p.name)
        wide[save(parsed).pk] = p.name[:3]

    assert Report.objects.filter(text__contains="，").count() == 5
    assert Report.objects.filter(text__contains=",").count() == 0
    for q in ("行政复议", "市场监管", "税"):
        assert {wide[i] for i in ids(client, q)} == found[q], q
