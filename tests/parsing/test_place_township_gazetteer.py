"""A township's county from the township table (乡镇、街道 under each county), read together
with the host and the province the page names; never a guess between namesakes."""

from __future__ import annotations

from reports.parsing import parse_text
from reports.parsing.places import township_counties, townships_named

# fixtures/devset B-063 (www.znzf.gov.cn: zn spells 中宁县, 长宁县, 周宁县, 正宁县…).
NINGAN = (
    "2024年,宁安镇始终坚持以习近平新时代中国特色社会主义思想为指导,全面学习贯彻法治思想及党的二十大届三中全会精神,"
    "在县委、县政府的坚强领导下,在县司法局的精心指导下,以依法行政为核心,以制度建设为保障,以强化监督为抓手,"
    "扎实推进法治政府建设工作,不断提高政府治理体系和治理能力现代化水平。现将具体工作情况报告如下:\n"
    "一、上一年度推进法治政府建设的主要举措和成效\n"
    "(一)以法治思想引领基层治理现代化,筑牢法治教育服务根基。一是将法治思想作为政府履职的核心指引。\n"
)
# B-024 (www.gzzs.gov.cn: 钟山区 or 长顺县): the sub-district names itself once, mid-paragraph.
HECHENG = (
    "为全面推进依法行政,加强法治政府建设,根据相关文件要求,以习近平新时代中国特色社会主义思想为指导,"
    "扎实推进法治政府建设,街道各项工作法治化水平进一步提升,法治政府建设取得新进展、新成效。"
    "结合荷城街道实际,现就2022年法治政府建设工作开展情况报告如下:\n"
    "一、2022年度法治政府建设工作的基本情况\n"
    "(一)依法全面履行政府职能,完善各项制度\n"
    "2022年在法治政府建设中,我街道加强行政履责,健全完善《荷城重大事项集体决策制度》等制度。\n"
)
# B-022 (www.thnet.gov.cn spells fourteen places): 珠吉街 is 天河区's 珠吉街道.
ZHUJI = (
    "2022年,在区委、区政府的正确领导下,在区司法局的支持和指导下,我街认真贯彻落实习近平法治思想,"
    "以法治政府建设为引领,为我街在法治轨道上统筹推进疫情防控和经济社会发展提供了坚实法治保障。"
    "现将我街2022年度推进法治政府建设工作情况报告如下。\n"
    "一、2022年推进法治政府建设的主要举措和成效\n"
    "一是深入开展法治理论学习,制定《珠吉街理论学习中心组2022年学习计划》,及时召开街道党工委(扩大)会议。\n"
)
# B-043 (ynlf.gov.cn, 禄丰市's own site): no title, 我乡 and 中村乡 in the opening.
ZHONGCUN = (
    "市委全面依法治市委员会:\n"
    "2025年,中村乡法治政府建设工作在市委、市人民政府的正确领导下,在市委全面依法治市委员会办公室的悉心指导下,"
    "认真落实上级各项工作部署,把法治政府建设工作贯穿我乡的重点项目和中心工作的始终,"
    "为“法治中村”建设提供强有力的法治保障。现将一年来工作情况报告如下:\n"
    "一、2025年度工作总体情况\n(一)加强组织领导,强化责任落实。\n乡党委政府始终将法治政府建设工作列入重要议事日程。\n"
)


def test_it_has_every_county_of_a_township_name():
    assert {d.name for d in township_counties("宁安镇")} == {"宁安市", "中宁县"}
    assert [d.name for d in township_counties("珠吉街")] == ["天河区"]  # 街 for 街道
    assert township_counties("某某镇") == ()


def test_it_finds_a_countys_townships_in_the_text():
    (tianhe,) = township_counties("珠吉街道")
    assert townships_named("制定《珠吉街理论学习中心组2022年学习计划》", tianhe) == ["珠吉街"]


def test_it_takes_the_county_the_host_and_the_township_agree_on():
    r = parse_text(NINGAN, source_url="https://www.znzf.gov.cn/xxgk/t20250327_4867675.html")
    assert (r.province, r.prefecture, r.county) == ("宁夏回族自治区", "中卫市", "中宁县")
    assert (r.level, r.subunit) == ("township", "宁安镇")
    assert "区县依据：乡镇“宁安镇”（乡镇区划表）与网址 www.znzf.gov.cn" in r.warnings


def test_it_takes_the_one_host_county_whose_sub_district_the_page_names():
    r = parse_text(HECHENG, source_url="http://www.gzzs.gov.cn/zsqhcjdbsc/t20230221_78269807.html")
    assert (r.province, r.prefecture, r.county) == ("贵州省", "六盘水市", "钟山区")
    assert (r.level, r.subunit) == ("township", "荷城街道")


def test_it_reads_a_sub_district_written_without_its_last_character():
    r = parse_text(
        ZHUJI, source_url="http://www.thnet.gov.cn/gkmlpt/content/8/8769/post_8769373.html"
    )
    assert (r.province, r.prefecture, r.county) == ("广东省", "广州市", "天河区")
    assert (r.level, r.subunit) == ("township", "珠吉街")


def test_it_keeps_the_township_a_county_site_page_names():
    r = parse_text(ZHONGCUN, source_url="https://ynlf.gov.cn/info/4078/201534.htm")
    assert r.county == "禄丰市"
    assert (r.level, r.subunit) == ("township", "中村乡")


def test_it_lets_the_government_above_choose_between_namesakes_and_asks_to_check():
    # 宁安镇 is in 宁安市 (黑龙江) and in 中宁县 (宁夏); 在县委、县政府…领导下 leaves the 县
    r = parse_text(NINGAN)
    assert (r.province, r.county) == ("宁夏回族自治区", "中宁县")
    assert "待核对：区县仅从乡镇名“宁安镇”推断" in r.warnings


def test_it_names_no_county_when_namesakes_remain():
    # 西兴街道 is in 杭州 滨江区, 牡丹江 东安区 and 南充 高坪区: the page alone cannot tell
    text = NINGAN.replace("宁安镇", "西兴街道").replace("在县委、县政府", "在上级党委、政府")
    r = parse_text(text)
    assert (r.province, r.prefecture, r.county) == (None, None, None)
    assert (r.level, r.subunit) == ("township", "西兴街道")
