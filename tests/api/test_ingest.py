"""POST /api/v1/documents/ and PUT /api/v1/documents/<symbol>/<lang>/:
ingest a raw text through the service, staff only."""

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from documents.api.serializers import NEED_TEXT_OR_FILE
from documents.ingest.errors import BINARY_INPUT, NO_STRUCTURE, UNKNOWN_LANGUAGE
from documents.models import Document, Version
from documents.services import VERSION_EXISTS

CORPUS = Path(__file__).resolve().parents[2] / "documents" / "sample_corpus"
# The sample resolution renumbered 99/16, a symbol not in the shipped corpus,
# so that tests can write it (the service refuses a text whose own symbol
# line contradicts the symbol given).
EN_TEXT = (CORPUS / "A-RES-75-16.en.txt").read_text(encoding="utf-8").replace(
    "75/16. ", "99/16. "
)
ZH_BYTES = (CORPUS / "A-RES-75-16.zh.txt").read_bytes().replace(b"75/16. ", b"99/16. ")
SYMBOL = "A/RES/99/16"
LIST = "/api/v1/documents/"


def test_post_json_text_creates_a_version(staff_client):
    response = staff_client.post(
        LIST, {"text": EN_TEXT, "symbol": SYMBOL, "language": "en"}, format="json"
    )
    assert response.status_code == 201, response.json()
    data = response.json()
    assert data["symbol"] == SYMBOL and data["language"] == "en"
    assert data["state"] == "created" and data["status"] == "published"
    assert data["paragraphs"] > 50
    assert data["url"] == f"/api/v1/documents/{SYMBOL}/en/"
    version = Version.objects.get(document__symbol=SYMBOL, language="en")
    assert version.source == EN_TEXT.encode() and version.source_name == "api"


def test_post_the_same_text_again_changes_nothing(staff_client):
    body = {"text": EN_TEXT, "symbol": SYMBOL, "language": "en"}
    staff_client.post(LIST, body, format="json")
    again = staff_client.post(LIST, body, format="json")
    assert again.status_code == 200
    assert again.json()["state"] == "unchanged"


def test_post_a_different_text_for_an_existing_version_is_a_400(staff_client):
    staff_client.post(LIST, {"text": EN_TEXT, "symbol": SYMBOL, "language": "en"},
                      format="json")
    response = staff_client.post(
        LIST, {"text": EN_TEXT + "\n", "symbol": SYMBOL, "language": "en"}, format="json"
    )
    assert response.status_code == 400
    assert response.json() == {"detail": VERSION_EXISTS.format(symbol=SYMBOL, language="en")}


def test_post_multipart_file_detects_the_language_and_can_be_a_draft(staff_client):
    upload = SimpleUploadedFile("A-RES-75-16.zh.txt", ZH_BYTES, content_type="text/plain")
    response = staff_client.post(LIST, {"file": upload, "symbol": SYMBOL, "draft": "true"},
                                 format="multipart")
    assert response.status_code == 201, response.json()
    assert response.json()["language"] == "zh"
    assert response.json()["status"] == "draft"
    version = Version.objects.get(document__symbol=SYMBOL, language="zh")
    assert version.source == ZH_BYTES and version.source_name == "A-RES-75-16.zh.txt"
    # a draft is not shown to readers
    assert staff_client.get(f"/api/v1/documents/{SYMBOL}/zh/").status_code == 404


@pytest.mark.parametrize(
    "body, message",
    [
        ({"text": "hello there"}, UNKNOWN_LANGUAGE),
        ({"text": "hello there", "language": "en", "symbol": SYMBOL},
         NO_STRUCTURE.format(what="preamble or numbered operative paragraphs")),
    ],
)
def test_post_bad_text_is_a_400_with_the_parser_message(staff_client, body, message):
    response = staff_client.post(LIST, body, format="json")
    assert response.status_code == 400
    assert response.json() == {"detail": message}
    assert not Document.objects.filter(symbol=SYMBOL).exists()


