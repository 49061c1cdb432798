"""在全省率先…, 位列全省第二位: a rank within the province says the author is below it."""

from __future__ import annotations

from reports.parsing.evidence import self_level

# fixtures/devset C-033 (a city's report on a template site): 市政府 and two ranks in 全省.
BAOJI = (
    "(一)形成监督合力。以党内监督为主导,推动各类监督有机贯通、相互协调。市政府全年承办省、市人大代表建议和政协提案541件,"
    "回复率100%。\n(二)加强和规范政府督查工作。积极推行信息化建设,在全省率先开发并应用政务督查督办系统,"
    "实现县(区)、部门全覆盖。\n(三)共享数据目录9个部门,接入量位列全省第二位。"
)


def test_it_does_not_take_a_rank_in_the_province_for_the_province():
    assert self_level(BAOJI) == "prefecture"


def test_it_still_reads_the_province_speaking_for_itself():
    assert (
        self_level("全省各级政府坚持以习近平法治思想为指导,我省法治政府建设取得新成效")
        == "province"
    )
