"""Jurisdiction comes from strong fields only, in full official names."""

from __future__ import annotations

import pytest

from reports.parsing import parse_text

from .helpers import report


def test_it_ignores_places_merely_mentioned_in_the_body():
    text = report(
        "南平市2023年度法治政府建设情况",
        first="2023年,南平市坚持法治为民,指导建瓯市、顺昌县开展片区联合执法试点改革,"
        "邵武市获评示范地区。现将有关情况报告如下:",
    )
    r = parse_text(text)
    assert (r.province, r.prefecture, r.county) == ("福建省", "南平市", None)
    assert r.jurisdiction_code == "350700"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("海盐2023年度法治政府建设情况报告", ("浙江省", "嘉兴市", "海盐县")),
        ("黄石2023年法治政府建设情况报告", ("湖北省", "黄石市", None)),
        ("洛宁县2023年度法治政府建设情况报告", ("河南省", "洛阳市", "洛宁县")),
        ("赣县区2023年度法治政府建设情况报告", ("江西省", "赣州市", "赣县区")),
        ("广西壮族自治区2023年法治政府建设情况报告", ("广西壮族自治区", None, None)),
    ],
)
def test_it_expands_short_forms_to_official_names(title, expected):
    r = parse_text(report(title))
    assert (r.province, r.prefecture, r.county) == expected


@pytest.mark.parametrize(
    ("title", "code", "names"),
    [
        ("关于赣县2015年度法治政府建设情况的报告", "360704", ("江西省", "赣州市", "赣县区")),
        ("静海县2014年依法行政工作情况报告", "120118", ("天津市", None, "静海区")),
    ],
)
def test_it_maps_historical_names_to_today(title, code, names):
    r = parse_text(report(title))
    assert r.jurisdiction_code == code
    assert (r.province, r.prefecture, r.county) == names


def test_it_reads_a_district_of_a_municipality_as_a_county():
    r = parse_text(report("天津市静海区2023年法治政府建设年度报告"))
    assert (r.province, r.prefecture, r.county) == ("天津市", None, "静海区")
    assert r.level == "county"


@pytest.mark.parametrize("name", ["鼓楼区", "朝阳区"])
def test_it_leaves_an_ambiguous_name_unresolved(name):
    r = parse_text(report(f"{name}2023年法治政府建设情况报告"))
    assert r.jurisdiction_code is None and r.county is None and r.prefecture is None
    assert any("同名" in w for w in r.warnings)
    assert r.level == ""


@pytest.mark.parametrize(
    ("title", "meta", "names"),
    [
        ("福州市鼓楼区2023年法治政府建设情况报告", "", ("福建省", "福州市", "鼓楼区")),
        ("北京市朝阳区2023年法治政府建设情况报告", "", ("北京市", None, "朝阳区")),
        ("鼓楼区2023年法治政府建设情况报告", "来源:南京市人民政府", ("江苏省", "南京市", "鼓楼区")),
        (
            "朝阳区2023年法治政府建设情况报告",
            "来源:长春市朝阳区人民政府",
            ("吉林省", "长春市", "朝阳区"),
        ),
    ],
)
def test_it_resolves_an_ambiguous_name_by_a_parent_in_strong_fields(title, meta, names):
    r = parse_text(report(title, meta))
    assert (r.province, r.prefecture, r.county) == names


def test_it_lets_the_title_win_over_the_hosting_site():
    text = report(
        "福建省人民政府关于2023年度法治政府建设情况的报告",
        "发布时间:2024-03-01 来源:顺昌县人民政府",
        first="2023年,全省坚持以习近平法治思想为指导,扎实推进法治政府建设。现将有关情况报告如下:",
    )
    r = parse_text(text)
    assert (r.province, r.prefecture, r.county) == ("福建省", None, None)
    assert r.level == "province" and r.jurisdiction_code == "350000"
    assert r.issuer == "福建省人民政府"


def test_it_uses_the_subject_of_the_first_sentence_when_there_is_no_title():
    text = "现将中原区2024年度法治政府建设情况报告如下:\n" + report("", first="").split("\n", 1)[1]
    r = parse_text(text)
    assert r.title == ""
    assert "未识别出标题" in r.warnings
    assert (r.province, r.prefecture, r.county) == ("河南省", "郑州市", "中原区")
    assert r.year == 2024


@pytest.mark.parametrize(
    "title",
    [
        "*区2023年法治政府建设情况报告",
        "某县2023年度法治政府建设情况的报告",
        "XX县2023年度法治政府建设情况报告",
        "××市2023年法治政府建设年度报告",
        "(略)2023年法治政府建设情况报告",
    ],
)
def test_it_gives_masked_templates_no_jurisdiction(title):
    r = parse_text(report(title, "来源:南平市司法局"))
    assert r.jurisdiction_code is None and r.province is None
    assert r.doc_type == "annual"


def test_it_gives_a_masked_first_sentence_no_jurisdiction():
    text = report(
        "关于2023年度法治政府建设情况的报告",
        "来源:海盐县人民政府",
        first="2023年,*区坚持以习近平法治思想为指导,扎实推进法治政府建设。现将有关情况报告如下:",
    )
    assert parse_text(text).jurisdiction_code is None


def test_it_understands_traditional_characters_but_keeps_them():
    text = (
        "南平市2023年度法治政府建設情況報告\n"
        "發佈時間:2024-02-21 來源:南平市人民政府\n"
        "2023年,南平市堅持以習近平法治思想為指導,紮實推進法治政府建設各項工作取得成效。"
        "現將有關情況報告如下:\n"
        "一、主要做法與成效\n(一)堅持黨的領導。全面落實法治建設第一責任人職責。\n"
    )
    r = parse_text(text)
    assert r.title == "南平市2023年度法治政府建設情況報告"
    assert "堅持" in r.text  # the stored text keeps the printed characters
    assert (r.year, r.doc_type, r.published.isoformat()) == (2023, "annual", "2024-02-21")
    assert (r.province, r.prefecture) == ("福建省", "南平市")
    assert r.sections[0].heading == "主要做法與成效"