def test_post_binary_file_is_a_400(staff_client):
    upload = SimpleUploadedFile("x.pdf", b"\x00\x01\x02binary", content_type="application/pdf")
    response = staff_client.post(LIST, {"file": upload}, format="multipart")
    assert response.status_code == 400
    assert response.json() == {"detail": BINARY_INPUT.format(offset=0)}


def test_post_needs_text_or_file_not_both(staff_client):
    neither = staff_client.post(LIST, {"language": "en"}, format="json")
    assert neither.status_code == 400
    assert neither.json()["detail"] == NEED_TEXT_OR_FILE
    upload = SimpleUploadedFile("zh.txt", ZH_BYTES)
    both = staff_client.post(LIST, {"file": upload, "text": "x"}, format="multipart")
    assert both.status_code == 400
    assert both.json()["detail"] == NEED_TEXT_OR_FILE


def test_post_bad_language_is_a_400(staff_client):
    response = staff_client.post(LIST, {"text": EN_TEXT, "language": "de"}, format="json")
    assert response.status_code == 400
    assert response.json()["detail"] == 'language: "de" is not a valid choice.'


def test_post_without_credentials_is_a_401(api, db):
    response = api.post(LIST, {"text": EN_TEXT}, format="json")
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Token"
    assert response.json()["detail"]


def test_post_by_a_non_staff_user_is_a_403(reader_client):
    response = reader_client.post(LIST, {"text": EN_TEXT}, format="json")
    assert response.status_code == 403
    assert response.json() == {"detail": "Writing needs a staff account's token."}


def test_post_with_a_bad_token_is_a_401(api, db):
    api.credentials(HTTP_AUTHORIZATION="Token nope")
    assert api.post(LIST, {"text": EN_TEXT}, format="json").status_code == 401


def test_put_replaces_a_version(staff_client):
    url = f"/api/v1/documents/{SYMBOL}/en/"
    created = staff_client.put(url, {"text": EN_TEXT}, format="json")
    assert created.status_code == 201, created.json()
    before = staff_client.get(url).json()
    changed = EN_TEXT.replace("Takes note", "Takes careful note", 1)
    assert changed != EN_TEXT
    replaced = staff_client.put(url, {"text": changed}, format="json")
    assert replaced.status_code == 200
    assert replaced.json()["state"] == "replaced"
    after = staff_client.get(url).json()
    assert after["source_sha256"] != before["source_sha256"]
    assert Version.objects.filter(document__symbol=SYMBOL).count() == 1


def test_put_takes_symbol_and_language_from_the_url(staff_client):
    url = f"/api/v1/documents/{SYMBOL}/zh/"
    upload = SimpleUploadedFile("zh.txt", ZH_BYTES)
    response = staff_client.put(url, {"file": upload}, format="multipart")
    assert response.status_code == 201, response.json()
    assert (response.json()["symbol"], response.json()["language"]) == (SYMBOL, "zh")


def test_put_bad_text_is_a_400_and_leaves_the_version(staff_client):
    url = f"/api/v1/documents/{SYMBOL}/en/"
    staff_client.put(url, {"text": EN_TEXT}, format="json")
    response = staff_client.put(url, {"text": "hello there"}, format="json")
    assert response.status_code == 400
    assert response.json()["detail"] == NO_STRUCTURE.format(
        what="preamble or numbered operative paragraphs"
    )
    assert staff_client.get(url).json()["source_sha256"] == (
        Version.objects.get(document__symbol=SYMBOL, language="en").source_sha256
    )


def test_put_without_rights(api, reader_client):
    url = f"/api/v1/documents/{SYMBOL}/en/"
    assert api.put(url, {"text": EN_TEXT}, format="json").status_code == 401
    assert reader_client.put(url, {"text": EN_TEXT}, format="json").status_code == 403


def test_post_a_file_over_the_limit_is_refused_before_reading(staff_client, monkeypatch):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from documents.ingest.decode import MAX_BYTES

    upload = SimpleUploadedFile("big.txt", b"x" * (MAX_BYTES + 1), content_type="text/plain")
    response = staff_client.post("/api/v1/documents/", {"file": upload}, format="multipart")
    assert response.status_code == 400
    assert "the limit is" in response.json()["detail"]
