"""With no usable title, the body says what a page is; only real annual reports are annual."""

from __future__ import annotations

from reports.parsing import parse_text

# fixtures/devset A-002 (m.babysources.cn): traditional, pinyin glosses after characters.
JIANGSU_PLAN = (
    "各市、縣(市、區(qū))黨委和人民政府,省委各部委,省各委辦廳局,省各直屬單位:\n"
    "《江蘇省貫徹落實〈法治政府建設(shè)實施綱要(2021—2025年)〉實施方案》已經(jīng)省委常委會會議審議通過,"
    "現(xiàn)印發(fā)給你們,請結(jié)合實際認(rèn)真貫徹落實。\n中共江蘇省委\n江蘇省人民政府\n2021年12月31日\n"
)
# A-006 (m.bm463.com): the province's 通报 of its assessment results.
HEBEI_NOTICE = (
    "各市(含定州、辛集市)人民政府,各縣(市、區)人民政府,雄安新區管委會,省政府各部門:\n"
    "2020年,在省委、省政府的堅強領導下,全省各級各部門堅持以習近平新時代中國特色社會主義思想為指導,深入貫徹習近平法治"
    "思想,法治政府建設取得新成效。按照《河北省依法行政考核辦法》和《2020年度依法行政考核方案》,省全面推進依法行政工作"
    "領導小組辦公室組織了2020年度依法行政考核。為激勵先進,樹立標桿,經省政府同意,現將考核優秀等次單位通報如下:\n"
    "一、市政府(5個)\n衡水、唐山、滄州、保定、承德市。\n"
)
# C-020 (m.zhaoqt.net): a paper about a masked county (省 L 县).
PAPER = (
    "基层政府法律顾问制度实施困顿及其纾解\n——以省 L 县为例\n"
    "摘要:政府法律顾问制度是法治政府建设的有机组成,在新时代全面推进依法治国进程中具有重要意义。省 L 县政府法律顾问"
    "制度已经全面覆盖,为县域范围内该制度的运行提供了可资借鉴的经验。\n引言\n"
    "1978 年,党的十一届三中全会开启了改革开放历史新时期,也翻开了社会主义法治建设新篇章。\n"
)
# B-002 (henan.gov.cn): the province's own report, no title, opening on its year.
HENAN_REPORT = (
    "2020年,在党中央、国务院及省委的正确领导下,在省人大及其常委会的监督指导下,全省各级政府坚持以习近平新时代中国特色"
    "社会主义思想为指导,认真贯彻落实习近平法治思想,深入推进依法行政,全面建设法治政府,为经济社会发展提供了有力的法治保障。\n"
    "一、加强法治政府建设组织领导。一是切实履行第一责任人职责。省政府主要负责人积极履行第一责任人职责。\n"
)


def test_it_types_a_plan_sent_with_印发给你们_through_pinyin_glosses():
    r = parse_text(JIANGSU_PLAN)
    assert (r.doc_type, r.year, r.province, r.level) == ("plan", 2021, "江苏省", "province")


def test_it_types_a_notice_of_results_as_other_not_annual():
    r = parse_text(HEBEI_NOTICE)
    assert r.doc_type == "other"
    # the addressee list and the honoured cities are not the author
    assert (r.province, r.prefecture, r.county, r.level) == ("河北省", None, None, "province")


def test_it_types_a_paper_as_other():
    assert parse_text(PAPER).doc_type == "other"


def test_it_types_an_untitled_report_opening_on_its_year_as_annual():
    r = parse_text(HENAN_REPORT)
    assert (r.doc_type, r.year, r.level) == ("annual", 2020, "province")


