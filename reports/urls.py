from django.urls import path

from reports import views
from reports.indicators.views import indicators_page
from reports.views import compare as compare_views
from reports.views import similar as similar_views

app_name = "reports"

urlpatterns = [
    path("reports/<int:pk>/", views.report_detail, name="detail"),
    path("reports/<int:pk>/original", views.report_original, name="original"),
    # str, not int: /api/reports/abc answers the API's JSON 404 rather than an HTML page.
    path("api/reports/<str:pk>", views.api_report, name="api_report"),
    # Issue 16: two reports compared (str ids: a bad one answers our Chinese / JSON 404).
    path("reports/compare/", compare_views.compare_select, name="compare_select"),
    path("reports/<str:a>/compare/<str:b>/", compare_views.compare_page, name="compare"),
    path("api/reports/<str:a>/compare/<str:b>", compare_views.api_compare, name="api_compare"),
    path("indicators/", indicators_page, name="indicators"),
    path("browse/", views.browse, name="browse"),
    path("browse/coverage/", views.coverage, name="coverage"),
    # Issue 16 (timeliness, who is missing): before browse/<str:code>/, which would take them.
    path("browse/timeliness/", views.timeliness_summary, name="timeliness"),
    path("browse/coverage/missing/", views.coverage_pick, name="coverage_pick"),
    path("browse/coverage/<str:code>/<int:year>/", views.coverage_levels, name="coverage_levels"),
    path(
        "browse/coverage/<str:code>/<int:year>/export.csv",
        views.coverage_levels_csv,
        name="coverage_levels_csv",
    ),
    path("browse/<str:code>/", views.jurisdiction, name="jurisdiction"),
    # Near-duplicates (issue 16): a report's similar reports, and the template clusters.
    path("api/reports/<str:pk>/similar", similar_views.api_similar, name="similar_api"),
    path("similar/", similar_views.similar_clusters, name="similar_clusters"),
]

# Exports and bulk data (issue 14): reports/views/coverage_export.py, reports/views/data.py.
from reports.views import coverage_export, data  # noqa: E402

urlpatterns += [
    path("browse/coverage.csv", coverage_export.coverage_csv, name="coverage_csv"),
    path("data/", data.data_page, name="data"),
    path("data/<str:name>", data.data_file, name="data_file"),
]
