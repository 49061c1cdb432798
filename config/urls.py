from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "法治报告库 管理"
admin.site.site_title = "法治报告库"
admin.site.index_title = "报告管理"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("search.urls")),
    path("", include("reports.urls")),
]

# Chinese error pages (reports/views/errors.py); 500 renders the static templates/500.html.
handler400 = "reports.views.bad_request"
handler404 = "reports.views.page_not_found"
handler500 = "reports.views.server_error"
