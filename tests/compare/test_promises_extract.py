"""The promises of the seeds' plan sections (the parser's sections, as stored)."""

from __future__ import annotations

import pytest

from reports.compare.promises import is_plan_heading
from reports.compare.service import check_promises

pytestmark = pytest.mark.django_db


def _labels(report) -> list[str]:
    check = check_promises(report, None)
    assert check is not None, report.title
    return [item.promise.label for item in check.items]


def test_it_reads_the_plan_headings_the_reports_use():
    for heading in [
        "四、下一年度工作主要安排",
        "三、下一步工作计划",
        "2024年法治政府建设工作计划",
        "下步工作计划",
        "三、2024年工作打算",
        "下一步工作思路",
    ]:
        assert is_plan_heading(heading), heading
    for heading in [
        "二、存在问题和不足",
        "一、2023年法治政府建设主要工作及成效",
        "科学部署年度工作",
        "二、下一步工作存在的问题",
    ]:
        assert not is_plan_heading(heading), heading


def test_it_splits_a_plan_body_at_its_items_and_leaves_out_the_intro(seeds):
    ganxian = next(r for r in seeds if "赣县区2020" in r.title)
    labels = _labels(ganxian)
    assert len(labels) == 8
    assert labels[0] == "组织全区开展法治政府示范创建活动,以示范带发展,以创建促提升"
    assert labels[4].startswith("加强行政复议工作")
    assert not any("重点做好以下几方面工作" in label for label in labels)


def test_it_takes_the_subsections_of_a_plan_as_its_items(seeds):
    luoning = next(r for r in seeds if "洛宁县" in r.title)
    assert _labels(luoning) == [
        "持续加强法治队伍建设",
        "持续规范行政权力运行",
        "持续提高行政执法水平",
        "持续做好社会矛盾纠纷多元化解",
        "持续优化法治营商环境",
    ]


def test_it_reads_yi_shi_items_of_nanping(seeds):
    nanping = next(r for r in seeds if "南平市" in r.title)
    assert _labels(nanping) == [
        "持续深化法治理论学习,压实法治政府建设责任",
        "持续强化行政权力制约监督,推进规范公正文明执法",
        "持续优化法治化营商环境,健全突发事件应对机制",
    ]
