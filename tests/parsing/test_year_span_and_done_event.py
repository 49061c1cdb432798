"""A summary over several years is filed under its last (关于2021-2025年度…总结报告 → 2025); undated
news is no earlier than a dated event it reports as done (2023年7月发布的)."""

from __future__ import annotations

from reports.parsing import parse_text

# fixtures/devset C-004 (a document site; the title wrapped over two lines).
SUMMARY = (
    "县司法局关于2021-2025年度行\n政复议体制改革工作总结报告\n"
    "根据上级党委、政府关于全面深化法治政府建设的统一部署,自新一轮行政复\n议体制改革启动以来,我县紧扣中央顶层设计"
    "与地方发展实际,以增强行政复议的\n专业性、透明度及公信力为核心目标,系统性推进各项改革任务,取得了阶段性显\n著成效。"
    "现\n将2021年至2025年度我县行政复议体制改革工作情况总结报告如下。\n"
    "一、夯实组织基础,改革总体成效初步彰显\n自2022年1月1日起,我县坚决贯彻落实《行政复议体制改革方案》要求。\n"
)
# C-029 (a provincial news site): 10月25日, then 2022年 (an activity) and 2023年7月 (a release).
HUAIAN = (
    "凡益之道,与时偕行。10月25日,市政府召开新闻发布会,介绍淮安将在2022版涉企免罚轻罚清单基础上,推行涉企免罚轻罚清单“升级版”。\n"
    "成效不止于此。在全国工商联开展的2022年“万家民企评营商环境”活动中,淮安行政执法工作满意度提升至全省第二位,"
    "而江苏省工商联2023年7月发布的《淮安市民营经济营商环境评价报告(2023版)》则显示,淮安法治环境指标得分位列全省第三。\n"
)


def test_it_files_a_summary_of_several_years_under_the_last():
    assert parse_text(SUMMARY).year == 2025


def test_it_keeps_a_cited_plan_period_out_of_the_year():
    text = SUMMARY.replace(
        "县司法局关于2021-2025年度行\n政复议体制改革工作总结报告",
        "关于落实《纲要(2021-2025年)》的情况报告",
    )
    assert parse_text(text).year != 2025


def test_it_dates_undated_news_by_the_latest_event_it_reports_done():
    r = parse_text(HUAIAN)
    assert r.doc_type == "news"
    assert r.year == 2023


def test_it_does_not_date_news_by_a_target():
    # C-036: "2021年为宣传发动阶段…2021年下半年至2025年上半年为组织实施阶段…到2025年,…"
    text = (
        "中卫市“八五”普法启动实施\n11月11日,记者从中卫市“八五”普法启动实施新闻发布会上了解到,我市“八五”普法工作正式启动,"
        "并分为3个阶段实施。其中,2021年为宣传发动阶段,各地、各部门要做好宣传、发动和启动工作。"
        "2021年下半年至2025年上半年为组织实施阶段,2023年开展中期检查。明确主要目标:到2025年,法治观念深入人心。\n"
    )
    assert parse_text(text).year == 2021
