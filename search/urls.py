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
