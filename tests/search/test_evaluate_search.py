"""evaluate_search: recall@10 and R-precision of judged queries, on a scratch archive.

The end-to-end test imports a tiny collection of its own through the real import, index and
search (each a manage.py subprocess on a temporary SQLite database and Whoosh index), so
its figures do not depend on the development set. The pure scoring is tested on its own.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command

from search.evaluation import Judged, Judgments, resolve, score, summarize, table

BODY = (
    "2023年，县人民政府坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，"
    "全面推进依法行政，法治政府建设取得新成效。现将有关情况报告如下。\n"
    "一、主要举措和成效\n"
)


def _page(ref: str, url: str, title: str, text: str) -> dict:
    return {
        "ref": ref,
        "url": url,
        "text": f"{title}\n{BODY}{text}\n二、存在的问题\n基层力量仍然薄弱。",
    }


PAGES = [
    _page(
        "T-1",
        "https://a.example.gov.cn/1.html",
        "甲县人民政府关于2023年度法治政府建设情况的报告",
        "全年办理行政复议案件46件，依法纠错7件，行政复议化解行政争议的主渠道作用进一步发挥。",
    ),
    _page(
        "T-2",
        "https://b.example.gov.cn/2.html",
        "乙县人民政府关于2023年度法治政府建设情况的报告",
        "深化行政复议体制改革，县政府统一行使行政复议职责，全年新收行政复议申请31件。",
    ),
    _page(
        "T-3",
        "https://c.example.gov.cn/3.html",
        "丙县人民政府关于2023年度法治政府建设情况的报告",
        "全面落实政府法律顾问制度，法律顾问全年审查合同52份，出具法律意见书18份。",
    ),
    _page(
        "T-4",
        "https://d.example.gov.cn/4.html",
        "丁县人民政府关于2023年度法治政府建设情况的报告",
        "聘请执业律师担任县政府参谋，参与重大合同谈判和信访积案化解。",
    ),
    _page(
        "T-5",
        "https://e.example.gov.cn/5.html",
        "戊县人民政府关于2023年度法治政府建设情况的报告",
        "县政府常务会议研究了行政复议、行政诉讼、普法宣传、营商环境等工作。",
    ),
]
# The same text as T-1 at another address: one report.
PAGES.append({**PAGES[0], "ref": "T-6", "url": "https://mirror.example.com/1.html"})

JUDGMENTS = {
    "rule": "测试",
    "queries": [
        # Two reports (T-1 and its mirror T-6 are one); T-5 names it in a list: partial.
        {"q": "行政复议", "relevant": ["T-1", "T-2", "T-6"], "partial": ["T-5"]},
        # T-4 is about legal advisers without the word: relevant, never found.
        {"q": "法律顾问", "relevant": ["T-3", "T-4"]},
    ],
}


@pytest.mark.slow  # a scratch archive of its own: migrations, imports, an index (~10 s)
def test_it_evaluates_a_tiny_collection_in_a_scratch_archive(tmp_path: Path) -> None:
    pages = tmp_path / "pages.jsonl"
    pages.write_text(
        "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in PAGES), encoding="utf-8"
    )
    judgments = tmp_path / "judged.json"
    judgments.write_text(
        json.dumps({"collection": [str(pages)], **JUDGMENTS}, ensure_ascii=False),
        encoding="utf-8",
    )
    out = io.StringIO()
    call_command("evaluate_search", judgments=str(judgments), json=True, stdout=out)
    result = json.loads(out.getvalue())

    assert result["pages"] == 6
    assert result["import"] == {"imported": 5, "duplicate": 1, "failed": 0}
    assert [s["mode"] for s in result["summary"]] == ["words", "exact"]
    by = {(s["q"], s["mode"]): s for s in result["queries"]}
    for mode in ("words", "exact"):
        appeal = by[("行政复议", mode)]
        assert appeal["r"] == 2
        assert appeal["recall"] == 1.0
        assert appeal["r_precision"] == 1.0
        assert appeal["missed"] == []
        adviser = by[("法律顾问", mode)]
        assert adviser["r"] == 2
        assert adviser["recall"] == 0.5
        assert adviser["r_precision"] == 0.5
        assert adviser["found"] == ["T-3"]
        assert adviser["missed"] == ["T-4"]
    for summary in result["summary"]:
        assert summary["queries"] == 2
        assert summary["recall"] == 0.75
        assert summary["r_precision"] == 0.75
        assert summary["perfect_recall"] == 1


def test_it_scores_rankings_against_judgments() -> None:
    ids = {"A": 1, "B": 2, "C": 3, "D": None, "E": 5, "F": 6}
    judged = Judged("q", relevant=("A", "B", "D"), partial=("E",))
    # E is partial: taken out before the cut-offs; D was never stored.
    first = score(judged, "words", [5, 2, 6, 1], count=4, ids=ids)
    assert first.r == 3
    assert first.recall == 2 / 3
    assert first.r_precision == 2 / 3  # the first 3 once E is dropped: B, F, A
    assert first.found == ["A", "B"]
    assert first.missed == ["D"]
    assert first.intruders == ["F"]
    # More than 10 relevant reports: recall@10 is over 10, not over R.
    many = {f"P{i}": i for i in range(1, 16)}
    wide = score(Judged("w", tuple(many)), "exact", list(range(1, 11)), count=15, ids=many)
    assert wide.recall == 1.0
    assert wide.r_precision == 10 / 15
    means = summarize([first, wide])
    assert [(m.mode, m.queries) for m in means] == [("words", 1), ("exact", 1)]
    lines = table([first, wide]).splitlines()
    assert lines[0] == "查询\tR\twords 命中/召回@10/R-精度\texact 命中/召回@10/R-精度"
    assert lines[1] == "q\t3\t4 / 67% / 67%\t-"
    assert lines[-1].startswith("exact: 1 个查询，平均召回@10 100.0%，平均 R-精度 66.7%")


def test_it_follows_renumbered_pages_by_their_url() -> None:
    judgments = Judgments(
        collection=(),
        queries=(Judged("q", ("B-3",), ("B-4",)),),
        pages={"B-3": "https://x/3", "B-4": "https://x/4"},
    )
    moved, notes = resolve(judgments, {"B-1": "https://x/3", "B-4": "https://x/4"})
    assert moved.queries[0].relevant == ("B-1",)
    assert moved.queries[0].partial == ("B-4",)
    assert notes == ["B-3 现为 B-1"]
    try:
        resolve(judgments, {"B-4": "https://x/4"})
    except ValueError as error:
        assert "https://x/3" in str(error)
    else:
        raise AssertionError("a judged page that left the collection must fail")
