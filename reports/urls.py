from django.urls import path

from reports import views
from reports.views import similar as similar_views

app_name = "reports"

urlpatterns = [
    path("reports/<int:pk>/", views.report_detail, name="detail"),
    path("reports/<int:pk>/original", views.report_original, name="original"),
    # str, not int: /api/reports/abc answers the API's JSON 404 rather than an HTML page.
    path("api/reports/<str:pk>", views.api_report, name="api_report"),
    path("browse/", views.browse, name="browse"),
    path("browse/coverage/", views.coverage, name="coverage"),
    path("browse/<str:code>/", views.jurisdiction, name="jurisdiction"),
    # Near-duplicates (issue 16): a report's similar reports, and the template clusters.
    path("api/reports/<str:pk>/similar", similar_views.api_similar, name="similar_api"),
    path("similar/", similar_views.similar_clusters, name="similar_clusters"),
]
