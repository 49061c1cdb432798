"""Factories for the page tests: reports are stored through reports.ingest.save_report."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from reports.ingest import save_report
from reports.models import Report
from reports.parsing.types import ParsedReport, ParsedSection

_counter = itertools.count(1)


def sample_sections() -> list[ParsedSection]:
    """一、 with (一)(二) and a 1. under (一); then 二、 — three levels deep."""
    return [
        ParsedSection(
            level=1,
            number="一",
            heading="主要做法与成效",
            body="",
            children=[
                ParsedSection(
                    level=2,
                    number="(一)",
                    heading="深化行政复议体制改革",
                    body="全年办理行政复议案件371件。\n审结241件。",
                    children=[
                        ParsedSection(
                            level=3, number="1.", heading="畅通复议渠道", body="设立复议受理窗口。"
                        ),
                    ],
                ),
                ParsedSection(
                    level=2, number="(二)", heading="规范行政执法", body="开展执法检查。"
                ),
            ],
        ),
        ParsedSection(level=1, number="二", heading="存在的不足", body="法治宣传有待加强。"),
    ]


@pytest.fixture
def make_report(db):
    """make_report(title=..., jurisdiction_code=..., year=..., sections=..., original=b"...")."""

    def make(
        *,
        title: str = "南平市2023年度法治政府建设情况报告",
        jurisdiction_code: str | None = "350700",
        year: int | None = 2023,
        published: date | None = date(2024, 2, 21),
        sections: list[ParsedSection] | None = None,
        preamble: str = "2023年，南平市深入贯彻落实习近平法治思想。",
        text: str | None = None,
        original: bytes | None = None,
        original_name: str = "",
        file_kind: str = "txt",
        **fields,
    ) -> Report:
        # Each report needs distinct text: identical text is refused as a duplicate.
        unique = f"（样本{next(_counter)}）"
        parsed = ParsedReport(
            text=text or f"{title}\n{preamble}\n正文{unique}",
            title=title,
            doc_type=fields.pop("doc_type", "annual"),
            year=year,
            published=published,
            jurisdiction_code=jurisdiction_code,
            preamble=preamble,
            sections=sample_sections() if sections is None else sections,
            file_kind=file_kind,
            **fields,
        )
        return save_report(parsed=parsed, original=original, original_name=original_name)

    return make
