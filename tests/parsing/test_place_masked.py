"""A page that masks its place (xx县, 某县, (略)) gets no place; its level may still be read."""

from __future__ import annotations

from reports.parsing import parse_text

# fixtures/devset A-022 (m.wenke99.com): a template, its line breaks lost, title glued to body.
TEMPLATE = (
    "法治政府建设年度情况自查报告法治政府建设年度状况自查报告依据20xx年度xx县法治政府建设考评指标和评分标准文件精神,"
    "我镇对20xx年法治政府建设年度状况进行了自查自评,现报告如下:一、落实领导班子集体学法20xx年,我镇党委、政府把法治"
    "政府建设工作列入党委政府工作的重要议事日程,分别于20xx年10月31日上午8:00,在镇四楼大会议室举办xx镇法治训练专题"
    "讲座。二、履行行政机关负责人出庭应诉义务xx镇人民政府20xx年共有行政应诉案件2件,我镇领导依法出庭应诉2次。"
)


def test_it_invents_no_place_for_a_template():
    r = parse_text(TEMPLATE, source_url="https://m.wenke99.com/p-5488381.html")
    assert (r.province, r.prefecture, r.county, r.jurisdiction_code) == (None, None, None, None)
    assert r.year is None  # 20xx
    assert r.doc_type == "other"  # a template is nobody's annual report
    assert r.level == "township"  # 我镇
    assert "地名被隐去（模板或样稿），不识别所属地区" in r.warnings


def test_it_invents_no_place_for_某县_even_on_a_county_host():
    text = (
        "某县2023年度法治政府建设情况报告\n2023年,某县坚持以习近平法治思想为指导,扎实推进法治政府建设各项工作,"
        "法治政府建设取得新成效。现将有关情况报告如下:\n一、主要举措和成效\n(一)坚持党的领导。全面落实第一责任人职责。\n"
    )
    r = parse_text(text, source_url="http://www.xuwen.gov.cn/a.html")
    assert (r.province, r.county) == (None, None)
