"""SearchForm is a Django form: a bad page number is an error in `errors` (and
BadParameter from `validate()`), unknown facet values are dropped with a notice."""

import pytest
from django.http import QueryDict

from search.forms import BadParameter, SearchForm


@pytest.mark.django_db
def test_it_puts_a_bad_page_number_in_the_form_errors():
    form = SearchForm(QueryDict("q=行政复议&page=abc"))

    assert not form.is_valid()
    assert form.errors["page"] == ["页码应为正整数。"]
    with pytest.raises(BadParameter, match="页码应为正整数"):
        form.validate()


@pytest.mark.django_db
def test_it_drops_unknown_facet_values_with_a_notice_and_keeps_the_rest():
    form = SearchForm(QueryDict("q=+行政  复议+&province=福建&province=火星&type=annual&sort=x"))

    assert form.is_valid()
    data = form.cleaned_data
    assert data["q"] == "行政 复议"
    assert data["province"] == ["福建省"]
    assert data["sort"] == "relevance" and data["page"] == 1 and data["mode"] == "words"
    assert form.filters["doc_type"] == ["annual"]
    assert form.problems == ["已忽略无法识别的省份：火星", "排序方式无法识别，已按默认方式排序。"]
