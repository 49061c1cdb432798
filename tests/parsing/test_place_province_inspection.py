"""考察浙江重要讲话 names the author's province, as 视察贵州 and 对江苏工作重要讲话 do."""

from __future__ import annotations

from reports.parsing import parse_text
from reports.parsing.evidence import province_clues

# fixtures/devset A-058 (hhtz.gov.cn, a host that spells nothing): no title, only 西兴街道.
XIXING = (
    "2024年是全面贯彻落实党的二十大精神的关键之年,是深入实施“十四五”规划的攻坚之年,也是西兴街道高质量发展的重要之年。"
    "西兴街道始终坚持以习近平新时代中国特色社会主义思想为指导,以建设更高水平的平安西兴、法治西兴为目标,"
    "笃学践行习近平法治思想,深入学习贯彻习近平总书记考察浙江重要讲话精神,紧扣市委“深化改革、强基固本”主题年工作要求,"
    "全力推进法治政府建设。现将2024年工作开展情况报告如下:\n"
    "一、2024年推进法治政府建设的主要举措和突出成效\n(一)党建引领,强化思想理论武装\n"
)


def test_it_reads_the_province_of_an_inspection_speech():
    assert [d.name for d, _ in province_clues("深入学习贯彻习近平总书记考察浙江重要讲话精神")] == [
        "浙江省"
    ]


def test_it_places_a_sub_district_inside_that_province():
    # three 西兴街道 in the township table; only one of them is in 浙江
    r = parse_text(XIXING, source_url="https://www.hhtz.gov.cn/art/2025/1/20/x.html")
    assert (r.province, r.prefecture, r.county) == ("浙江省", "杭州市", "滨江区")
    assert (r.level, r.subunit) == ("township", "西兴街道")
