"""HTML pages are extracted by trafilatura; a broken install is an error, never menus stored."""

import sys

import pytest

from reports.parsing import parse_upload
from reports.parsing.extract import ExtractorMissing, extract_html

from .helpers import report

PAGE = (
    "<html><head><title>报告</title></head><body>"
    "<div class='nav'><a href='/'>首页</a> <a href='/gk'>政务公开</a> <a href='/fz'>法治政府</a></div>"
    "<div class='content'>"
    + "".join(
        f"<p>{line}</p>"
        for line in report(
            "关于2023年度法治政府建设情况的报告", "发布时间：2024-03-28"
        ).splitlines()
    )
    + "</div><div class='footer'><p>主办单位：某某县人民政府办公室</p>"
    "<p>网站标识码：1234567890 冀ICP备12345678号</p></div></body></html>"
)


def test_it_imports_trafilatura_and_its_html_cleaner():
    import lxml.html.clean  # noqa: F401 - the piece a bare `pip install lxml` lacks
    import trafilatura

    main = trafilatura.bare_extraction(PAGE, with_metadata=True, favor_recall=True).text
    text, _ = extract_html(PAGE)

    assert "坚持党的领导" in main
    # Our text is trafilatura's main text (plus the header lines above it), not the page.
    assert text.endswith(main)
    assert "ICP备" not in text and "主办单位" not in text


def test_it_stores_the_main_text_without_menus_or_footers():
    r = parse_upload(PAGE.encode(), "page.html")

    assert r.title == "关于2023年度法治政府建设情况的报告"
    assert r.published is not None and r.published.isoformat() == "2024-03-28"
    assert "ICP备" not in r.text and "网站标识码" not in r.text and "政务公开" not in r.text


def test_it_raises_when_trafilatura_cannot_load(monkeypatch):
    # What a fresh install without lxml_html_clean looks like: the import fails.
    monkeypatch.setitem(sys.modules, "trafilatura", None)

    with pytest.raises(ExtractorMissing, match="lxml_html_clean"):
        parse_upload(PAGE.encode(), "page.html")
