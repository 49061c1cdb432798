"""A plan or notice with no year of its own takes its date's; news the year it reports on."""

from __future__ import annotations

from reports.parsing import parse_text

# fixtures/devset A-029 (xpykjsws.com): a spam heading with a fake 2019 doc number first.
ZHEJIANG_PLAN = (
    "浙江建设厅营改增后文件(浙建建发(2019)92号文件)\n"
    "各市、县(市、区)党委和人民政府,省直属各单位:\n"
    "现将《浙江省法治政府建设实施纲要(2021—2025年)》印发给你们,请结合实际认真贯彻落实。\n"
    "中共浙江省委\n浙江省人民政府\n2021年12月11日\n浙江省法治政府建设实施纲要\n(2021—2025年)\n"
    "法治政府建设是我省法治中国示范区建设的重点任务和主体工程,是高水平推进省域治理现代化的重要支撑。"
    "根据中共中央、国务院《法治政府建设实施纲要(2021—2025年)》和我省关于法治浙江建设的总体部署,制定本实施纲要。\n"
)
# B-003 (credit.ruzhou.gov.cn): undated news about the province's 2021 assessment.
HENAN_NEWS = (
    "4月26日,省委依法治省办和省法治政府建设领导小组办公室通报了2021年度法治河南(法治政府)建设考核情况。\n"
    "这是2021年12月省委、省政府印发《法治河南(法治政府)建设考核方案》后,实施的第一次年度考核,也是我省依法行政"
    "考核升级后的第一次考核。\n本次考核对象共有103个。在省辖市序列中,濮阳市、平顶山市、洛阳市、驻马店市、南阳市、"
    "鹤壁市、周口市、信阳市、新乡市等9个省辖市考核为优秀。\n"
)


def test_it_gives_a_plan_the_year_of_its_date_not_its_period():
    r = parse_text(ZHEJIANG_PLAN)
    assert (r.doc_type, r.year, r.province) == ("plan", 2021, "浙江省")


def test_it_gives_undated_news_the_year_it_reports_on():
    r = parse_text(HENAN_NEWS, source_url="http://credit.ruzhou.gov.cn/contents/1744/20449.html")
    assert (r.doc_type, r.year) == ("news", 2021)
    # the re-publisher's host and the nine honoured cities are not the place
    assert (r.province, r.prefecture, r.county) == ("河南省", None, None)


def test_it_gives_an_untitled_speech_the_year_it_was_delivered():
    # B-034 (jiaoanjiaxiao.com, traditional with glosses): a 政府工作报告 whose title is lost
    text = (
        "—2021年11月22日在拉薩市第十二屆人民代表大會第一次會議上\n各位代表:\n"
        "現(xiàn)在,我代表市人民政府,向大會報告政府工作,請予審議,并請市政協(xié)委員和列席人員提出意見。\n"
        "去年以來,西藏發(fā)展歷史掀開嶄新一頁。西藏和平解放70周年大慶圓滿舉辦,全市各族兒女意氣風(fēng)發(fā)、感恩奮進。\n"
        "一、過去五年工作回顧\n"
    )
    r = parse_text(text)
    assert (r.doc_type, r.year, r.published) == ("other", 2021, None)
