"""Report text is always escaped: hostile titles, bodies and metadata render as literal text."""

from __future__ import annotations

import pytest

from reports.parsing.types import ParsedSection

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)//"


@pytest.fixture
def hostile(make_report):
    return make_report(
        title=f"标题{SCRIPT}",
        preamble=f"导语{IMG}",
        issuer=f"发布{SCRIPT}",
        subunit=f"单位{IMG}",
        source_name=f"来源{SCRIPT}",
        source_url='https://example.gov.cn/?a="><script>alert(1)</script>',
        sections=[
            ParsedSection(
                level=1,
                number="一",
                heading=f"章节{SCRIPT}",
                body=f"正文{IMG}\n第二段{SCRIPT}",
            )
        ],
        warnings=[f"提示{SCRIPT}"],
    )


def _assert_no_live_markup(html: str) -> None:
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)//" in html


def test_it_escapes_every_field_of_the_report_page(client, hostile):
    html = client.get(f"/reports/{hostile.pk}/").content.decode()
    _assert_no_live_markup(html)
    assert '<h1 id="report-title" class="report-title">标题&lt;script&gt;' in html
    assert "<p>正文&lt;img src=x onerror=alert(1)//</p>" in html


def test_it_escapes_the_report_page_for_staff_with_warnings(client, hostile, django_user_model):
    client.force_login(django_user_model.objects.create_user("s", password="x", is_staff=True))
    html = client.get(f"/reports/{hostile.pk}/").content.decode()
    _assert_no_live_markup(html)
    assert "提示&lt;script&gt;" in html


def test_it_escapes_text_around_highlighted_terms(client, hostile):
    html = client.get(f"/reports/{hostile.pk}/", {"q": "script alert"}).content.decode()
    _assert_no_live_markup(html.replace("<mark>", "").replace("</mark>", ""))
    assert "&lt;<mark>script</mark>&gt;<mark>alert</mark>(1)" in html


def test_it_escapes_a_hostile_query(client, hostile):
    q = '"><script>alert(2)</script>'
    html = client.get(f"/reports/{hostile.pk}/", {"q": q}).content.decode()
    assert "<script>alert(2)" not in html
    assert "&lt;script&gt;alert" in html  # the term in the notice, escaped


def test_it_escapes_the_browse_pages(client, hostile):
    for url in ("/browse/350000/", "/browse/350700/"):
        html = client.get(url).content.decode()
        assert "<script>alert" not in html and "<img src=x" not in html
    html = client.get("/browse/350700/").content.decode()
    assert "标题&lt;script&gt;alert(1)&lt;/script&gt;" in html
