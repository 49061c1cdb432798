"""GET parameters of the timeliness summary and the coverage-by-level pages."""

from __future__ import annotations

from django import forms

YEARS = range(1990, 2101)  # as Report.year's constraint


class YearFilterForm(forms.Form):
    """`?year=2023` (optional) on the timeliness summary."""

    year = forms.TypedChoiceField(
        required=False,
        coerce=int,
        empty_value=None,
        choices=[("", "全部年度"), *((str(y), str(y)) for y in YEARS)],
        error_messages={"invalid_choice": "年度无效，应为 1990–2100 之间的年份。"},
    )


class CoverageShowForm(forms.Form):
    """`?show=missing` lists only the places without a report."""

    SHOW = [("all", "全部"), ("missing", "只看缺报告的")]
    show = forms.ChoiceField(
        required=False,
        choices=SHOW,
        error_messages={"invalid_choice": "show 参数无效，可用 all 或 missing。"},
    )


class CoveragePickForm(forms.Form):
    """The coverage page's picker: a province (code) and a year → the level view."""

    province = forms.RegexField(
        regex=r"^[1-9]\d{5}\Z",
        error_messages={"invalid": "省份代码无效。", "required": "请选择省份。"},
    )
    year = forms.TypedChoiceField(
        coerce=int,
        choices=[(str(y), str(y)) for y in YEARS],
        error_messages={"invalid_choice": "年度无效。", "required": "请选择年度。"},
    )


def first_error(form: forms.Form) -> str:
    return next(iter(str(e) for errors in form.errors.values() for e in errors), "参数无效。")
