"""A mirror that prints each character's pinyin (發(fā)布時間) still gives its metadata."""

from __future__ import annotations

from datetime import date

from reports.parsing import parse_text

# fixtures/devset B-047 (a mirror of 甘肃政法网): traditional characters with glosses.
GANSU = (
    "歡迎訪問甘肅政法網(wǎng) 今天是 2024年10月23日 星期三\n"
    "甘肅省命名第二批全省法治政府建設示范地區(qū)和項目\n"
    "來源:甘肅政法網(wǎng) 責任編輯:張曦云 發(fā)布時間:2023-04-17\n"
    "字號:A A    顏色:\n"
    "近日,省委全面依法治省辦印發(fā)《關于第二批全省法治政府建設示范地區(qū)和項目命名的決定》,"
    "通報了第二批全省法治政府建設示范創(chuàng)建活動情況。\n"
    "根據(jù)中央全面依法治國辦統(tǒng)一部署和《甘肅省開展2021年法治政府建設示范創(chuàng)建活動實施方案》安排,"
    "自2021年9月起,省委全面依法治省辦組織開展了第二批全省法治政府建設示范創(chuàng)建活動。\n"
)


def test_it_reads_the_publish_date_behind_the_glosses():
    r = parse_text(GANSU, source_url="http://shuikutong.com/Show/337630")
    assert r.published == date(2023, 4, 17)  # not the banner's 今天是 2024年10月23日
    assert r.year == 2023  # news: the year it was published
    assert r.source_name == "甘肅政法網"
