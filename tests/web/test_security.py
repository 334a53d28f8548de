"""Security headers on the reading room's pages."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("url", ["/A/RES/1/1/?langs=en,ar", "/"])
def test_pages_carry_security_headers(client, resolution, url):
    response = client.get(url)
    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    directives = {d.split()[0]: d.split()[1:] for d in policy.split(";") if d.strip()}
    script = directives.get("script-src") or directives["default-src"]
    assert "'unsafe-inline'" not in script
    assert "'unsafe-inline'" not in directives.get("style-src", [])
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"


def test_script_is_external_and_deferred(client, resolution):
    html = client.get("/A/RES/1/1/").content.decode()
    assert '<script src="/static/js/reading.js" defer></script>' in html
    assert html.count("<script") == 1
