"""Every API error is JSON, 500 included, and hostile bodies get a JSON 4xx:
JSON nested 100,000 deep is a 400 (it was a RecursionError and an HTML 500),
a body over the size limit a 413 (it was an HTML 400)."""

import json

import pytest
from django.conf import settings

from config.errors import BAD_REQUEST, BODY_TOO_LARGE, SERVER_ERROR
from documents.api import views
from documents.api.parsers import JSON_TOO_DEEP, MAX_JSON_DEPTH, json_depth
from tests.api.test_ingest import EN_TEXT, SYMBOL

LIST = "/api/v1/documents/"
VERSION = f"/api/v1/documents/{SYMBOL}/en/"
WRITES = [("post", LIST), ("put", VERSION)]


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def assert_json_error(response, status: int, detail: str | None = None):
    assert response.status_code == status, response.content[:300]
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert isinstance(body["detail"], str) and body["detail"]
    if detail is not None:
        assert body["detail"] == detail


@pytest.mark.parametrize("method, url", WRITES)
def test_json_nested_100000_deep_is_a_400(staff_client, method, url):
    body = '{"text": ' + nested(100_000) + "}"
    response = getattr(staff_client, method)(url, body, content_type="application/json")
    assert_json_error(response, 400, JSON_TOO_DEEP.format(limit=MAX_JSON_DEPTH))


def test_json_just_over_the_depth_limit_is_a_400(staff_client):
    body = json.dumps({"text": "x", "symbol": json.loads(nested(MAX_JSON_DEPTH))})
    response = staff_client.post(LIST, body, content_type="application/json")
    assert_json_error(response, 400, JSON_TOO_DEEP.format(limit=MAX_JSON_DEPTH))


def test_json_within_the_depth_limit_reaches_the_fields(staff_client):
    """Depth MAX_JSON_DEPTH is parsed; the field check then refuses the list."""
    body = json.dumps({"text": "x", "symbol": json.loads(nested(MAX_JSON_DEPTH - 1))})
    response = staff_client.post(LIST, body, content_type="application/json")
    assert_json_error(response, 400)
    assert response.json()["detail"].startswith("symbol:")


def test_json_depth_counts_lists_and_objects():
    assert json_depth("x") == 0
    assert json_depth({"a": [1, {"b": []}]}) == 4
    assert json_depth(json.loads(nested(500))) == 500


@pytest.mark.parametrize("method, url", WRITES)
@pytest.mark.parametrize("content_type", ["application/json", "multipart/form-data; boundary=x"])
def test_a_body_over_the_limit_is_a_413(staff_client, method, url, content_type):
    body = ('{"text": "' + "a" * (11 * 1024 * 1024) + '"}').encode()
    response = getattr(staff_client, method)(url, body, content_type=content_type)
    assert_json_error(response, 413, BODY_TOO_LARGE.format(
        size=len(body), limit=settings.MAX_REQUEST_BODY))


def test_a_body_over_the_limit_is_a_413_before_authentication(api, db):
    """Refused by its length, before anything reads it."""
    body = b"x" * (settings.MAX_REQUEST_BODY + 1)
    response = api.post(LIST, body, content_type="application/json")
    assert_json_error(response, 413)


def test_a_5_mb_text_is_within_the_body_limit(staff_client):
    """The ingest's own limit (5 MB) is reached before the body's (10 MB):
    the parser's message, not a 413."""
    text = EN_TEXT + "\n\n" + "Recalling its resolutions, " * (5 * 1024 * 1024 // 27 + 10)
    response = staff_client.post(LIST, {"text": text, "symbol": SYMBOL, "language": "en"},
                                 format="json")
    assert_json_error(response, 400)
    assert "the limit is 5242880 bytes" in response.json()["detail"]


@pytest.fixture
def broken_list(api, monkeypatch):
    def broken(**filters):
        raise RuntimeError("a bug")

    monkeypatch.setattr(views, "library_documents", broken)
    api.raise_request_exception = False


def test_an_api_500_is_json(api, db, broken_list):
    response = api.get(LIST)
    assert_json_error(response, 500, SERVER_ERROR)


def test_a_page_500_is_the_500_page_in_the_sites_layout(client, db, monkeypatch):
    from documents import selectors

    def broken(**filters):
        raise RuntimeError("a bug")

    monkeypatch.setattr(selectors, "library_documents", broken)
    client.raise_request_exception = False
    response = client.get("/")
    assert response.status_code == 500
    html = response.content.decode()
    assert "Something went wrong on our side" in html
    assert 'class="site-header"' in html and "Traceback" not in html


def test_an_api_400_outside_the_views_is_json(api, db):
    """A request Django refuses before any view (a host not allowed)."""
    response = api.get(LIST, HTTP_HOST="evil.example")
    assert_json_error(response, 400, BAD_REQUEST)


@pytest.mark.parametrize(
    "method, url, body",
    [
        ("get", "/api/v1/documents/?session=abc", None),
        ("get", "/api/v1/documents/NOPE/1/", None),
        ("get", "/api/v1/documents/A/RES/76/1/aligned/?langs=xx", None),
        ("get", "/api/v1/search/?q=", None),
        ("post", LIST, "{not json"),
        ("post", LIST, nested(5000)),
        ("put", VERSION, '{"text": 1e999999}'),
        ("delete", VERSION, None),
    ],
)
def test_every_error_is_json(staff_client, method, url, body):
    kwargs = {"data": body, "content_type": "application/json"} if body is not None else {}
    response = getattr(staff_client, method)(url, **kwargs)
    assert 400 <= response.status_code < 500
    assert_json_error(response, response.status_code)


def test_the_schema_documents_429_503_and_413(api, db):
    schema = api.get("/api/schema/", HTTP_ACCEPT="application/json").json()
    assert "Error" in schema["components"]["schemas"]
    for operations in schema["paths"].values():
        for method, operation in operations.items():
            assert {"429", "503"} <= set(operation["responses"]), method
            if method in ("post", "put"):
                assert "413" in operation["responses"]
