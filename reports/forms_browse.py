"""Query parameters of the browse pages, validated before they reach a query."""

from __future__ import annotations

from django import forms


class SubunitFilterForm(forms.Form):
    # Report.subunit is at most 100 characters: anything longer cannot match.
    subunit = forms.CharField(max_length=100, required=False, strip=True)
