from django.urls import path

from search import trends_views, views

app_name = "search"

urlpatterns = [
    path("", views.home, name="home"),
    path("search/", views.search, name="search"),
    path("api/search", views.api_search, name="api_search"),
    # Keyword trends (issue 15): search/trends_views.py
    path("trends/", trends_views.trends, name="trends"),
    path("api/trends", trends_views.api_trends, name="api_trends"),
]

# Exports and Atom feeds of any search (issue 14): search/export_views.py, search/feeds.py.
from search import export_views, feeds  # noqa: E402

urlpatterns += [
    path("search/export.csv", export_views.export_csv, name="export_csv"),
    path("search/export.jsonl", export_views.export_jsonl, name="export_jsonl"),
    path("feeds/new/", feeds.new_reports, name="feed_new"),
    path("feeds/search/", feeds.search_feed, name="feed_search"),
]
