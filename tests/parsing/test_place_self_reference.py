"""Pages that name their place only in the body: 对江苏工作重要讲话, 法治湖南, 本市, 全区."""

from __future__ import annotations

from reports.parsing import parse_text

# fixtures/devset B-001 (a mirror of hunan.gov.cn): no title, the first number a doc number.
HUNAN = (
    "根据《法治政府建设与责任落实督察工作规定》(厅字〔2019〕28号)要求,现将省政府2022年度法治政府建设情况报告如下。\n"
    "一、2022年主要工作\n"
    "(一)深入学习贯彻党的二十大精神和习近平法治思想,法治政府建设责任压紧压实\n"
    "1.加强党对法治政府建设的领导。省政府切实履行法治政府建设主体职责,重大问题主动向省委报告。"
    "制定《湖南省重大行政决策事项目录管理办法》,推进法治湖南建设。\n"
)
# A-016 (qchtl.cn, a traditional-character mirror of shanghai.gov.cn), with its ?? debris.
SHANGHAI = (
    "??2021年,全市各區、各部門在市委、市政府的堅強領導下,以習近平新時代中國特色社會主義思想為指導,"
    "深入學習貫徹習近平法治思想,緊緊圍繞國家重大戰略實施和全市經濟社會發展,深入推進法治政府建設各項工作,"
    "持續推動本市法治政府建設提質增效,為上海加快建設具有世界影響力的社會主義現代化國際大都市提供堅實有力的"
    "法治保障。具體情況如下:\n??一、深入學習貫徹習近平法治思想,切實履行推進法治政府建設工作職責\n"
)
# A-009 (a mirror with pinyin glosses: 全區(qū), 內(nèi)蒙古).
NEIMENGGU = (
    "2023年,全區(qū)各級人民政府堅持以習近平新時代中國特色社會主義思想為指導,深入學習貫徹習近平法治思想,"
    "認真貫徹落實習近平總書記對內(nèi)蒙古的重要指示精神,全面落實《法治政府建設實施綱要(2021-2025年)》"
    "及自治區(qū)實施方案,扎實推進法治政府建設,為完成好習近平總書記交給內(nèi)蒙古的五大任務提供了有力法治保障。\n"
    "一、堅持以習近平法治思想為引領,堅決扛起法治政府建設政治責任\n"
)


def test_it_finds_the_province_from_its_own_regulations_and_法治湖南():
    r = parse_text(HUNAN)
    assert (r.province, r.level, r.year) == ("湖南省", "province", 2022)
    assert any(w.startswith("省份依据：") for w in r.warnings)


def test_it_reads_a_municipality_speaking_as_本市():
    r = parse_text(SHANGHAI)
    assert (r.province, r.prefecture, r.county, r.level) == ("上海市", None, None, "province")


def test_it_reads_an_autonomous_region_speaking_as_全区_through_pinyin_glosses():
    r = parse_text(NEIMENGGU)
    assert (r.province, r.level, r.year) == ("内蒙古自治区", "province", 2023)


def test_it_reads_a_province_abbreviation_after_a_visit_verb():
    text = (
        "2022年,市司法局在市委、市政府和市委政法委的坚强领导下,深入贯彻落实习近平法治思想和习近平总书记"
        "来陕考察重要讲话重要指示,统筹推进法治政府建设,为助力全市经济社会高质量发展提供了坚强法治保障。\n"
        "一、2022年重点工作及主要工作举措\n一是始终坚定正确政治方向。\n"
    )  # fixtures/devset: 西安市司法局2022年法治政府建设情况报告 (sfj.xa.gov.cn), title left out
    r = parse_text(text)
    assert r.province == "陕西省"


def test_it_reads_自治区_on_a_page_that_names_one_autonomous_region():
    # fixtures/devset B-033 (yinheliwan.cn): traditional news copy with pinyin glosses
    text = (
        "首頁 > 深讀 > 正文\n2022年度西藏自治區(qū)“法治人物”“法治新聞”頒獎典禮舉行\n"
        "2023-06-12 10:22:59來源:西藏日報\n"
        "弘揚法治精神,彰顯法治力量。6月9日晚上,2022年度西藏自治區(qū)“法治人物”“法治新聞”頒獎典禮在拉薩舉行。\n"
        "西藏自治區(qū)領(lǐng)導(dǎo)劉江、孫獻(xiàn)忠、張洪波、卓嘎、次登、夏克勤出席頒獎典禮。\n"
    )
    r = parse_text(text)
    assert (r.province, r.prefecture, r.level) == ("西藏自治区", None, "province")


def test_it_reads_法治河南_as_the_province_not_a_county_of_the_same_short_name():
    # fixtures/devset B-003 (credit.ruzhou.gov.cn), without its URL; 河南 is also 河南蒙古族自治县
    text = (
        "4月26日,省委依法治省办和省法治政府建设领导小组办公室通报了2021年度法治河南(法治政府)建设考核情况。\n"
        "这是2021年12月省委、省政府印发《法治河南(法治政府)建设考核方案》后,实施的第一次年度考核,也是我省依法行政"
        "考核升级后的第一次考核。\n"
    )
    r = parse_text(text)
    assert (r.province, r.level) == ("河南省", "province")


def test_it_tells_two_朝阳区_apart_by_the_province_government_a_cited_document_names():
    # A-049 (chyrd.bjchy.gov.cn), without its URL: 北京市朝阳区 or 长春市朝阳区
    text = (
        "朝阳区人民政府关于2020年法治政府建设工作情况的报告\n"
        "2020年,朝阳区政府认真贯彻习近平法治思想和中央全面依法治国工作会议精神,在区委的领导下,在区人大常委会的监督下,"
        "努力推动法治政府建设再上新台阶。\n一、推进法治政府建设情况\n(一)依法全面履行政府职能\n"
        "1.做好疫情防控法治保障。制定朝阳区《关于支持企业应对新型冠状病毒感染的肺炎疫情稳定发展的若干措施》"
        "《关于落实北京市人民政府办公厅进一步支持中小微企业应对疫情影响保持平稳发展若干措施的通知》等文件。\n"
    )
    r = parse_text(text)
    assert (r.province, r.prefecture, r.county) == ("北京市", None, "朝阳区")
