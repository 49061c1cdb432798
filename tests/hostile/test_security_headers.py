import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/", "/browse/", "/browse/coverage/"])
def test_it_sends_security_headers_on_public_pages(client, path):
    response = client.get(path)

    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "'unsafe-inline'" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"


def test_it_has_no_inline_script_on_public_pages(client):
    for path in ["/", "/browse/", "/browse/coverage/", "/search/?q=法治"]:
        page = client.get(path).content.decode()
        for chunk in page.split("<script")[1:]:
            assert chunk.lstrip().startswith("src="), f"inline script on {path}"
