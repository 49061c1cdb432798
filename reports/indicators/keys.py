"""The indicators we extract: key → Chinese label and the kind of number (count or rate)."""

from __future__ import annotations

from django.db import models


class Key(models.TextChoices):
    REVIEW_RECEIVED = "review_received", "行政复议收案（新收/收到申请）"
    REVIEW_ACCEPTED = "review_accepted", "行政复议受理案件"
    REVIEW_CONCLUDED = "review_concluded", "行政复议审结/办结案件"
    REVIEW_CORRECTION_RATE = "review_correction_rate", "行政复议纠错率"
    LITIGATION_FIRST_INSTANCE = "litigation_first_instance", "一审行政诉讼案件"
    LITIGATION_LOSS_RATE = "litigation_loss_rate", "行政诉讼败诉率"
    HEAD_APPEARANCE_RATE = "head_appearance_rate", "行政机关负责人出庭应诉率"
    NORMATIVE_REVIEWED = "normative_reviewed", "规范性文件审查（审核）"
    NORMATIVE_FILED = "normative_filed", "规范性文件备案（备案审查）"
    DECISION_REVIEWS = "decision_reviews", "重大行政决策合法性审查"
    ENFORCEMENT_CASES = "enforcement_cases", "行政执法（行政处罚）案件"
    ENFORCEMENT_PERSONS = "enforcement_persons", "行政执法人员"


RATES = frozenset({Key.REVIEW_CORRECTION_RATE, Key.LITIGATION_LOSS_RATE, Key.HEAD_APPEARANCE_RATE})
LABELS: dict[str, str] = dict(Key.choices)
