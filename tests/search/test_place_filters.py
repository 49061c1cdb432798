"""prefecture / county / code filter the search below the province; OR within one, AND
across; the index keeps them through uploads, edits, rebuilds and check_index."""

import pytest
from django.core.management import call_command

from reports.models import Jurisdiction
from search import indexing, searching
from search.documents import build_document, fingerprint, reports_for_indexing
from search.query import parse
from tests.search.conftest import write_index_documents


@pytest.fixture
def places(make_report):
    def report(title, code):
        return make_report(title, [("一、", "执法")], code=code)

    return {
        "nanping": report("南平市本级", "350700"),
        "yanping": report("延平区", "350702"),
        "fuzhou_gulou": report("福州鼓楼", "350102"),
        "nanjing_gulou": report("南京鼓楼", "320106"),
        "huangshi": report("黄石市", "420200"),
        "dongcheng": report("东城区", "110101"),
        "province": report("福建省本级", "350000"),
        "nowhere": report("不详", None),
    }


def _ids(**filters):
    return set(searching.run(parse("执法"), filters=filters).ids)


def _pks(places, *keys):
    return {places[k].pk for k in keys}


@pytest.mark.django_db
def test_it_filters_by_prefecture_county_and_code(places):
    assert _ids(prefecture=["南平市"]) == _pks(places, "nanping", "yanping")
    assert _ids(county=["延平区"]) == _pks(places, "yanping")
    # `code`: every report under that division, the division's own included.
    assert _ids(codes=["350700"]) == _pks(places, "nanping", "yanping")
    assert _ids(codes=["350000"]) == _pks(places, "nanping", "yanping", "fuzhou_gulou", "province")
    assert _ids(codes=["110000"]) == _pks(places, "dongcheng")


@pytest.mark.django_db
def test_it_ors_values_of_one_filter_and_ands_filters(places):
    assert _ids(prefecture=["南平市", "黄石市"]) == _pks(places, "nanping", "yanping", "huangshi")
    # A county name shared by two places means both, until another filter narrows it.
    assert _ids(county=["鼓楼区"]) == _pks(places, "fuzhou_gulou", "nanjing_gulou")
    assert _ids(county=["鼓楼区"], province=["福建省"]) == _pks(places, "fuzhou_gulou")
    assert _ids(codes=["350700", "420200"], prefecture=["黄石市"]) == _pks(places, "huangshi")
    assert _ids(prefecture=["南平市"], county=["东城区"]) == set()


@pytest.mark.django_db
def test_it_keeps_the_place_fields_through_an_edit_a_rebuild_and_check_index(
    places, django_capture_on_commit_callbacks
):
    moved = places["nanping"]
    moved.jurisdiction = Jurisdiction.objects.get(code="350104")  # 福州市仓山区
    with django_capture_on_commit_callbacks(execute=True):
        moved.save()
    assert _ids(prefecture=["南平市"]) == _pks(places, "yanping")
    assert _ids(county=["仓山区"]) == {moved.pk}
    assert moved.pk in _ids(codes=["350100"]) and moved.pk not in _ids(codes=["350700"])
    assert not indexing.compare()

    call_command("rebuild_index", "--noinput", verbosity=0)
    assert _ids(county=["仓山区"]) == {moved.pk}
    assert _ids(codes=["350700"]) == _pks(places, "yanping")
    call_command("check_index")  # raises CommandError when the index differs


@pytest.mark.django_db
def test_it_sees_a_document_with_other_place_fields_as_stale(places):
    report = places["yanping"]
    doc = build_document(reports_for_indexing([report.pk]).get())
    # The same document indexed without its places (as before these fields existed).
    old = {**doc, "prefecture": "", "county": "", "codes": []}
    old["fingerprint"] = fingerprint(old)
    write_index_documents([old], set())
    assert indexing.compare().stale == {report.pk}
    assert _ids(county=["延平区"]) == set()
    indexing.repair(indexing.compare())
    assert _ids(county=["延平区"]) == {report.pk}