def test_it_reads_the_type_from_the_名称_of_a_metadata_table():
    # B-005 (www.gzns.gov.cn): the page heading is chrome, the table's 名称 is the document's title
    text = (
        "政府信息公开 规章库\n广州南沙开发区管委会办公室、广州市南沙区人民政府办公室政府信息公开\n"
        "索引号: 11440115MB2D065126/2020-00071 分类: 综合政务\n"
        "名称: 广州市南沙区人民政府办公室关于印发 南沙区2020年依法行政工作要点的通知\n"
        "各镇(街),区政府各部门、各直属机构,市属驻区各单位:\n"
        "《广州市南沙区2020年依法行政工作要点》已经区政府会议同意,现印发给你们,请认真组织实施。\n"
    )
    assert parse_text(text).doc_type == "plan"


def test_it_reads_an_untitled_report_behind_page_chrome():
    # fixtures/devset A-052 (www.jl.gov.cn): widget lines first, then the province's report
    text = (
        "站群导航\nAQI\n  • 轻度污染\n  • 中度污染\n  • 重度污染\n  • 严重污染\n2024-03-15来源:\n"
        "2023年,吉林省人民政府坚持以习近平新时代中国特色社会主义思想为指导,深入贯彻落实党的二十大精神,坚定践行习近平法治"
        "思想和习近平总书记在新时代推动东北全面振兴座谈会上的重要讲话精神,推动法治政府建设实现新突破。\n"
        "一、全省法治政府建设情况\n"
        "(一)学思想、落责任,党的领导全面加强。坚持把党的领导贯穿法治政府建设始终,着力压紧压实各方责任。\n"
    )
    r = parse_text(text)
    assert (r.doc_type, r.year, r.province, r.level) == ("annual", 2023, "吉林省", "province")


def test_it_does_not_take_a_word_containing_范文_for_a_template():
    # A-071 (www.xingguo.gov.cn): "周二夜学、范文编撰等线上+线下方式" in a township's report
    text = (
        "2024年,兴江乡在县委、县政府的坚强领导下,坚持以习近平法治思想为指引,严格落实县委关于法治工作的部署要求,"
        "法治政府建设工作取得了明显的成效。现将本年度法治政府工作报告如下。\n一、主要做法和成效\n"
        "利用党委理论学习中心组学习(扩大)会、周二夜学、范文编撰等线上+线下方式,常态化开展集中学习和自主学习活动。\n"
    )
    r = parse_text(text)
    assert (r.doc_type, r.level, r.subunit) == ("annual", "township", "兴江乡")


def test_it_counts_unnumbered_headings_as_a_reports_structure():
    # B-046 (www.zyswzfw.gov.cn): the opening is a slogan, the headings carry no numbers
    text = (
        "法治是安邦治国的基石,更是实现经济社会高质量发展的保证。2022年,在市委、市政府和县委的坚强领导下,全县法治政府"
        "建设工作以习近平法治思想为指引,推动政府各项工作全面纳入法治化轨道,为全县经济社会高质量发展营造了良好的法治环境。\n"
        "坚持高位推动 法治政府建设责任不断强化\n"
        "加强统筹谋划。县委、县政府高度重视法治建设,县委常委会、县政府常务会多次研究法治政府建设工作。\n"
        "坚持依法行政 政府职能依法全面履行\n深化放管服改革。持续优化营商环境。\n"
    )
    assert parse_text(text).doc_type == "annual"


def test_it_types_news_by_a_dateline_in_its_opening_paragraph():
    # fixtures/devset B-033 (yinheliwan.cn): traditional, glossed, a site's 关键词 line below
    text = (
        "首頁 > 深讀 > 正文\n2022年度西藏自治區(qū)“法治人物”“法治新聞”頒獎典禮舉行\n"
        "2023-06-12 10:22:59來源:西藏日報\n【資料圖】\n"
        "弘揚法治精神,彰顯法治力量。6月9日晚上,2022年度西藏自治區(qū)“法治人物”“法治新聞”頒獎典禮在拉薩舉行。\n"
        "西藏自治區(qū)領(lǐng)導(dǎo)劉江、孫獻(xiàn)忠、張洪波、卓嘎、次登、夏克勤出席頒獎典禮。\n關鍵詞:法治人物\n"
    )
    assert parse_text(text).doc_type == "news"
