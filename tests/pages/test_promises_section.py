"""The promises on report pages and the compare page: the real 赣县区 2020 plan (seed),
looked up in the same place's next annual report."""

from __future__ import annotations

from datetime import date

import pytest

from reports.parsing.types import ParsedSection
from tests.compare.conftest import SEEDS, store

pytestmark = pytest.mark.django_db


@pytest.fixture
def ganxian(make_report):
    seed = next(p for p in SEEDS if p.name.startswith("003_")).read_text(encoding="utf-8")
    old = store(seed)
    assert old.year == 2020 and old.jurisdiction.name == "赣县区"
    new = make_report(
        title="关于赣县区2021年度法治政府建设情况的报告",
        jurisdiction_code=old.jurisdiction.code,
        year=2021,
        published=date(2022, 3, 1),
        preamble="2021年，赣县区深入学习贯彻习近平法治思想。",
        sections=[
            ParsedSection(
                level=1,
                number="一",
                heading="主要举措和成效",
                body="积极开展法治政府示范创建活动，以创建促提升。全面推行行政执法“三项制度”，严格规范公正文明执法。",
            ),
            ParsedSection(
                level=1,
                number="二",
                heading="2022年工作打算",
                body="一是加强行政复议工作。二是推进政务公开。",
            ),
        ],
    )
    return old, new


def test_it_shows_last_years_promises_and_what_this_report_says_of_them(client, ganxian):
    old, new = ganxian
    html = client.get(f"/reports/{new.pk}/").content.decode()
    assert "2020年度报告的工作打算在2021年度报告中的落实" in html
    assert "组织全区开展法治政府示范创建活动" in html
    assert "积极开展法治政府示范创建活动" in html
    assert html.count("未见报告") >= 5  # 行政复议 is only promised again (2022年工作打算)
    assert f'href="/reports/{old.pk}/#' in html


def test_it_shows_a_reports_own_promises_and_says_when_next_year_is_missing(client, ganxian):
    old, new = ganxian
    html = client.get(f"/reports/{new.pk}/").content.decode()
    assert "2021年度报告的工作打算" in html and "本库尚无该地区下一年度的报告" in html
    html = client.get(f"/reports/{old.pk}/").content.decode()
    assert "2020年度报告的工作打算在2021年度报告中的落实" in html


def test_it_shows_the_promises_on_the_compare_page_and_in_the_api(client, ganxian):
    old, new = ganxian
    html = client.get(f"/reports/{new.pk}/compare/{old.pk}/").content.decode()
    assert "2020年度报告的工作打算在2021年度报告中的落实" in html
    data = client.get(f"/api/reports/{old.pk}/compare/{new.pk}").json()
    items = data["promises"]["items"]
    assert data["promises"]["source"] == old.pk and data["promises"]["target"] == new.pk
    assert len(items) == 8
    assert items[0]["passages"][0]["text"].startswith("积极开展法治政府示范创建活动")
    assert items[4]["promise"].startswith("加强行政复议工作") and items[4]["passages"] == []


def test_it_shows_no_promises_for_a_reply_letter(client, make_report):
    reply = make_report(
        doc_type="reply",
        sections=[
            ParsedSection(
                level=1, number="二", heading="下一步工作举措", body="一是加强学习。二是严格执法。"
            )
        ],
    )
    assert "工作打算" not in client.get(f"/reports/{reply.pk}/").content.decode()
