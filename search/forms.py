"""The search page's GET parameters. Lenient: bad facet values are dropped with a notice."""

from __future__ import annotations

import re

from django import forms

from reports.models import Jurisdiction, Report
from reports.timeliness import Status as TimelinessStatus
from search import places
from search.documents import UNKNOWN_PROVINCE
from search.provinces import full_name
from search.query import DEFAULT_MODE

MAX_Q = 200
MAX_PAGE = 10_000
_PAGE = re.compile(r"\d{1,9}", re.ASCII)
SORTS = [
    ("relevance", "相关度"),
    ("newest", "发布日期（新→旧）"),
    ("oldest", "发布日期（旧→新）"),
    ("year", "报告年度（新→旧）"),
]
# GET parameter → index field. `code` (a GB/T 2260 code: reports under that place) is a
# filter without a facet of its own.
FACET_PARAMS = {
    "province": "province",
    "prefecture": "prefecture",
    "county": "county",
    "code": "codes",
    "year": "year",
    "level": "level",
    "type": "doc_type",
    "timeliness": "timeliness",
}
PLACE_PARAMS = ("prefecture", "county", "code")
# Search modes (search/matching.py): words = 模糊 (the default), exact = 精确.
MODES = [("words", "模糊"), ("exact", "精确")]


def province_names() -> list[str]:
    return [*Jurisdiction.objects.provinces().values_list("name", flat=True), UNKNOWN_PROVINCE]


def _place_values() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Allowed prefecture names, county names and division codes."""
    return places.names_of("prefecture"), places.names_of("county"), places.codes()


class BadParameter(ValueError):
    """A parameter that cannot be searched with (the page renders 400)."""


class SearchForm(forms.Form):
    q = forms.CharField(label="检索词", required=False, strip=True)
    province = forms.MultipleChoiceField(label="省份", required=False)
    year = forms.MultipleChoiceField(label="年度", required=False)
    level = forms.MultipleChoiceField(label="层级", required=False, choices=Report.Level.choices)
    type = forms.MultipleChoiceField(label="类型", required=False, choices=Report.DocType.choices)
    # Annual reports only (reports.timeliness): made public by the deadline or not.
    timeliness = forms.MultipleChoiceField(
        label="公开时效", required=False, choices=TimelinessStatus.choices
    )
    # Below the province; the allowed values come from search.places (not choices: 2,845
    # county names would be copied into every form).
    prefecture = forms.MultipleChoiceField(label="地级行政区", required=False)
    county = forms.MultipleChoiceField(label="县级行政区", required=False)
    code = forms.MultipleChoiceField(label="行政区划代码", required=False)
    sort = forms.ChoiceField(label="排序", required=False, choices=SORTS)
    page = forms.CharField(required=False)

    def __init__(self, data, *args, **kwargs) -> None:
        super().__init__(data, *args, **kwargs)
        self.fields["province"].choices = [(n, n) for n in province_names()]
        self.fields["year"].choices = [(str(y), str(y)) for y in range(1990, 2101)]
        self.notices: list[str] = []  # shown on the page
        self.problems: list[str] = []  # parameter errors: the API answers 400

    def _drop_unknown(
        self, name: str, label: str, known: frozenset[str] | None = None
    ) -> list[str]:
        values = self.data.getlist(name) if hasattr(self.data, "getlist") else []
        if name == "province":  # short names (福建, 内蒙古) are the official ones
            values = [full_name(v) or v for v in values]
        if known is None:
            known = frozenset(str(k) for k, _ in self.fields[name].choices)
        kept = list(dict.fromkeys(v for v in values if v in known))
        dropped = [v for v in values if v not in known]
        if dropped:
            shown = "、".join(v[:20] for v in dropped[:3])
            self.problems.append(f"已忽略无法识别的{label}：{shown}")
        return kept

    def full_clean(self) -> None:
        # Facet values are filtered rather than validated: a stale link must still work.
        self.cleaned_data = {}
        self._errors = forms.utils.ErrorDict()
        q = " ".join(str(self.data.get("q", "")).split())
        if len(q) > MAX_Q:
            self.notices.append(f"检索词过长，只使用了前 {MAX_Q} 个字符。")
            q = q[:MAX_Q]
        self.cleaned_data["q"] = q
        for param in ("province", "year", "level", "type", "timeliness"):
            self.cleaned_data[param] = self._drop_unknown(param, self.fields[param].label)
        for param, known in zip(PLACE_PARAMS, _place_values(), strict=True):
            self.cleaned_data[param] = self._drop_unknown(param, self.fields[param].label, known)
        sort = self.data.get("sort") or ""
        if sort and sort not in dict(SORTS):
            self.problems.append("排序方式无法识别，已按默认方式排序。")
            sort = ""
        self.cleaned_data["sort"] = sort or ("relevance" if q else "newest")
        mode = self.data.get("mode") or DEFAULT_MODE
        if mode not in dict(MODES):
            self.problems.append("检索模式无法识别（可用 words 或 exact），已按模糊检索。")
            mode = DEFAULT_MODE
        self.cleaned_data["mode"] = mode
        raw_page = str(self.data.get("page") or "1").strip()
        if not _PAGE.fullmatch(raw_page) or int(raw_page) < 1:
            raise BadParameter("页码应为正整数。")
        self.cleaned_data["page"] = min(int(raw_page), MAX_PAGE)

    @property
    def filters(self) -> dict[str, list[str]]:
        return {field: self.cleaned_data[p] for p, field in FACET_PARAMS.items()}
