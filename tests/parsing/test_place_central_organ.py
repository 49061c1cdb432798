"""A central organ's page (司法部, 中央依法治国办) is nobody's below it: the local site that carries
it is not its author, and a central organ is none of the local levels."""

from __future__ import annotations

from reports.parsing import parse_text
from reports.parsing.evidence import is_central

# fixtures/devset C-034 (czj.chuzhou.gov.cn, 滁州市财政局's site, carrying a national standard).
STANDARD = (
    "市县法治政府建设示范指标体系(2021年版)\n"
    "发布日期:2021-09-02 10:17 作者:滁州市财政局站管 来源:司法部 阅读: 字体【  \n"
    "中央依法治国办坚持以习近平新时代中国特色社会主义思想为指导深入贯彻习近平法治思想,根据《法治政府建设实施纲要"
    "(2021-2025年)》以及党中央、国务院关于法治政府建设的一系列重大决策部署深入总结第一批全国法治政府建设示范创建活动的"
    "成功经验,修订形成《市县法治政府建设示范指标体系》(2021年版)。\n一、政府职能依法全面履行\n1.加大简政放权力度\n"
)
# C-022 (a WeChat mirror): the ministry's own annual report.
MINISTRY = (
    "2022年,司法部坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻落实党的二十大精神,深入学习贯彻习近平法治思想,"
    "深入贯彻落实《法治政府建设实施纲要(2021—2025年)》,扎实推进法治政府建设,各项工作取得新进展。\n"
    "统筹推进法治政府建设高质量发展\n部党组先后召开6次部党组会暨12次理论学习中心组集体学习会。\n"
)


def test_it_knows_central_organs_from_local_ones():
    assert is_central("司法部") and is_central("司法部 阅读: 字体【")
    assert is_central("中央依法治国办") and is_central("国家市场监督管理总局")
    assert not is_central("江苏省司法厅")
    assert not is_central("县委宣传部") and not is_central("编辑部")


def test_it_does_not_place_a_central_page_by_the_site_carrying_it():
    r = parse_text(STANDARD, source_url="https://czj.chuzhou.gov.cn/ztzl/yfxz/1104200385.html")
    assert (r.province, r.prefecture, r.county) == (None, None, None)
    assert r.level == ""


def test_it_keeps_the_ministry_and_gives_no_local_level():
    r = parse_text(MINISTRY)
    assert (r.subunit, r.level, r.province) == ("司法部", "", None)
