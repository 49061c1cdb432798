"""A title split over two lines: the issuer on one line, "…年度…报告" on the next."""

from __future__ import annotations

from reports.parsing import parse_text

from .helpers import BODY

# fixtures/devset A-011 (www.tjjh.gov.cn): a blank line, then the two title lines.
JINGHAI = (
    "\n天津市静海区人民政府\n关于2024年法治政府建设报告\n"
    "静海区坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想,全面贯彻落实党的二十届三中全会"
    "精神和党中央、国务院、市委、市政府关于法治政府建设的决策部署,紧紧围绕天津市法治政府建设综合示范区创建目标,"
    "扎实推进依法行政,法治政府建设取得新成效。\n" + BODY
)


def test_it_joins_an_issuer_line_above_关于():
    r = parse_text(JINGHAI)
    assert r.title == "天津市静海区人民政府 关于2024年法治政府建设报告"
    assert (r.province, r.prefecture, r.county, r.level, r.year) == (
        "天津市",
        None,
        "静海区",
        "county",
        2024,
    )


def test_it_joins_an_issuer_line_above_a_year_led_title():
    # the example: "赵县人民政府" / "2022年度法治政府建设情况报告" (赵县: two characters)
    r = parse_text("赵县人民政府\n2022年度法治政府建设情况报告\n" + BODY)
    assert r.title == "赵县人民政府 2022年度法治政府建设情况报告"
    assert (r.province, r.prefecture, r.county, r.year) == ("河北省", "石家庄市", "赵县", 2022)
