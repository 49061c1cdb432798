"""The trends page's GET parameters: the search page's (filters, mode) plus several terms
(`q` repeated or comma-separated) and `by` (year | province)."""

from __future__ import annotations

from search.forms import SearchForm
from search.trends import DIMENSIONS, MAX_TERM_CHARS, MAX_TERMS, split_terms


class TrendsForm(SearchForm):
    def full_clean(self) -> None:
        data = self.data
        values = data.getlist("q") if hasattr(data, "getlist") else []
        # The search form reads one `q`; the terms are read here, from every `q`.
        self.data = data.copy() if hasattr(data, "copy") else dict(data)
        self.data.pop("q", None)
        try:
            super().full_clean()  # filters, mode, page (BadParameter on a bad page)
        finally:
            self.data = data
        if any(len(term) > MAX_TERM_CHARS for term in split_terms(values, cut=0)):
            self.notices.append(f"检索词过长，只使用了前 {MAX_TERM_CHARS} 个字符。")
        terms = split_terms(values)
        if len(terms) > MAX_TERMS:
            self.problems.append(
                f"最多可同时比较 {MAX_TERMS} 个检索词，已只使用前 {MAX_TERMS} 个。"
            )
            terms = terms[:MAX_TERMS]
        self.cleaned_data["terms"] = terms
        by = self.data.get("by") or "year"
        if by not in DIMENSIONS:
            self.problems.append("统计维度无法识别（可用 year 或 province），已按年度统计。")
            by = "year"
        self.cleaned_data["by"] = by
