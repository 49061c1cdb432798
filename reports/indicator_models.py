"""Indicator values read from a report's text, each with the sentence it came from."""

from __future__ import annotations

from decimal import Decimal

from django.db import models
from django.db.models import Q

from reports.indicators.keys import RATES, Key


class IndicatorQuerySet(models.QuerySet):
    def shown(self) -> IndicatorQuerySet:
        """What pages and the API list: everything but values staff rejected."""
        return self.exclude(status=Indicator.Status.REJECTED).select_related("section")

    def for_key(self, key: str) -> IndicatorQuerySet:
        return self.filter(key=key)

    def checked(self) -> IndicatorQuerySet:
        """Values a person has read against the sentence: confirmed or corrected."""
        return self.filter(status__in=Indicator.CHECKED)


class Indicator(models.Model):
    class Status(models.TextChoices):
        EXTRACTED = "extracted", "自动提取"
        # Read against the sentence and found right (the extraction is wrong on some pages
        # it has not seen: fixtures/indicators/README.md); kept on re-extraction like the rest.
        CONFIRMED = "confirmed", "人工核对"
        CORRECTED = "corrected", "人工更正"
        REJECTED = "rejected", "人工否决"

    CHECKED = (Status.CONFIRMED, Status.CORRECTED)

    Key = Key  # the indicator keys, reachable as Indicator.Key

    report = models.ForeignKey(
        "reports.Report",
        verbose_name="报告",
        on_delete=models.CASCADE,
        related_name="indicators",
    )
    section = models.ForeignKey(
        "reports.Section",
        verbose_name="章节",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="indicators",
    )
    key = models.CharField("指标", max_length=40, choices=Key.choices)
    value = models.DecimalField("数值（提取）", max_digits=16, decimal_places=4)
    unit = models.CharField("单位", max_length=8)
    text = models.CharField("原文数字", max_length=40)
    evidence = models.TextField("原句")
    number_start = models.PositiveIntegerField("数字在正文中的位置")
    number_offset = models.PositiveIntegerField("数字在原句中的位置")
    anchor = models.CharField("章节锚点", max_length=40, blank=True)
    status = models.CharField(
        "状态", max_length=16, choices=Status.choices, default=Status.EXTRACTED
    )
    # Staff's value: kept when the report is extracted again and the sentence is still there.
    corrected_value = models.DecimalField(
        "更正后数值", max_digits=16, decimal_places=4, null=True, blank=True
    )
    note = models.CharField("备注", max_length=200, blank=True)
    updated = models.DateTimeField("更新时间", auto_now=True)

    objects = IndicatorQuerySet.as_manager()

    class Meta:
        verbose_name = "指标"
        verbose_name_plural = "指标"
        ordering = ["report", "number_start"]
        constraints = [
            models.UniqueConstraint(
                fields=["report", "key", "number_start"], name="indicator_unique_number"
            ),
            models.CheckConstraint(name="indicator_value_not_negative", condition=Q(value__gte=0)),
            models.CheckConstraint(
                name="indicator_corrected_has_value",
                condition=~Q(status="corrected") | Q(corrected_value__isnull=False),
            ),
        ]
        indexes = [models.Index(fields=["key", "report"], name="indicator_key_report")]

    def __str__(self) -> str:
        return f"{self.get_key_display()}：{self.text}"

    def get_absolute_url(self) -> str:
        """The report page at the indicator's sentence."""
        return f"{self.report.get_absolute_url()}#{self.html_id}"

    @property
    def html_id(self) -> str:
        """The fragment of this value on the report page: its place in the text, so a
        shared link survives re-extraction as long as the text is the same."""
        return f"ind-{self.number_start}"

    @property
    def current_value(self) -> Decimal:
        if self.status == self.Status.CORRECTED and self.corrected_value is not None:
            return self.corrected_value
        return self.value

    @property
    def is_rate(self) -> bool:
        return self.key in RATES

    @property
    def display_value(self) -> str:
        number = self.current_value.normalize()
        shown = f"{number:f}"
        return f"{shown}%" if self.is_rate else f"{shown} {self.unit}"

    def evidence_parts(self) -> tuple[str, str, str]:
        """The sentence cut around the number: (before, number, after), for highlighting."""
        at = self.number_offset
        if self.evidence[at : at + len(self.text)] != self.text:
            return self.evidence, "", ""
        return self.evidence[:at], self.text, self.evidence[at + len(self.text) :]
