"""The closing signature (落款: organ and date) is kept out of the last section's body."""

from reports.parsing import parse_text

from .helpers import report


def test_it_keeps_an_organ_and_date_signature_out_of_the_last_section():
    r = parse_text(
        report("关于2023年度法治政府建设情况的报告") + "特此报告。\n洛宁县人民政府\n2024年3月5日\n"
    )

    assert r.sections[-1].body.endswith("特此报告。")
    assert r.text.endswith("洛宁县人民政府\n2024年3月5日")


def test_it_reads_a_signature_on_one_line_and_in_hanzi_digits():
    r = parse_text(
        report("关于2023年度法治政府建设情况的报告")
        + "中共某县委 某县人民政府 二〇二四年三月五日\n"
    )

    assert r.sections[-1].body.endswith("不断提升依法行政水平。")
    assert r.text.endswith("二〇二四年三月五日")


def test_it_keeps_a_last_line_that_is_not_a_signature():
    r = parse_text(report("关于2023年度法治政府建设情况的报告") + "洛宁县人民政府\n")

    # An organ's name without a date may be text (a list, a reply's addressee): kept.
    assert r.sections[-1].body.endswith("洛宁县人民政府")
