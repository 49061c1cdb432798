"""manage.py evaluate_parser on a tiny labelled set of its own (two real seeds + a masked page)."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

SEEDS = Path(__file__).resolve().parents[2] / "fixtures" / "seeds"

NANPING = {
    "province": "福建省",
    "prefecture": "南平市",
    "county": None,
    "subunit": None,
    "level": "prefecture",
    "year": 2023,
    "published": "2024-02-21",
    "doc_type": "annual",
}
HAIYAN_REPLY = {
    "province": "浙江省",
    "prefecture": "嘉兴市",
    "county": "海盐县",
    "subunit": "海盐县司法局",
    "level": "department",
    "year": 2023,
    "published": "2023-06-05",
    "doc_type": "reply",
}
MASKED_TEXT = (
    "某县2023年度法治政府建设情况报告\n"
    "2023年，某县坚持以习近平法治思想为指导，扎实推进法治政府建设各项工作，"
    "法治政府建设取得新成效。现将有关情况报告如下：\n"
    "一、主要举措和成效\n(一)坚持党的领导。全面落实党政主要负责人履行推进法治建设第一责任人职责。\n"
    "二、存在的问题\n法治队伍建设仍需加强。\n"
)


def _write(tmp_path: Path, pages: list[dict]) -> Path:
    path = tmp_path / "tiny.jsonl"
    path.write_text(
        "\n".join(json.dumps(p, ensure_ascii=False) for p in pages) + "\n", encoding="utf-8"
    )
    return path


@pytest.fixture
def tiny(tmp_path) -> Path:
    nanping = next(SEEDS.glob("000_*.txt")).read_text(encoding="utf-8")
    haiyan = next(SEEDS.glob("002_*.txt")).read_text(encoding="utf-8")
    wrong = dict(HAIYAN_REPLY, doc_type="plan", year=2022)  # two deliberate label misses
    masked = dict.fromkeys(NANPING) | {"level": None, "year": 2023, "doc_type": "annual"}
    return _write(
        tmp_path,
        [
            {
                "ref": "T-001",
                "url": "https://www.np.gov.cn/cms/x.htm",
                "text": nanping,
                "label": NANPING,
            },
            {
                "ref": "T-002",
                "url": "http://www.haiyan.gov.cn/a.html",
                "text": haiyan,
                "label": wrong,
            },
            {"ref": "T-003", "url": "", "text": MASKED_TEXT, "label": masked},
        ],
    )


def _run(*args: str) -> str:
    out = StringIO()
    call_command("evaluate_parser", *args, stdout=out)
    return out.getvalue()


def test_it_prints_per_field_accuracy_with_and_without_urls(tiny):
    out = _run(str(tiny))
    lines = out.splitlines()
    assert lines[0] == "页面：3（T-001…T-003 (3)）"
    assert "有网址" in lines[1] and "无网址" in lines[1]
    year = next(ln for ln in lines if ln.startswith("year"))
    assert year.split() == ["year", "2/3", "66.7%", "2/3", "66.7%"]
    province = next(ln for ln in lines if ln.startswith("province"))
    assert province.split() == ["province", "3/3", "100.0%", "3/3", "100.0%"]
    assert next(ln for ln in lines if ln.startswith("masked places invented")).split()[-2:] == [
        "0",
        "0",
    ]
    assert "期望" not in out  # misses only with -v


def test_it_lists_each_miss_with_v(tiny):
    out = _run(str(tiny), "-v")
    assert "T-002\tyear\t期望 2022\t得到 2023" in out
    assert "T-002\tdoc_type\t期望 'plan'\t得到 'reply'" in out
    assert "T-001\t" not in out


def test_it_counts_invented_masked_places_and_non_reports_typed_annual(tmp_path):
    # the page masks a passage (（略）) and the label leaves the place empty; the parse names one
    text = MASKED_TEXT.replace("某县", "洛宁县") + "三、下一步工作打算\n（略）\n"
    label = dict.fromkeys(NANPING) | {"level": None, "year": 2023, "doc_type": "news"}
    path = _write(tmp_path, [{"ref": "M-1", "url": "", "text": text, "label": label}])
    data = json.loads(_run(str(path), "--json"))
    assert data["with_url"]["masked_invented"] == ["M-1"]
    assert data["with_url"]["non_reports_as_annual"] == ["M-1"]
    assert data["with_url"]["fields"]["province"] == {"correct": 0, "n": 1, "pct": 0.0}


def test_it_measures_only_without_urls_with_no_urls(tiny):
    data = json.loads(_run(str(tiny), "--no-urls", "--json"))
    assert "with_url" not in data
    assert data["without_url"]["n"] == 3
    assert {m["field"] for m in data["without_url"]["misses"]} == {"year", "doc_type"}


def test_it_refuses_a_missing_file_and_a_line_without_label(tmp_path):
    with pytest.raises(CommandError, match="文件不存在"):
        _run(str(tmp_path / "nope.jsonl"))
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"ref": "X", "text": "abc"}\n', encoding="utf-8")
    with pytest.raises(CommandError, match="缺少 label"):
        _run(str(bad))
