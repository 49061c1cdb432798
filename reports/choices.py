"""The report's kinds and levels: model-free, so that the search vocabulary
(search/facets.py) can be read without Django's app registry (bench scripts import it
before django.setup()). reports.models.Report re-exports both as Report.DocType and
Report.Level."""

from __future__ import annotations

from django.db import models


class DocType(models.TextChoices):
    ANNUAL = "annual", "年度报告"
    REPLY = "reply", "答复函"
    PLAN = "plan", "工作要点/安排"
    INTERPRETATION = "interpretation", "解读"
    NEWS = "news", "新闻"
    OTHER = "other", "其他"


class Level(models.TextChoices):
    PROVINCE = "province", "省级"
    PREFECTURE = "prefecture", "地级"
    COUNTY = "county", "县级"
    TOWNSHIP = "township", "乡镇/街道"
    DEPARTMENT = "department", "部门"
