"""Hand-built parser output, for tests that must not depend on the parser's heuristics."""

from __future__ import annotations

from datetime import date

from reports.parsing.types import ParsedReport, ParsedSection


def parsed_report(**overrides) -> ParsedReport:
    fields = dict(
        text="2023年,南平市坚持法治。\n一、主要做法\n(一)强化领导\n1. 学习。内容。\n二、存在问题\n问题若干。",
        title="南平市2023年度法治政府建设情况",
        doc_type="annual",
        year=2023,
        published=date(2024, 2, 21),
        issuer="南平市人民政府",
        source_name="南平市人民政府",
        province="福建省",
        prefecture="南平市",
        jurisdiction_code="350700",
        level="prefecture",
        preamble="2023年,南平市坚持法治。",
        sections=[
            ParsedSection(
                1,
                "一",
                "主要做法",
                "",
                [
                    ParsedSection(
                        2, "(一)", "强化领导", "", [ParsedSection(3, "1.", "学习", "内容。")]
                    )
                ],
            ),
            ParsedSection(1, "二", "存在问题", "问题若干。"),
        ],
        warnings=[],
    )
    fields.update(overrides)
    return ParsedReport(**fields)
