"""Level: department / township from the issuer, else the jurisdiction's level."""

from __future__ import annotations

import pytest

from reports.parsing import parse_text

from .helpers import report


@pytest.mark.parametrize(
    ("title", "meta", "subunit", "names"),
    [
        (
            "南平市交通运输局2023年法治政府建设年度报告",
            "",
            "南平市交通运输局",
            ("福建省", "南平市", None),
        ),
        (
            "市交通运输局2023年法治政府建设年度报告",
            "来源:黄石市交通运输局",
            "黄石市交通运输局",
            ("湖北省", "黄石市", None),
        ),
        (
            "省市场监管局2023年度法治政府建设情况报告",
            "来源:福建省市场监督管理局",
            "福建省市场监管局",
            ("福建省", None, None),
        ),
        (
            "洛宁县市场监督管理局关于2023年度法治政府建设情况的报告",
            "",
            "洛宁县市场监督管理局",
            ("河南省", "洛阳市", "洛宁县"),
        ),
        (
            "黄石市发展和改革委员会2023年法治政府建设情况报告",
            "",
            "黄石市发展和改革委员会",
            ("湖北省", "黄石市", None),
        ),
    ],
)
def test_it_marks_department_reports(title, meta, subunit, names):
    r = parse_text(report(title, meta))
    assert r.level == "department"
    assert r.subunit == subunit
    assert (r.province, r.prefecture, r.county) == names


def test_it_expands_a_bare_publisher_with_the_resolved_county():
    text = (
        "关于县政协提案的答复函\n发布机构: | 县司法局 |\n来源:海盐县人民政府\n"
        "张委员:您提出的关于推进法治政府建设的建议已收悉,现答复如下:\n"
        "一、基本情况\n我局认真推进法治政府建设,取得了积极成效,群众满意度持续提升。\n"
    )
    r = parse_text(text)
    assert r.issuer == "县司法局"
    assert (r.level, r.subunit, r.county) == ("department", "海盐县司法局", "海盐县")


@pytest.mark.parametrize(
    "title",
    [
        "中共长春市委 长春市人民政府关于2023年度法治政府建设情况的报告",
        "长春市人民政府关于2023年度法治政府建设情况的报告",
    ],
)
def test_it_does_not_treat_government_or_party_issuers_as_departments(title):
    r = parse_text(report(title))
    assert r.level == "prefecture"
    assert r.subunit == ""
    assert r.issuer == title.split("关于")[0]


def test_it_keeps_joint_issuers_whole():
    r = parse_text(report("中共长春市委 长春市人民政府关于2023年度法治政府建设情况的报告"))
    assert r.issuer == "中共长春市委 长春市人民政府"
    assert (r.province, r.prefecture) == ("吉林省", "长春市")


def test_it_joins_an_issuer_printed_on_the_line_above_the_title():
    r = parse_text(report("中共洛宁县委 洛宁县人民政府\n关于2023年度法治政府建设情况的报告"))
    assert r.title == "中共洛宁县委 洛宁县人民政府 关于2023年度法治政府建设情况的报告"
    assert r.issuer == "中共洛宁县委 洛宁县人民政府"


@pytest.mark.parametrize(
    ("title", "meta", "subunit", "county"),
    [
        (
            "中共下洋镇委员会 下洋镇人民政府关于2023年法治政府建设情况的报告",
            "来源:龙岩市永定区人民政府",
            "下洋镇",
            "永定区",
        ),
        ("龙岩市永定区下洋镇2023年法治政府建设工作报告", "", "下洋镇", "永定区"),
        (
            "秦山街道办事处关于2023年度法治政府建设情况的报告",
            "来源:海盐县人民政府",
            "秦山街道",
            "海盐县",
        ),
    ],
)
def test_it_marks_township_and_subdistrict_reports(title, meta, subunit, county):
    r = parse_text(report(title, meta))
    assert (r.level, r.subunit, r.county) == ("township", subunit, county)


def test_it_warns_when_the_level_is_unknown():
    r = parse_text(report("关于2023年度法治政府建设情况的报告"))
    assert r.level == ""
    assert "未识别出行政层级" in r.warnings


def test_it_does_not_make_the_hosting_department_the_issuer_of_a_whole_city_report():
    text = report(
        "关于2023年度法治政府建设情况的报告",
        "发布机构: | 市司法局 |\n来源:黄石市人民政府",
        first="2023年,我市坚持以习近平法治思想为指导,扎实推进法治政府建设。现将有关情况报告如下:",
    )
    r = parse_text(text)
    assert r.level == "prefecture" and r.subunit == ""
    assert r.prefecture == "黄石市"
