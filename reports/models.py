from __future__ import annotations

from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Coalesce
from django.urls import reverse

from reports import choices


class JurisdictionQuerySet(models.QuerySet):
    def provinces(self) -> JurisdictionQuerySet:
        return self.filter(level=Jurisdiction.Level.PROVINCE)

    def with_report_counts(self) -> JurisdictionQuerySet:
        return self.annotate(report_count=models.Count("reports"))


class Jurisdiction(models.Model):
    """A division of GB/T 2260: province, prefecture or county."""

    class Level(models.TextChoices):
        PROVINCE = "province", "省级"
        PREFECTURE = "prefecture", "地级"
        COUNTY = "county", "县级"

    code = models.CharField("区划代码", max_length=6, unique=True)
    name = models.CharField("名称", max_length=64, db_index=True)
    level = models.CharField("层级", max_length=16, choices=Level.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name="上级",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )

    objects = JurisdictionQuerySet.as_manager()

    class Meta:
        verbose_name = "行政区划"
        verbose_name_plural = "行政区划"
        ordering = ["code"]
        constraints = [
            models.CheckConstraint(
                name="jurisdiction_code_in_range",
                condition=Q(code__gte="100000", code__lte="999999"),
            ),
            models.CheckConstraint(
                name="jurisdiction_province_has_no_parent",
                condition=~Q(level="province") | Q(parent__isnull=True),
            ),
        ]
        indexes = [models.Index(fields=["level", "name"], name="jurisdiction_level_name")]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("reports:jurisdiction", args=[self.code])

    def ancestors(self) -> list[Jurisdiction]:
        """From the province down to this jurisdiction (inclusive)."""
        chain: list[Jurisdiction] = []
        node: Jurisdiction | None = self
        while node is not None:
            chain.append(node)
            node = node.parent
        return chain[::-1]

    @property
    def province(self) -> Jurisdiction:
        return self.ancestors()[0]


class HistoricalName(models.Model):
    """A former name (赣县) that reports about earlier years still use."""

    name = models.CharField("旧名称", max_length=64)
    jurisdiction = models.ForeignKey(
        Jurisdiction,
        verbose_name="现行政区",
        on_delete=models.CASCADE,
        related_name="historical_names",
    )
    changed_year = models.PositiveSmallIntegerField("变更年份")
    source = models.CharField("依据", max_length=200)

    class Meta:
        verbose_name = "历史名称"
        verbose_name_plural = "历史名称"
        constraints = [
            models.UniqueConstraint(fields=["name", "jurisdiction"], name="historical_name_unique")
        ]

    def __str__(self) -> str:
        return f"{self.name} → {self.jurisdiction.name}（{self.changed_year}）"


def province_code() -> Coalesce:
    """A report's province code: the top ancestor of its jurisdiction, at whatever level."""
    return Coalesce(
        F("jurisdiction__parent__parent__code"),
        F("jurisdiction__parent__code"),
        F("jurisdiction__code"),
        output_field=models.CharField(),
    )


class ReportQuerySet(models.QuerySet):
    def with_places(self) -> ReportQuerySet:
        return self.select_related(
            "jurisdiction", "jurisdiction__parent", "jurisdiction__parent__parent"
        )

    def in_province(self, code: str) -> ReportQuerySet:
        return self.filter(
            Q(jurisdiction__code=code)
            | Q(jurisdiction__parent__code=code)
            | Q(jurisdiction__parent__parent__code=code)
        )

    def counts_by_province_code(self) -> dict[str | None, int]:
        """Report counts keyed by the province code above each report (None: place unknown)."""
        rows = self.order_by().values(code=province_code()).annotate(n=models.Count("id"))
        return {row["code"]: row["n"] for row in rows}

    def under(self, jurisdiction: Jurisdiction) -> ReportQuerySet:
        return self.filter(
            Q(jurisdiction=jurisdiction)
            | Q(jurisdiction__parent=jurisdiction)
            | Q(jurisdiction__parent__parent=jurisdiction)
        )


def original_upload_path(instance: Report, filename: str) -> str:
    # Generated names: an uploaded name is never trusted as a path or a content type.
    suffix = instance.original_suffix or "bin"
    return f"originals/{instance.content_hash[:2]}/{instance.content_hash}.{suffix}"


