import pytest

pytestmark = pytest.mark.django_db


def test_it_links_the_provinces_that_have_reports_at_any_level(client, seeds):
    response = client.get("/")

    # The seeds hang on prefectures and counties, never on a province itself.
    assert response.context["report_count"] == 5
    assert [p.name for p in response.context["provinces"]] == [
        "浙江省",
        "福建省",
        "江西省",
        "河南省",
        "湖北省",
    ]
    assert "福建省" in response.content.decode()
