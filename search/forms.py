"""The search page's GET parameters (page, API, exports, feeds). Lenient: bad facet values
are dropped with a notice; a bad page number is the one error (400)."""

from __future__ import annotations

import re

from django import forms

from reports.models import Jurisdiction
from search import places
from search.documents import UNKNOWN_PROVINCE
from search.facets import BY_PARAM, FACET_PARAMS, Facet, form_order
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
# Search modes (search/matching.py): words = 模糊 (the default), exact = 精确.
MODES = [("words", "模糊"), ("exact", "精确")]


def province_names() -> list[str]:
    return [*Jurisdiction.objects.provinces().values_list("name", flat=True), UNKNOWN_PROVINCE]


def _place_values() -> dict[str, frozenset[str]]:
    """Allowed values of the parameters below the province: prefecture names, county
    names and division codes."""
    return {
        "prefecture": places.names_of("prefecture"),
        "county": places.names_of("county"),
        "code": places.codes(),
    }


class BadParameter(ValueError):
    """A parameter that cannot be searched with (the page renders 400): raised by
    `SearchForm.validate()`; `SearchForm.errors` holds the same message."""


class _Filter(forms.MultipleChoiceField):
    """A facet parameter: values outside the choices are dropped by the form's
    clean_<field> with a notice rather than refused, so a stale link still works."""

    def validate(self, value) -> None:
        pass


class _Query(forms.CharField):
    """The query text, any characters (the parser ignores what it cannot search)."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.validators = []  # (CharField's refusal of NUL: the parser drops it)


def _filter_field(facet: Facet) -> _Filter:
    # Below the province the allowed values come from search.places, not choices (2,845
    # county names would be copied into every form).
    return _Filter(label=facet.label, required=False, choices=facet.choices)


class SearchForm(forms.Form):
    # Cleaned in this order: q, the filters of search.facets (inserted after q by
    # __init__, in search.facets.form_order()), sort, mode, page. clean_sort reads the
    # cleaned q; the notices keep the order too.
    q = _Query(label="检索词", required=False, strip=True)
    sort = forms.CharField(label="排序", required=False, strip=False)
    mode = forms.CharField(label="检索模式", required=False, strip=False)
    page = forms.CharField(label="页码", required=False)

    def __init__(self, data, *args, **kwargs) -> None:
        super().__init__(data, *args, **kwargs)
        rest = dict(self.fields)
        self.fields = {
            "q": rest.pop("q"),
            **{f.param: _filter_field(f) for f in form_order()},
            **rest,
        }
        self.fields["province"].choices = [(n, n) for n in province_names()]  # type: ignore[attr-defined]
        self.fields["year"].choices = [(str(y), str(y)) for y in range(1990, 2101)]  # type: ignore[attr-defined]
        self.notices: list[str] = []  # shown on the page
        self.problems: list[str] = []  # parameter errors: the API answers 400
        self._places: dict[str, frozenset[str]] | None = None

    def validate(self) -> None:
        """Clean the parameters; BadParameter (a Chinese message) if one cannot be used."""
        if not self.is_valid():
            raise BadParameter(next(iter(self.errors.values()))[0])

    def validate_strictly(self) -> None:
        """As `validate`, and a parameter the page would drop with a notice is an error too:
        the API, exports and feeds must not silently widen a search."""
        self.validate()
        if self.problems:
            raise BadParameter(self.problems[0])

    # -- one method a parameter ----------------------------------------------------------
    def clean_q(self) -> str:
        q = " ".join(self.cleaned_data["q"].split())
        if len(q) > MAX_Q:
            self.notices.append(f"检索词过长，只使用了前 {MAX_Q} 个字符。")
            q = q[:MAX_Q]
        return q

    def clean_mode(self) -> str:
        mode = self.cleaned_data["mode"] or DEFAULT_MODE
        if mode not in dict(MODES):
            self.problems.append("检索模式无法识别（可用 words 或 exact），已按模糊检索。")
            mode = DEFAULT_MODE
        return mode

    def clean_province(self) -> list[str]:
        # Short names (福建, 内蒙古) are the official ones.
        return self._known("province", [full_name(v) or v for v in self.cleaned_data["province"]])

    def _clean_filter(self, param: str) -> list[str]:
        """clean_<param> of every other filter (set below the class)."""
        below = BY_PARAM[param].below_province  # values from search.places, not choices
        known = self._place_values()[param] if below else None
        return self._known(param, known=known)

    def clean_sort(self) -> str:
        sort = self.cleaned_data["sort"]
        if sort and sort not in dict(SORTS):
            self.problems.append("排序方式无法识别，已按默认方式排序。")
            sort = ""
        return sort or ("relevance" if self.cleaned_data.get("q") else "newest")

    def clean_page(self) -> int:
        raw_page = (self.cleaned_data["page"] or "1").strip()
        if not _PAGE.fullmatch(raw_page) or int(raw_page) < 1:
            raise forms.ValidationError("页码应为正整数。", code="page")
        return min(int(raw_page), MAX_PAGE)

    def _place_values(self) -> dict[str, frozenset[str]]:
        if self._places is None:
            self._places = _place_values()
        return self._places

    def _known(
        self, name: str, values: list[str] | None = None, known: frozenset[str] | None = None
    ) -> list[str]:
        """The values of a facet parameter that can be searched, each once; a notice for
        the others."""
        if values is None:
            values = self.cleaned_data[name]
        if known is None:
            known = frozenset(str(k) for k, _ in self.fields[name].choices)  # type: ignore[attr-defined]
        kept = list(dict.fromkeys(v for v in values if v in known))
        dropped = [v for v in values if v not in known]
        if dropped:
            shown = "、".join(v[:20] for v in dropped[:3])
            self.problems.append(f"已忽略无法识别的{self.fields[name].label}：{shown}")
        return kept

    @property
    def filters(self) -> dict[str, list[str]]:
        return {field: self.cleaned_data[p] for p, field in FACET_PARAMS.items()}


# Django calls clean_<name> for each field: one per filter of the vocabulary that has no
# method of its own above (clean_province reads short names).
for _facet in form_order():
    if not hasattr(SearchForm, f"clean_{_facet.param}"):
        setattr(
            SearchForm,
            f"clean_{_facet.param}",
            lambda self, _param=_facet.param: self._clean_filter(_param),
        )
