"""Was an annual report made public by the deadline the rules set? Pure functions.

The rule: 《法治政府建设与责任落实督察工作规定》(中办、国办 2019, 厅字〔2019〕28号)
第二十四条: "每年4月1日之前，地方各级政府和县级以上政府部门的法治政府建设年度报告，除涉及党和
国家秘密的，应当通过报刊、网站等新闻媒体向社会公开，接受人民群众监督。"

So one public deadline for every annual report this archive holds: governments at every
level (province, prefecture, county, township) and departments alike, for the report on
year Y, before 1 April of Y+1 — the last day on time is 31 March. The same chapter's
earlier dates are for reporting *upwards*, not to the public: departments report to their
own government and to the department above before 1 March, provinces to the centre before
1 April, local governments to the higher level in the first quarter. Those are internal
and cannot be seen from a published page, so they are not what is measured here.

Reports on years before 2019 fell under 《法治政府建设实施纲要（2015—2020年）》, which asked for
the report in the first quarter and for it to be made public: the same last day, 31 March (the
规定 took effect on 15 April 2019). "Published" is the date of the page the archive holds, which
may be a later re-publication of the report elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db import models

ANNUAL = "annual"  # Report.DocType.ANNUAL (not imported: this module stays model-free)
ARTICLE = "《法治政府建设与责任落实督察工作规定》第二十四条"


class Status(models.TextChoices):
    ON_TIME = "on_time", "按时公开"
    LATE = "late", "逾期公开"
    UNKNOWN = "unknown", "无法判断"


@dataclass(frozen=True)
class Timeliness:
    deadline: date | None  # the last day on time (31 March of the next year)
    published: date | None
    status: str  # a Status value
    days_late: int | None  # days after the deadline; None unless late

    @property
    def label(self) -> str:
        """The report page's wording: 按时公开 / 逾期 N 天 / 发布日期未知 / 报告年度不详."""
        if self.status == Status.ON_TIME:
            return "按时公开"
        if self.status == Status.LATE:
            return f"逾期 {self.days_late} 天"
        if self.published is None:
            return "发布日期未知"
        if self.deadline is None:
            return "报告年度不详"
        return "发布日期早于报告年度，无法判断"

    def as_json(self) -> dict[str, Any]:
        return {
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "published": self.published.isoformat() if self.published else None,
            "status": str(self.status),
            "days_late": self.days_late,
        }


def deadline_for(year: int) -> date:
    """The last day the report on `year` may be made public (before 1 April of year+1)."""
    return date(year + 1, 3, 31)


def timeliness(*, doc_type: str, year: int | None, published: date | None) -> Timeliness | None:
    """The timeliness of a report with these fields; None for what is not an annual report
    (a 答复函, a 工作要点 has no publication deadline)."""
    if doc_type != ANNUAL:
        return None
    deadline = deadline_for(year) if year else None
    if year is None or deadline is None or published is None:
        return Timeliness(deadline, published, Status.UNKNOWN, None)
    if published < date(year, 1, 1):
        # Published before the year it reports on began: a misread year or date, not a
        # report that was early; claiming "on time" would be wrong.
        return Timeliness(deadline, published, Status.UNKNOWN, None)
    late = (published - deadline).days
    if late > 0:
        return Timeliness(deadline, published, Status.LATE, late)
    return Timeliness(deadline, published, Status.ON_TIME, None)


def of_report(report: Any) -> Timeliness | None:
    """timeliness() of a Report (anything with doc_type, year and published)."""
    return timeliness(doc_type=report.doc_type, year=report.year, published=report.published)


def status_of(report: Any) -> str:
    """The index's facet value: a Status value, or "" (no facet value) for non-annual."""
    found = of_report(report)
    return str(found.status) if found is not None else ""
