import pytest

from search.highlight import highlight_html

EVIL = "<img src=x onerror=alert(1)//"


@pytest.mark.django_db
def test_it_renders_markup_in_report_text_inert_on_the_results_page(client, make_report):
    make_report(
        "含有<script>alert(1)</script>的报告",
        [("一、行政复议<b>", f"行政复议 {EVIL} 以及 <script>alert(2)</script> 结束")],
    )
    html = client.get("/search/", {"q": "行政复议"}).content.decode()
    assert "&lt;img src=x onerror=alert(1)//" in html
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in html
    assert "<img src=x" not in html
    assert "<script>alert" not in html
    assert "<mark>行政复议</mark>" in html


def test_it_escapes_before_marking_even_when_the_term_looks_like_markup():
    out = str(highlight_html("a<b>c & <b>", ["<b>"]))
    assert out == "a<mark>&lt;b&gt;</mark>c &amp; <mark>&lt;b&gt;</mark>"
