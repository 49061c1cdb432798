from django.urls import path

from reports import views
from reports.indicators.views import indicators_page

app_name = "reports"

urlpatterns = [
    path("reports/<int:pk>/", views.report_detail, name="detail"),
    path("reports/<int:pk>/original", views.report_original, name="original"),
    # str, not int: /api/reports/abc answers the API's JSON 404 rather than an HTML page.
    path("api/reports/<str:pk>", views.api_report, name="api_report"),
    path("indicators/", indicators_page, name="indicators"),
    path("browse/", views.browse, name="browse"),
    path("browse/coverage/", views.coverage, name="coverage"),
    path("browse/<str:code>/", views.jurisdiction, name="jurisdiction"),
]
