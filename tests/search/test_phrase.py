import pytest

from search import searching
from search.query import parse


@pytest.mark.django_db
def test_it_finds_a_quoted_phrase_and_only_where_contiguous(make_report):
    together = make_report("甲报告", [("一、改革", "深化“证照分离”改革，压缩审批时限。")])
    apart = make_report("乙报告", [("一、改革", "核发证照若干。机构分离改革另行部署。")])
    ids = searching.run(parse('"证照分离"'), filters={}).ids
    assert ids == [together.pk]
    # Unquoted words are ANDed: both reports have 证照 and 分离.
    assert set(searching.run(parse("证照 分离"), filters={}).ids) == {together.pk, apart.pk}
