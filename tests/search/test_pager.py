"""Numbered pages: 1 2 3 … with previous/next, the current page marked for screen readers."""

import re

import pytest

from search.pager import page_links


def _shown(page, pages):
    return [link.number for link in page_links(page, pages, lambda n: f"?page={n}")]


def test_it_numbers_pages_around_the_current_one_with_gaps():
    assert _shown(1, 1) == []
    assert _shown(1, 3) == [1, 2, 3]
    assert _shown(1, 20) == [1, 2, 3, None, 20]
    assert _shown(6, 20) == [1, None, 4, 5, 6, 7, 8, None, 20]
    assert _shown(4, 20) == [1, 2, 3, 4, 5, 6, None, 20]  # never "1 … 3"
    assert _shown(20, 20) == [1, None, 18, 19, 20]
    (current,) = [link for link in page_links(6, 20, str) if link.current]
    assert current.number == 6 and current.url == "6"


@pytest.mark.django_db
def test_it_renders_an_accessible_numbered_pager(client, make_report):
    for i in range(45):  # 3 pages of 20
        make_report(f"报告{i}", [("一、", "执法")])
    page = client.get("/search/", {"q": "执法", "page": "2"}).content.decode()
    nav = page[page.index('<nav class="pager" aria-label="分页">') :]
    nav = nav[: nav.index("</nav>")]
    assert 'rel="prev">上一页</a>' in nav and 'rel="next">下一页</a>' in nav
    links = re.findall(r'<a href="([^"]*)"([^>]*)>', nav)
    hrefs = [href.replace("&amp;", "&") for href, _ in links]
    assert hrefs == [
        "/search/?q=%E6%89%A7%E6%B3%95",  # 上一页 (page 1 has no page parameter)
        "/search/?q=%E6%89%A7%E6%B3%95",
        "/search/?q=%E6%89%A7%E6%B3%95&page=2",
        "/search/?q=%E6%89%A7%E6%B3%95&page=3",
        "/search/?q=%E6%89%A7%E6%B3%95&page=3",  # 下一页
    ]
    assert [attrs for _, attrs in links] == [
        ' rel="prev"',
        "",
        ' class="is-current" aria-current="page"',
        "",
        ' rel="next"',
    ]
    assert nav.count('aria-current="page"') == 1
    one = client.get("/search/", {"q": "报告1"}).content.decode()
    assert 'class="pager"' not in one  # a single page needs no pager
