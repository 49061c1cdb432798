"""With no title, the organ that acts in the opening sentence is the author."""

from __future__ import annotations

from reports.parsing import parse_text

# fixtures/devset A-005 (qinghexian.gov.cn): no title; 清河县 is unique (河北省邢台市).
QINGHE = (
    "2022年,清河县人民政府坚持以习近平新时代中国特色社会主义思想为指导,深入贯彻党的十九大和十九届历次全会精神,"
    "认真学习贯彻党的二十大精神,全面履行政府职能,推动构建职责明确、依法行政的政府治理体系,为创建区域中心城市,"
    "全力谱写中国式现代化河北场景的清河篇章营造了良好的法治环境。按照要求,现将一年来法治政府建设情况报告如下:\n"
    "一、牢固树立法治思想,加强法治建设组织领导\n"
    "(一)加强组织学习,坚持政治引领。县政府通过召开县政府常务会、专题研讨班等方式,学习领会习近平法治思想。\n"
)
# A-013 (changzhi.gov.cn): the city's 司法局, which names a village of 平顺县 later on.
CHANGZHI = (
    "2022年,长治市司法局坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻党的二十大精神,"
    "在市委、市政府的坚强领导和省司法厅的正确指导下,履职尽责,积极作为,各项工作均取得了新进展新成效。"
    "全省访调对接工作现场会于2022年9月份在我市召开,我市成功经验受到省委常委、政法委书记郑连生同志批示肯定。"
    "全市司法行政系统共有7个集体、7名同志获得省部级以上表彰,平顺县龙溪镇龙镇村等4个村有望被司法部命名为"
    "第九批“全国民主法治示范村(社区)。\n一、2022年工作情况\n"
)


def test_it_takes_the_government_acting_in_the_first_sentence():
    r = parse_text(QINGHE)
    assert (r.province, r.prefecture, r.county, r.level) == ("河北省", "邢台市", "清河县", "county")
    assert r.year == 2022 and r.doc_type == "annual"
    assert "区县依据：正文首句“清河县人民政府坚持”" in r.warnings


def test_it_takes_a_department_acting_in_the_first_sentence_not_a_village_named_later():
    r = parse_text(CHANGZHI)
    assert (r.province, r.prefecture, r.county) == ("山西省", "长治市", None)
    assert (r.level, r.subunit) == ("department", "长治市司法局")


def test_it_reads_a_page_whose_line_breaks_were_lost_with_a_watermark_injected():
    # fixtures/devset A-004 (www.zhaoxian.gov.cn) run into one line, a site watermark put in
    # front and in the middle of a word, as mirrors do
    mark = "本文来源：法治文库网 www.fzwk.cn "
    text = (
        f"{mark}赵县人民政府关于2025年度法治政府建设情况的报告2025年,赵县始终坚持以习近平新时代中国特色社会主义"
        f"思想为指导,深入学习贯彻党的二十大及二十届历次全会精神,全面落实习近平法治思想,不断巩固全省首{mark}批法治政府"
        "建设示范县创建成果,扎实推进法治政府建设各项任务。现将年度法治政府建设情况报告如下:一、强化政治引领,筑牢法治"
        "建设思想根基(一)压实法治建设领导责任。始终坚持党对法治政府建设的全面领导。"
    )
    r = parse_text(text)
    assert (r.province, r.prefecture, r.county, r.level) == ("河北省", "石家庄市", "赵县", "county")
    assert (r.year, r.doc_type) == (2025, "annual")
    assert "区县依据：正文首句“赵县”" in r.warnings
