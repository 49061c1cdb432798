"""The source URL's host names the place: pinyin or initials of a division, read with care."""

from __future__ import annotations

from reports.parsing import parse_text
from reports.parsing.hosts import read_host

# fixtures/devset B-002 (henan.gov.cn/2021/03-30/2117585.html): the province never names itself.
HENAN = (
    "2020年,在党中央、国务院及省委的正确领导下,在省人大及其常委会的监督指导下,全省各级政府"
    "坚持以习近平新时代中国特色社会主义思想为指导,认真贯彻落实习近平法治思想,深入推进依法行政,"
    "全面建设法治政府,积极构建职责明确、依法行政的政府治理体系,为经济社会发展提供了有力的法治保障。\n"
    "一、加强法治政府建设组织领导。一是切实履行第一责任人职责。省政府主要负责人积极履行第一责任人职责,"
    "将建设法治政府摆在政府工作全局的重要位置。\n"
)
# C-025 (www.fangcheng.gov.cn): 方城县 (河南) and 防城区 (广西) share the spelling; 县政府部门 decides.
FANGCHENG = (
    "一、案件办理情况\n2024年新受理行政复议案件151件,同比增长128.78%,其中上年未结转。\n"
    "二、被申请人构成情况\n2024年度新受理的行政复议151件中,被申请人为县政府部门的案件数量为140件,"
    "占受理案件数比例最高,达92.71%;乡镇(街道)政府11件,占受理总数的7.28%。\n"
)


def test_it_reads_a_province_portal_for_a_page_that_says_only_全省():
    r = parse_text(HENAN, source_url="https://henan.gov.cn/2021/03-30/2117585.html")
    assert (r.province, r.prefecture, r.county, r.level) == ("河南省", None, None, "province")
    assert "省份依据：网址 henan.gov.cn（正文自称全省/省政府）" in r.warnings


def test_it_needs_the_text_when_a_host_spells_two_places():
    reading = read_host("https://www.fangcheng.gov.cn/2025/01-03/837272.html")
    assert {d.name for d in reading.candidates} >= {"方城县", "防城区"}
    r = parse_text(FANGCHENG, source_url="https://www.fangcheng.gov.cn/2025/01-03/837272.html")
    assert (r.province, r.prefecture, r.county) == ("河南省", "南阳市", "方城县")


def test_it_reads_a_parent_and_child_run_together():
    # hzxh = 杭州 + 西湖 (西湖区 exists in 南昌 too); bjchy = 北京 + 朝阳; cqjlp = 重庆 + 九龙坡
    assert [d.name for d in read_host("https://www.hzxh.gov.cn/art/x.html").candidates] == [
        "西湖区"
    ]
    assert read_host("http://chyrd.bjchy.gov.cn/rdkw/").candidates[0].parent_code == "110000"
    assert [d.name for d in read_host("http://cqjlp.gov.cn/zwgk/").candidates] == ["九龙坡区"]


def test_it_reads_a_department_host_as_its_place():
    reading = read_host("http://jtysj.changzhi.gov.cn/x")
    assert [d.name for d in reading.candidates] == ["长治市"] and reading.left == "jtysj"
    assert [d.name for d in read_host("https://sft.yn.gov.cn/a").candidates] == ["云南省"]


def test_it_reads_nothing_from_a_host_that_is_not_a_government_site():
    assert read_host("http://echinagov.com/policy/292684.htm") is None
    assert read_host("https://www.babysources.cn/policy/316441.htm") is None
    r = parse_text(HENAN, source_url="http://zwzzts.com/www/hnszf/2117585.html")
    assert r.province is None


def test_it_does_not_take_a_short_code_shared_with_a_city_for_the_province():
    # www.sx.gov.cn is 绍兴's portal, not 山西's (shanxi.gov.cn)
    names = {d.name for d in read_host("https://www.sx.gov.cn/art/2024/2/28/x.html").candidates}
    assert {"绍兴市", "山西省"} <= names


# C-028 (cgw.huangshi.gov.cn): the body names only its province, the host the city inside it.
HUANGSHI = (
    "现就印发的《全面推行包容审慎监管执法“四张清单”》有关政策解读如下:\n"
    "一、《包容审慎监管执法“四张清单”》出台的背景和过程\n"
    "为深入贯彻落实《持续深化一流营商环境建设若干措施》鄂政办发〔2022〕12号)和《2022 年深化法治化营商环境建设若干措施》"
    "(鄂司发〔2022〕3号)文件要求,全面推进包容审慎行政执法,结合我委工作实际,经征求意见后,制定了《不予处罚事项清单》。\n"
    "二、《包容审慎监管执法“四张清单”》主要法律法规依据\n"
    "主要法律法规依据有新修订的《中华人民共和国行政处罚法》、《城市市容和环境卫生管理条例》、"
    "《湖北省城市市容和环境卫生管理条例》,以及城市管理执法领域相关法律法规规章等。\n"
)


def test_it_prefers_the_hosts_city_to_the_province_the_body_names():
    r = parse_text(HUANGSHI, source_url="http://cgw.huangshi.gov.cn/zfxxgk_13011/zc1/x.html")
    assert (r.province, r.prefecture, r.doc_type) == ("湖北省", "黄石市", "interpretation")
    assert "待核对：部门网站 cgw.huangshi.gov.cn，未识别出部门名称" in r.warnings
