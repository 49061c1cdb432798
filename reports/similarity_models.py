"""Near-duplicate detection's storage: one signature per report, the similar pairs found.

Imported at the end of reports/models.py, so these are models of the `reports` app.
"""

from __future__ import annotations

from django.db import models
from django.db.models import F, Q
from django.urls import reverse

__all__ = ["ReportSignature", "SimilarPair"]


class ReportSignatureQuerySet(models.QuerySet):
    def with_sketch(self) -> ReportSignatureQuerySet:
        """Signatures that have any distinctive text (an all-boilerplate report has none)."""
        return self.filter(shingles__gt=0)


class ReportSignature(models.Model):
    """A report's sentence fingerprints and the MinHash of its distinctive shingles."""

    report = models.OneToOneField(
        "reports.Report",
        verbose_name="报告",
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="signature",
    )
    # Sorted unique int64 fingerprints of the normalised sentences (reports.similarity).
    sentences = models.BinaryField("句子指纹")
    # datasketch MinHash hash values (uint32 × NUM_PERM) over the non-boilerplate shingles.
    minhash = models.BinaryField("MinHash")
    shingles = models.PositiveIntegerField("非套话片段数", default=0)
    computed = models.DateTimeField("计算时间", auto_now=True)

    objects = ReportSignatureQuerySet.as_manager()

    class Meta:
        verbose_name = "文本签名"
        verbose_name_plural = "文本签名"
        indexes = [models.Index(fields=["shingles"], name="signature_shingles")]

    def __str__(self) -> str:
        return f"签名：报告 {self.report_id}（{self.shingles} 片段）"

    def get_absolute_url(self) -> str:
        return reverse("reports:similar_api", args=[self.report_id])


class SimilarPairQuerySet(models.QuerySet):
    def of(self, report_id: int) -> SimilarPairQuerySet:
        return self.filter(report_id=report_id).order_by("-similarity", "other_id")


class SimilarPair(models.Model):
    """`other` shares `similarity` of its distinctive text with `report` (both directions stored)."""

    report = models.ForeignKey(
        "reports.Report", verbose_name="报告", on_delete=models.CASCADE, related_name="similar"
    )
    other = models.ForeignKey(
        "reports.Report", verbose_name="相似报告", on_delete=models.CASCADE, related_name="+"
    )
    similarity = models.FloatField("相似度")

    objects = SimilarPairQuerySet.as_manager()

    class Meta:
        verbose_name = "相似报告"
        verbose_name_plural = "相似报告"
        constraints = [
            models.UniqueConstraint(fields=["report", "other"], name="similar_pair_unique"),
            models.CheckConstraint(name="similar_pair_not_self", condition=~Q(report=F("other"))),
            models.CheckConstraint(
                name="similar_pair_similarity_0_1",
                condition=Q(similarity__gte=0, similarity__lte=1),
            ),
        ]
        indexes = [
            models.Index(fields=["report", "-similarity"], name="similar_pair_best"),
            models.Index(fields=["-similarity"], name="similar_pair_similarity"),
        ]

    def __str__(self) -> str:
        return f"{self.report_id} ~ {self.other_id}：{self.similarity:.0%}"

    def get_absolute_url(self) -> str:
        return reverse("reports:detail", args=[self.other_id])
