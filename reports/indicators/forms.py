"""The /indicators/ page's own GET parameters (the place and year filters are SearchForm's).

A value the page cannot use falls back to its default with a message in Chinese: the page
still renders, answered with 400, and the CSV export refuses it.
"""

from __future__ import annotations

from django import forms

from reports.indicators.keys import Key

DEFAULT_KEY = Key.REVIEW_ACCEPTED


class IndicatorPageForm(forms.Form):
    key = forms.ChoiceField(label="指标", choices=Key.choices, required=False)
    format = forms.ChoiceField(
        label="格式", choices=[("html", "html"), ("csv", "csv")], required=False
    )
    # checked=1: only values a person has checked (confirmed or corrected)
    checked = forms.ChoiceField(label="核对", choices=[("0", "0"), ("1", "1")], required=False)

    PROBLEMS = {
        "key": "指标无法识别，已显示默认指标。",
        "format": "格式无法识别（可用 html 或 csv）。",
        "checked": "核对条件无法识别（checked=1 只列人工核对或更正过的数值）。",
    }

    def settings(self) -> tuple[str, str, bool, list[str]]:
        """key, format, checked only, and the problems found (in the parameters' order)."""
        self.is_valid()
        data = self.cleaned_data
        problems = [message for name, message in self.PROBLEMS.items() if name in self.errors]
        return (
            data.get("key") or DEFAULT_KEY,
            data.get("format") or "html",
            data.get("checked") == "1",
            problems,
        )
