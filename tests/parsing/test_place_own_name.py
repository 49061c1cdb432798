"""A page names its own place in what a government says of itself: a slogan (美丽大厂), its
news site (宁海新闻网), an aim (把铜陵打造成…). Read only at the level the page speaks for."""

from __future__ import annotations

from reports.parsing import parse_text
from reports.parsing.evidence import own_names

# fixtures/devset A-066 (a mirror, traditional characters): 我縣 and 美麗大廠, nothing else.
DACHANG = (
    "9月26日,我縣召開法治政府建設工作調度會議,縣長劉寶旺,副縣長、公安局局長徐兵出席會議。\n"
    "會上,縣發展和改革局、行政審批局、市場監督管理局、城市管理綜合行政執法局負責同志作了典型發言。\n"
    "劉寶旺說,要提高認識,轉變觀念,切實增強依法行政的責任感,圍繞法制統一和政令暢通,有效加強規范性文件管理;"
    "要加強領導,協調配合,以奮發有為的精神狀態,為新時代加快建設經濟強縣、美麗大廠提供堅實有力的法治保障。\n"
)
# C-038 (a newspaper mirror): 我县 and the county's own news site.
NINGHAI = (
    "我县迎接市“六五”普法工作验收 |\nhttp://www.nhnews.com.cn 宁海新闻网 2015年06月19日 08:25:05 |\n"
    "宁海新闻网讯(记者方景霞通讯员刘君丽 张强) 6月17日下午,市“六五”普法总结验收组到我县实地验收“六五”普法工作。"
    "县人大常委会副主任张文蛟陪同。据悉,“六五”普法期间,我县聚焦机制保障、因人施教,"
    "全民法治宣传教育的普及率达到90%以上。\n"
)


def test_it_reads_a_slogan_a_news_site_and_an_aim():
    assert [d.name for d, _ in own_names("加快建设经济强县、美丽大厂提供坚实有力", "county")] == [
        "大厂回族自治县"
    ]
    assert [d.name for d, _ in own_names("宁海新闻网讯(记者方景霞)", "county")] == ["宁海县"]
    # C-035: "努力把铜陵打造成为省内审批事项最少…的地区"
    assert [d.name for d, _ in own_names("努力把铜陵打造成为省内审批事项最少", "prefecture")] == [
        "铜陵市"
    ]


def test_it_reads_nothing_at_another_level_or_without_one():
    assert own_names("宁海新闻网讯", "prefecture") == []
    assert own_names("宁海新闻网讯", None) == []
    assert own_names("建设法治政府、平安建设、美丽乡村", "county") == []


def test_it_places_a_county_page_by_its_slogan():
    r = parse_text(DACHANG)
    assert (r.province, r.prefecture, r.county) == ("河北省", "廊坊市", "大厂回族自治县")
    assert "区县依据：正文自称“美丽大厂提供坚实有力”" in r.warnings


def test_it_places_a_county_page_by_its_news_site():
    r = parse_text(NINGHAI, source_url="http://nh.cnnb.com.cn/system/2015/06/19/011217735.shtml")
    assert (r.province, r.prefecture, r.county) == ("浙江省", "宁波市", "宁海县")
