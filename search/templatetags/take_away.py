"""Links that take a search away: its CSV / JSON Lines export and its Atom feed, each
carrying the page's whole state (without the page number: an export is every page)."""

from __future__ import annotations

from typing import Any

from django import template
from django.urls import reverse
from django.utils.http import urlencode

from reports.models import Jurisdiction
from search.places import scope_params

register = template.Library()


def state_query(state: dict[str, Any]) -> str:
    from search.views import _url  # the search page's own URL builder: the same parameters

    url = _url({**state, "page": 1})
    return url.partition("?")[2]


def take_away_urls(query: str) -> dict[str, str]:
    suffix = f"?{query}" if query else ""
    return {
        "csv": reverse("search:export_csv") + suffix,
        "jsonl": reverse("search:export_jsonl") + suffix,
        "feed": reverse("search:feed_search") + suffix,
    }


@register.inclusion_tag("search/_take_away.html")
def take_away_links(state: dict[str, Any]) -> dict[str, str]:
    return take_away_urls(state_query(state))


@register.inclusion_tag("search/_feed_link.html")
def search_feed_link(state: dict[str, Any]) -> dict[str, str]:
    return take_away_urls(state_query(state))


@register.inclusion_tag("search/_take_away.html")
def place_take_away_links(place: Jurisdiction | None = None) -> dict[str, str]:
    """For a place page, the search scoped to that place (as its "在…范围内检索");
    without a place (the coverage matrix), the whole archive."""
    return take_away_urls(urlencode(scope_params(place)) if place is not None else "")
