"""Report pages, browse pages, the report API and the error handlers."""

from reports.views.browse import browse, coverage, jurisdiction
from reports.views.coverage_levels import coverage_levels, coverage_levels_csv, coverage_pick
from reports.views.errors import bad_request, page_not_found, server_error
from reports.views.report import api_report, report_detail, report_original
from reports.views.timeliness_summary import timeliness_summary

__all__ = [
    "api_report",
    "bad_request",
    "browse",
    "coverage",
    "coverage_levels",
    "coverage_levels_csv",
    "coverage_pick",
    "jurisdiction",
    "page_not_found",
    "report_detail",
    "report_original",
    "server_error",
    "timeliness_summary",
]
