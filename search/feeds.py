"""Atom feeds: /feeds/new/ (the newest reports by date added) and /feeds/search/?<search>
(the newest reports that search lists), so any result page can be subscribed to."""

from __future__ import annotations

import datetime as dt
import re

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.http import urlencode
from django.utils.timezone import make_aware
from django.views.decorators.http import require_safe

from reports.models import Report
from search import exports, suggestions
from search.forms import BadParameter, SearchForm
from search.query import parse
from search.snippets import report_snippets, sections_of

# What XML 1.0 cannot hold (a query may carry control characters): dropped from feed text.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    return _NOT_XML.sub("", text)


def summary(report: Report, terms: list[str]) -> str:
    """place · year · type, then the first snippet (plain text)."""
    year = f"{report.year}年度" if report.year else "年度不详"
    head = f"{report.place_label} · {year} · {report.get_doc_type_display()}"
    snippets = report_snippets(report, sections_of([report.pk]).get(report.pk, []), terms, 1)
    return f"{head}\n{exports.plain(str(snippets[0].html))}" if snippets else head


class _ReportFeed(Feed):
    feed_type = Atom1Feed
    author_name = "法治报告库"
    terms: list[str] = []

    def item_title(self, item: Report) -> str:
        return xml_text(item.title)

    def item_link(self, item: Report) -> str:
        return item.get_absolute_url()

    def item_guid(self, item: Report) -> str:
        # Stable per report whatever its title or place becomes.
        return self._request.build_absolute_uri(item.get_absolute_url())

    def item_guid_is_permalink(self, item: Report) -> bool:
        return True

    def item_description(self, item: Report) -> str:
        # Atom1Feed writes this as type="html": our plain text must be escaped as HTML.
        return escape(xml_text(summary(item, self.terms))).replace("\n", "<br>")

    def item_author_name(self, item: Report) -> str | None:
        return xml_text(item.issuer) or None

    def item_updateddate(self, item: Report) -> dt.datetime:
        return item.created

    def item_pubdate(self, item: Report) -> dt.datetime | None:
        if item.published is None:
            return None
        return make_aware(dt.datetime.combine(item.published, dt.time()))

    def get_feed(self, obj, request: HttpRequest):
        self._request = request
        return super().get_feed(obj, request)


class NewReportsFeed(_ReportFeed):
    title = "法治报告库 · 新收录报告"
    description = "按入库时间排列的最新报告"

    def link(self) -> str:
        return reverse("search:search") + "?sort=newest"

    def items(self) -> list[Report]:
        rows = Report.objects.with_places().defer("text", "warnings").order_by("-created", "-pk")
        return list(rows[: settings.FEED_ITEMS])


class SearchFeed(_ReportFeed):
    description = "符合该检索条件的最新入库报告"

    def get_object(self, request: HttpRequest, form: SearchForm) -> SearchForm:
        return form

    def title(self, form: SearchForm) -> str:
        q = form.cleaned_data["q"]
        chosen = [v for p, v in exports.search_params(form) if p not in ("q", "mode")]
        scope = " · ".join([*([f"“{q}”"] if q else []), *chosen[:4]]) or "全部报告"
        return xml_text(f"法治报告库 · 检索：{scope}")

    def link(self, form: SearchForm) -> str:
        query = urlencode(exports.search_params(form))
        return reverse("search:search") + (f"?{query}" if query else "")

    def items(self, form: SearchForm) -> list[Report]:
        data = form.cleaned_data
        parsed = parse(data["q"], mode=data["mode"])
        self.terms = suggestions.highlight_terms(parsed)
        # Every match (up to the export cap), then the newest added: ids grow with time.
        form.cleaned_data = {**data, "sort": "newest"}
        found = exports.plan(form, settings.EXPORT_MAX_ROWS)
        newest = sorted(found.ids, reverse=True)[: settings.FEED_ITEMS]
        reports = Report.objects.with_places().defer("text", "warnings").in_bulk(newest)
        return [reports[pk] for pk in newest if pk in reports]


@require_safe
def new_reports(request: HttpRequest) -> HttpResponse:
    return NewReportsFeed()(request)


@require_safe
def search_feed(request: HttpRequest) -> HttpResponse:
    try:
        form = exports.checked_form(request.GET)
    except BadParameter as exc:
        return render(request, "search/bad_request.html", {"message": str(exc)}, status=400)
    return SearchFeed()(request, form=form)
