"""Years in a background or history section (一、改革背景, 回顾历史), in a measure past the first
heading, or where a period starts (2018年以来) are not the year a page speaks of."""

from __future__ import annotations

from reports.parsing import parse_text

# fixtures/devset C-030 (a case study on a news mirror, traditional characters): no date.
CHENGDU = (
    "推行和創新包容審慎監管 支持市場主體健康發展\n一、改革背景\n"
    "2017年,成都市委、市政府明確提出“加快建設最適宜新經濟成長的城市”。為此,成都市在全國率先出台關於對“四新”經濟"
    "實施包容審慎監管的意見,在實踐中不斷探索創新監管方式,全國首推包容審慎柔性執法,努力減少執法對立。\n"
    "二、具體舉措\n"
    "(一)轉變監管理念,全國首創“容錯免罰”機制。一是慎處罰。2018年以來,成都市聯動全市32個行政執法部門、23個區(市)縣,"
    "推動出台並同步落實包容審慎監管、深化柔性管理服務等機制18件,大力倡導“包容審慎監管”新理念。\n"
)
# C-040 (an essay on a portal): "二、" and then "回顾历史,…2015年,中央编办…".
HISTORY = (
    "一、\n截至目前,我区的县域综合行政执法体制改革已基本完成。撤销自然资源局的执法监察大队,"
    "并在城市综合管理局的基础上重新组建综合行政执法局,综合行政执法局下设三个大队。\n"
    "二、\n回顾历史,从十八届四中全会开始,我国就开始探索综合行政执法体制改革工作。2015年,中央编办下发"
    "《关于开展综合行政执法体制改革试点工作的意见》,明确在全国22个省市138个试点城市开展试点工作。\n"
)


def test_it_takes_no_year_from_a_background_section_or_a_measure():
    assert parse_text(CHENGDU).year is None


def test_it_takes_no_year_from_a_look_back_at_history():
    assert parse_text(HISTORY).year is None


def test_it_still_reads_a_year_opening_the_preamble():
    # A-026-style opening: the clause after the first sentence names the year
    text = (
        "法治是治国理政的基本方式,是推进国家治理体系和治理能力现代化的重要保证。2022年,在市委、市政府的坚强领导下,"
        "我局坚持以习近平法治思想为指导,扎实推进法治政府建设。\n一、主要举措\n(一)加强组织领导。\n"
    )
    assert parse_text(text).year == 2022
