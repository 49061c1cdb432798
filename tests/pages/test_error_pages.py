"""Chinese 400/404/500 pages; the 500 page needs neither the database nor context processors."""

from __future__ import annotations

import pytest
from django.test import Client, RequestFactory

from config import urls as root_urls
from reports.views import bad_request, server_error

pytestmark = pytest.mark.django_db


def test_it_wires_the_handlers_in_the_root_urlconf():
    assert root_urls.handler400 == "reports.views.bad_request"
    assert root_urls.handler404 == "reports.views.page_not_found"
    assert root_urls.handler500 == "reports.views.server_error"


def test_it_answers_an_unknown_url_with_a_chinese_404_page(client):
    response = client.get("/no/such/page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "页面不存在" in html and '<html lang="zh-Hans">' in html
    assert 'href="/browse/"' in html
    assert "tried" not in html  # never the resolver's internals


def test_it_answers_an_unknown_api_url_with_json(client):
    response = client.get("/api/nothing-here")
    assert response.status_code == 404
    assert response.json() == {"error": "资源不存在"}


def test_it_renders_the_400_page_in_chinese():
    response = bad_request(RequestFactory().get("/x"), exception=None)
    assert response.status_code == 400
    assert "请求有误" in response.content.decode()


def test_it_renders_the_500_page_without_touching_the_database(django_assert_num_queries):
    with django_assert_num_queries(0):
        response = server_error(RequestFactory().get("/x"))
    assert response.status_code == 500
    assert "服务器出错了" in response.content.decode()


def test_it_serves_the_500_page_when_a_view_crashes(make_report, monkeypatch):
    report = make_report()

    def boom(pk):
        raise RuntimeError("boom")

    monkeypatch.setattr("reports.views.report._get_report", boom)
    response = Client(raise_request_exception=False).get(f"/reports/{report.pk}/")
    assert response.status_code == 500
    assert "服务器出错了" in response.content.decode()
    assert "boom" not in response.content.decode()
