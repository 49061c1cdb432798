"""The trends page's GET parameters: the search page's (filters, mode) plus several terms
(`q` repeated or comma-separated) and `by` (year | province)."""

from __future__ import annotations

from typing import Any

from django import forms

from search.forms import SearchForm
from search.trends import DIMENSIONS, MAX_TERM_CHARS, MAX_TERMS, split_terms


class TrendsForm(SearchForm):
    by = forms.CharField(label="统计维度", required=False, strip=False)

    def __init__(self, data, *args, **kwargs) -> None:
        # The search form reads one `q`; the terms are read here, from every `q`.
        values = data.getlist("q") if hasattr(data, "getlist") else list(data.get("q") or [])
        rest = data.copy() if hasattr(data, "copy") else dict(data)
        rest.pop("q", None)
        super().__init__(rest, *args, **kwargs)
        self.term_values: list[str] = [str(v) for v in values]

    def clean_by(self) -> str:
        by = self.cleaned_data["by"] or "year"
        if by not in DIMENSIONS:
            self.problems.append("统计维度无法识别（可用 year 或 province），已按年度统计。")
            by = "year"
        return by

    def clean(self) -> dict[str, Any]:
        super().clean()
        cleaned = self.cleaned_data
        values = self.term_values
        if any(len(term) > MAX_TERM_CHARS for term in split_terms(values, cut=0)):
            self.notices.append(f"检索词过长，只使用了前 {MAX_TERM_CHARS} 个字符。")
        terms = split_terms(values)
        if len(terms) > MAX_TERMS:
            self.problems.append(
                f"最多可同时比较 {MAX_TERMS} 个检索词，已只使用前 {MAX_TERMS} 个。"
            )
            terms = terms[:MAX_TERMS]
        cleaned["terms"] = terms
        return cleaned
