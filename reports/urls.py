from django.urls import path

from reports import views

app_name = "reports"

urlpatterns = [
    path("reports/<int:pk>/", views.report_detail, name="detail"),
    path("reports/<int:pk>/original", views.report_original, name="original"),
    # str, not int: /api/reports/abc answers the API's JSON 404 rather than an HTML page.
    path("api/reports/<str:pk>", views.api_report, name="api_report"),
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
]
