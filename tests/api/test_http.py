"""HTTP behaviour common to the API: schema and offline docs, throttling,
no CORS, JSON errors everywhere under /api/."""

import pytest

from documents.api.urls import NO_SUCH_ENDPOINT
from documents.api.views import NOT_A_VERSION


def test_schema_is_openapi_3_with_every_endpoint(api, db):
    response = api.get("/api/schema/", HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    schema = response.json()
    assert schema["openapi"].startswith("3.")
    assert set(schema["paths"]) == {
        "/api/v1/documents/",
        "/api/v1/documents/{symbol}/",
        "/api/v1/documents/{symbol}/{lang}/",
        "/api/v1/documents/{symbol}/aligned/",
        "/api/v1/documents/{symbol}/export/",
        "/api/v1/documents/{symbol}/changes/",
        "/api/v1/documents/{symbol}/memory/",
        "/api/v1/documents/{symbol}/series/",
        "/api/v1/search/",
        # curation (staff)
        "/api/v1/documents/{symbol}/{lang}/links/{link_id}/{action}/",
        "/api/v1/documents/{symbol}/{lang}/paragraphs/{anchor}/",
        "/api/v1/documents/{symbol}/{lang}/paragraphs/{anchor}/split/",
        "/api/v1/documents/{symbol}/{lang}/paragraphs/{anchor}/merge/",
    }
    export = schema["paths"]["/api/v1/documents/{symbol}/export/"]["get"]
    assert {p["name"] for p in export["parameters"]} >= {"symbol", "format", "langs"}
    assert set(export["responses"]["200"]["content"]) == {
        "application/x-tmx+xml", "application/jsonl", "text/plain"
    }
    for path in schema["paths"].values():
        for operation in path.values():
            assert operation["summary"] and operation["description"]


def test_every_operation_has_an_example(api, db):
    schema = api.get("/api/schema/", HTTP_ACCEPT="application/json").json()
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            contents = [c for r in operation["responses"].values()
                        for c in r.get("content", {}).values()]
            assert any("examples" in c for c in contents), (method, path)


def test_docs_are_served_without_a_cdn(api, db):
    response = api.get("/api/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "swagger-ui" in html
    assert "cdn" not in html.lower() and "unpkg" not in html and "jsdelivr" not in html
    assert "/static/drf_spectacular_sidecar/" in html


@pytest.fixture
def strict_throttle(settings):
    settings.THROTTLE_RATES = {**settings.THROTTLE_RATES, "anon": "3/minute"}


def test_anonymous_clients_are_throttled(api, db, strict_throttle):
    statuses = [api.get("/api/v1/documents/").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    response = api.get("/api/v1/documents/")
    assert response.json()["detail"].startswith("Request was throttled")
    assert 1 <= int(response["Retry-After"]) <= 60


def test_authenticated_clients_are_not_throttled_as_anonymous(reader_client, strict_throttle):
    statuses = {reader_client.get("/api/v1/documents/").status_code for _ in range(5)}
    assert statuses == {200}


def test_no_cors_headers(api, db):
    """CORS is off: a browser on another origin may not read the API."""
    response = api.get("/api/v1/documents/", HTTP_ORIGIN="https://elsewhere.example")
    assert not any(h.lower().startswith("access-control-") for h in response.headers)
    preflight = api.options(
        "/api/v1/documents/",
        HTTP_ORIGIN="https://elsewhere.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
    )
    assert not any(h.lower().startswith("access-control-") for h in preflight.headers)


@pytest.mark.parametrize("path", ["/api/v2/documents/", "/api/v1/documents/A%0A/"])
def test_unknown_api_paths_answer_json_404(api, db, path):
    response = api.get(path)
    assert response.status_code == 404
    assert response.json() == {"detail": NO_SUCH_ENDPOINT}


def test_writes_to_unknown_api_paths_answer_json_404(db):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    response = client.put("/api/v1/documents/A%0A/en/", "x", content_type="text/plain")
    assert response.status_code == 404
    assert response.json() == {"detail": NO_SUCH_ENDPOINT}


def test_put_to_a_non_language_is_a_404(staff_client):
    response = staff_client.put("/api/v1/documents/A/RES/75/16/de/", {"text": "x"},
                                format="json")
    assert response.status_code == 404
    assert response.json() == {"detail": NOT_A_VERSION.format(path="A/RES/75/16/de")}


def test_write_methods_the_api_does_not_have_are_405(staff_client):
    response = staff_client.delete("/api/v1/documents/A/RES/75/16/en/")
    assert response.status_code == 405
    assert response.json()["detail"] == 'Method "DELETE" not allowed.'
