"""The five real scraped seeds, each read by hand; every field asserted exactly."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest

from reports.parsing import parse_upload

SEEDS = Path(__file__).resolve().parents[2] / "fixtures" / "seeds"

EXPECTED = {
    "000": dict(
        title="南平市2023年度法治政府建设情况",
        doc_type="annual",
        year=2023,
        published=date(2024, 2, 21),
        # 来源:南平市人民政府 is an organ (not a website), so it stands as the issuer.
        issuer="南平市人民政府",
        source_name="南平市人民政府",
        province="福建省",
        prefecture="南平市",
        county=None,
        jurisdiction_code="350700",
        level="prefecture",
        subunit="",
        top=["主要做法与成效", "存在问题和不足", "下一步工作计划"],
    ),
    "001": dict(
        title="关于2023年法治政府建设情况的报告",
        doc_type="annual",
        year=2023,
        published=date(2024, 2, 28),
        issuer="",  # 来源 is a website (黄石市政府网), not an issuer; nothing else prints one
        source_name="黄石市政府网",
        province="湖北省",
        prefecture="黄石市",
        county=None,
        jurisdiction_code="420200",
        level="prefecture",
        subunit="",
        top=["2023年法治政府建设的主要举措和成效", "2024年法治政府建设工作计划"],
    ),
    "002": dict(
        title="关于县政协十届二次会议第75号提案的答复函",
        doc_type="reply",
        # A reply is dated, not "about" a year: its year is the year of its date
        # (signature 2023年6月5日), never the 〔2023〕 of its document number.
        year=2023,
        # 成文日期 is not a publish date; with no page date the closing signature date
        # is used as a last resort (and a warning says so).
        published=date(2023, 6, 5),
        issuer="海盐县司法局",
        source_name="",
        province="浙江省",
        prefecture="嘉兴市",
        county="海盐县",
        jurisdiction_code="330424",
        level="department",
        subunit="海盐县司法局",
        top=["我县法治政府建设工作现况", "下一步工作举措"],
    ),
    "003": dict(
        title="关于赣县区2020年度法治政府建设情况的报告",
        doc_type="annual",
        year=2020,
        published=None,
        issuer="",
        source_name="",
        province="江西省",
        prefecture="赣州市",
        county="赣县区",
        jurisdiction_code="360704",
        level="county",
        subunit="",
        top=["主要举措和成效", "特色工作及亮点", "存在不足", "下一年度工作主要安排"],
    ),
    "004": dict(
        title="中共洛宁县委 洛宁县人民政府 关于2023年度法治政府建设情况的报告",
        doc_type="annual",
        year=2023,
        published=date(2024, 3, 5),
        issuer="中共洛宁县委 洛宁县人民政府",
        source_name="",
        province="河南省",
        prefecture="洛阳市",
        county="洛宁县",
        jurisdiction_code="410328",
        level="county",
        subunit="",
        top=["工作开展情况", "存在的主要问题", "下步工作计划"],
    ),
}


def _seed(prefix: str) -> Path:
    return next(SEEDS.glob(f"{prefix}_*.txt"))


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_it_reads_every_field_of_the_seed(prefix):
    r = parse_upload(_seed(prefix).read_bytes(), _seed(prefix).name)
    expected = dict(EXPECTED[prefix])
    top = expected.pop("top")
    for key, value in expected.items():
        assert getattr(r, key) == value, key
    assert [s.heading for s in r.sections] == top
    assert all(s.level == 1 for s in r.sections)


def test_it_drops_the_page_chrome_of_the_seeds():
    texts = {p: parse_upload(_seed(p).read_bytes(), "x.txt").text for p in EXPECTED}
    assert "分享到" not in texts["000"] and "点击" not in texts["000"].split("\n")[1]
    assert "当前位置" not in texts["001"] and "分享" not in texts["001"][:200]
    assert "索引号" not in texts["002"] and "成文日期" not in texts["002"]
    assert "关怀版" not in texts["003"] and "访问量" not in texts["003"]
    assert not texts["003"].endswith("相关文章")
    assert "专题专栏" not in texts["004"]
    for text in texts.values():
        assert "\n\n" not in text


def test_it_restores_the_lines_of_the_single_line_seed():
    r = parse_upload(_seed("002").read_bytes(), "002.txt")
    lines = r.text.split("\n")
    assert "一、我县法治政府建设工作现况" in lines
    assert "二、下一步工作举措" in lines
    assert lines[-1] == "海盐县司法局 2023年6月5日"
    first = r.sections[0]
    assert [c.number for c in first.children] == [f"({n})" for n in "一二三四五六七八"]
    assert first.children[0].heading == "笃学践行习近平法治思想,法治政府建设方向更加明确清晰"
    # 一是…二是… stay body text
    assert first.children[0].body.startswith("一是加强学习宣传。")
    assert "二是加强统筹布局" in first.children[0].body


def test_it_keeps_the_closing_lines_in_the_last_section():
    r = parse_upload(_seed("003").read_bytes(), "003.txt")
    assert r.sections[-1].body.rstrip().endswith("特此报告。")
    r = parse_upload(_seed("002").read_bytes(), "002.txt")
    # The closing signature (落款) stays in the text but out of the last section.
    assert r.sections[-1].body.endswith("打造高素质法治人才队伍。")
    assert r.text.endswith("海盐县司法局 2023年6月5日")


def test_it_nests_skipped_levels_under_their_section():
    r = parse_upload(_seed("003").read_bytes(), "003.txt")
    first = r.sections[0]
    assert first.children[0].number == "(一)"
    one = first.children[0].children[0]
    assert (one.level, one.number, one.heading) == (3, "1.", "优化政府职能,提高行政效能")
    assert [c.number for c in one.children] == ["1)", "2)", "3)"]
    # 三、存在不足 has 1. 2. 3. directly under it (no (一) level)
    gaps = r.sections[2]
    assert [c.level for c in gaps.children] == [3, 3, 3]
    assert gaps.children[0].heading == "全面依法行政有待加强"


def test_it_parses_each_seed_quickly():
    for prefix in EXPECTED:
        data = _seed(prefix).read_bytes()
        parse_upload(data, "x.txt")  # warm-up builds the place index
        start = time.perf_counter()
        for _ in range(5):
            parse_upload(data, "x.txt")
        assert (time.perf_counter() - start) / 5 < 0.1