class Report(models.Model):
    # Defined in reports/choices.py (model-free: the search vocabulary reads them).
    DocType = choices.DocType
    Level = choices.Level

    title = models.CharField("标题", max_length=300)
    doc_type = models.CharField(
        "文件类型", max_length=16, choices=DocType.choices, default=DocType.ANNUAL
    )
    year = models.PositiveSmallIntegerField("报告年度", null=True, blank=True)
    published = models.DateField("发布日期", null=True, blank=True)
    issuer = models.CharField("发布主体", max_length=200, blank=True)
    jurisdiction = models.ForeignKey(
        Jurisdiction,
        verbose_name="行政区划",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="reports",
    )
    subunit = models.CharField("部门/乡镇", max_length=100, blank=True)
    level = models.CharField("层级", max_length=16, choices=Level.choices, blank=True)
    source_name = models.CharField("来源", max_length=200, blank=True)
    source_url = models.URLField("原文链接", max_length=1000, blank=True)
    original = models.FileField("原始文件", upload_to=original_upload_path, blank=True)
    original_name = models.CharField("原始文件名", max_length=255, blank=True)
    original_suffix = models.CharField(max_length=8, blank=True, editable=False)
    preamble = models.TextField("导语", blank=True)
    text = models.TextField("正文")
    content_hash = models.CharField("内容指纹", max_length=64, unique=True, editable=False)
    warnings = models.JSONField("解析提示", default=list, blank=True)
    # Fields staff set by hand (admin edit, upload preview): reparse_reports keeps them.
    corrected_fields = models.JSONField("人工修改的字段", default=list, blank=True)
    created = models.DateTimeField("入库时间", auto_now_add=True)
    updated = models.DateTimeField("更新时间", auto_now=True)

    objects = ReportQuerySet.as_manager()

    class Meta:
        verbose_name = "报告"
        verbose_name_plural = "报告"
        ordering = ["-year", "-published", "-id"]
        constraints = [
            models.CheckConstraint(
                name="report_year_plausible",
                condition=Q(year__isnull=True) | Q(year__gte=1990, year__lte=2100),
            ),
            models.CheckConstraint(name="report_text_not_empty", condition=~Q(text="")),
        ]
        indexes = [
            models.Index(fields=["year", "doc_type"], name="report_year_type"),
            models.Index(fields=["jurisdiction", "year"], name="report_place_year"),
            models.Index(fields=["-published"], name="report_published"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("reports:detail", args=[self.pk])

    def places(self) -> dict[str, Jurisdiction | None]:
        """province / prefecture / county of this report's jurisdiction (None where absent)."""
        found: dict[str, Jurisdiction | None] = {
            "province": None,
            "prefecture": None,
            "county": None,
        }
        if self.jurisdiction is not None:
            for node in self.jurisdiction.ancestors():
                found[node.level] = node
        return found

    @property
    def place_label(self) -> str:
        names = [j.name for j in self.places().values() if j is not None]
        if self.subunit:
            names.append(self.subunit)
        return " · ".join(names) or "地区不详"


class SectionQuerySet(models.QuerySet):
    def top_level(self) -> SectionQuerySet:
        return self.filter(parent__isnull=True)


class Section(models.Model):
    report = models.ForeignKey(
        Report, verbose_name="报告", on_delete=models.CASCADE, related_name="sections"
    )
    parent = models.ForeignKey(
        "self",
        verbose_name="上级章节",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="children",
    )
    level = models.PositiveSmallIntegerField("层级")
    number = models.CharField("序号", max_length=16, blank=True)
    heading = models.CharField("标题", max_length=500, blank=True)
    body = models.TextField("内容", blank=True)
    position = models.PositiveIntegerField("顺序")
    anchor = models.CharField("锚点", max_length=40)

    objects = SectionQuerySet.as_manager()

    class Meta:
        verbose_name = "章节"
        verbose_name_plural = "章节"
        ordering = ["report", "position"]
        constraints = [
            models.CheckConstraint(
                name="section_level_1_to_4", condition=Q(level__gte=1, level__lte=4)
            ),
            models.UniqueConstraint(fields=["report", "position"], name="section_position_unique"),
            models.UniqueConstraint(fields=["report", "anchor"], name="section_anchor_unique"),
        ]

    def __str__(self) -> str:
        return section_label(self.number, self.heading, self.position)

    def get_absolute_url(self) -> str:
        return f"{self.report.get_absolute_url()}#{self.anchor}"


def section_label(number: str, heading: str, position: int) -> str:
    """How a section is named in outlines and snippets."""
    return f"{number} {heading}".strip() or f"第{position}段"


from reports.indicator_models import Indicator  # noqa: E402,F401
from reports.similarity_models import ReportSignature, SimilarPair  # noqa: E402, F401
