"""A township or sub-district report keeps the township as subunit and its county as place."""

from __future__ import annotations

from reports.parsing import parse_text

# fixtures/devset A-025 (www.hzxh.gov.cn): only 留下街道 and 区委、区政府 in the text.
LIUXIA = (
    "留下街道2022年度法治政府建设工作报告\n发布时间:2023-02-10 15:34:38\n来源:留下街道 点击率:\n\n"
    "2022年,留下街道在区委、区政府的正确领导下,在区委依法治区委员会的指导下,深入贯彻习近平新时代中国特色社会主义思想,"
    "笃学践行习近平法治思想,全面推进法治政府建设,为街道经济社会发展营造了良好的法治环境和氛围。"
    "现将街道2022年街道法治政府工作报告如下:\n一、2022年法治政府建设主要措施\n"
    "留下街道党工委、办事处高度重视法治政府建设工作,持续完善运行机制。\n"
)
# A-020 (www.xiangshan.gov.cn): xiangshan spells 象山县 (宁波), 相山区 (淮北) and 象山区 (桂林).
XIANXIANG = (
    "贤庠镇人民政府关于2022年度法治政府建设情况的报告\n\n"
    "2022年,贤庠镇坚持以习近平新时代中国特色社会主义思想为指导,深入贯彻落实党的二十大精神,全面贯彻落实省、市关于"
    "法治政府建设的重大决策部署,推进《法治政府建设实施纲要(2021—2025年)》落实,为全镇经济社会发展提供法治保障。"
    "现将我镇2022年度法治政府建设情况报告如下:\n一、强化组织领导,夯实法治基础\n"
    "成立镇法治政府建设工作领导小组,明确党委书记为组长,镇长为常务副组长。\n"
)


def test_it_takes_the_county_of_a_sub_district_from_the_host():
    r = parse_text(
        LIUXIA, source_url="https://www.hzxh.gov.cn/art/2023/2/10/art_1229346873_59025931.html"
    )
    assert (r.province, r.prefecture, r.county) == ("浙江省", "杭州市", "西湖区")
    assert (r.level, r.subunit) == ("township", "留下街道")
    assert "区县依据：乡镇“留下街道”（乡镇区划表）与网址 www.hzxh.gov.cn" in r.warnings


def test_it_settles_an_ambiguous_host_by_the_township_table():
    # xiangshan spells three places; only 象山县 has a 贤庠镇 (test_place_township_gazetteer.py)
    r = parse_text(XIANXIANG, source_url="http://www.xiangshan.gov.cn/art/2023/2/21/x.html")
    assert (r.level, r.subunit) == ("township", "贤庠镇")
    assert (r.province, r.prefecture, r.county) == ("浙江省", "宁波市", "象山县")


def test_it_drops_the_government_before_a_sub_district_office():
    # A-024 (www.qzlc.gov.cn): "鲤城区人民政府金龙街道办事处关于2022年度…"
    text = (
        "鲤城区人民政府金龙街道办事处关于2022年度法治政府建设情况的报告\n时间:2023-02-28 15:36 浏览量:1\n"
        "2022年,我街道法治政府建设工作,在区委、区政府的正确领导下,全面推进法治政府建设,依法履行法定职责,"
        "切实维护人民群众合法权益。现将我街道2022年度法治政府建设工作情况报告如下:\n一、基本情况和主要成效\n"
    )
    r = parse_text(text)
    assert (r.level, r.subunit, r.county) == ("township", "金龙街道", "鲤城区")
