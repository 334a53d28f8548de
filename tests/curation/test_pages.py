"""The curation pages in the admin: no raw add forms, the upload flow with
its preview, errors on the form (never a 500), the review, correction and
history pages, and every write made by a service."""

from pathlib import Path
from unittest import mock

import pytest
from django.contrib.auth.models import Group, User

from alignment.models import Link
from documents.models import Document, Paragraph, Version

pytestmark = pytest.mark.django_db
ARABIC = Path("documents/sample_corpus/A-RES-75-16.ar.txt")


@pytest.fixture
def curator_client(client):
    user = User.objects.create_user("curator", password="pw", is_staff=True)
    user.groups.add(Group.objects.get(name="Curators"))
    client.force_login(user)
    return client


@pytest.mark.parametrize("url", [
    "/admin/documents/document/add/", "/admin/documents/version/add/",
    "/admin/documents/paragraph/add/", "/admin/alignment/link/add/",
])
def test_no_admin_add_form_can_create_rows_without_a_parse(admin_client, url):
    assert admin_client.get(url).status_code == 403
    response = admin_client.post(url, {"symbol": "", "language": "en", "kind": "resolution"})
    assert response.status_code == 403
    assert not Document.objects.exists() and not Version.objects.exists()


def test_change_forms_are_read_only(admin_client, make_version):
    version = make_version("A/RES/9/9", "en", [("operative", "1", "Decides;")])
    document = version.document
    admin_client.post(f"/admin/documents/document/{document.pk}/change/",
                      {"symbol": "", "kind": "other"})
    document.refresh_from_db()
    assert document.symbol == "A/RES/9/9" and document.kind == "resolution"


@pytest.mark.parametrize("url", ["/admin/documents/version/", "/admin/documents/document/"])
def test_the_lists_link_to_the_upload(admin_client, url):
    assert "/admin/documents/version/upload/" in admin_client.get(url).content.decode()


def test_upload_errors_are_shown_on_the_form(admin_client):
    empty = admin_client.post("/admin/documents/version/upload/", {"step": "preview"})
    assert empty.status_code == 200 and "Choose a file or paste the text." in empty.content.decode()
    binary = admin_client.post("/admin/documents/version/upload/",
                               {"step": "draft", "text": "", "source": "AAEC/w==",
                                "source_name": "x.bin"})
    assert binary.status_code == 200 and "errorlist" in binary.content.decode()
    bad_symbol = admin_client.post("/admin/documents/version/upload/",
                                   {"step": "publish", "text": "Hello", "symbol": "nonsense!"})
    assert bad_symbol.status_code == 200 and "errorlist" in bad_symbol.content.decode()
    assert not Version.objects.exists()


def test_upload_preview_shows_the_parse_then_saves_a_draft(curator_client, sample_corpus):
    Version.objects.filter(document__symbol="A/RES/75/16", language="ar").delete()
    with ARABIC.open("rb") as handle:
        page = curator_client.post("/admin/documents/version/upload/",
                                   {"step": "preview", "file": handle})
    html = page.content.decode()
    assert page.status_code == 200
    assert "pp=28" in html and 'value="A/RES/75/16"' in html
    assert not Version.objects.filter(language="ar", document__symbol="A/RES/75/16").exists()
    source = page.context["confirm"]["source"].value()
    saved = curator_client.post("/admin/documents/version/upload/", {
        "step": "draft", "source": source, "source_name": "ar.txt", "symbol": "A/RES/75/16",
        "language": "ar", "kind": "resolution"})
    assert saved.status_code == 302
    version = Version.objects.get(document__symbol="A/RES/75/16", language="ar")
    assert version.status == "draft"
    assert version.paragraphs.filter(kind="preambular").count() == 28


def test_drafts_preview_is_private_and_never_public(curator_client, client, sample_corpus):
    version = Version.objects.get(document__symbol="A/RES/75/16", language="ar")
    Version.objects.filter(pk=version.pk).update(status="draft")
    preview = curator_client.get(
        f"/admin/documents/document/{version.document_id}/preview/?langs=en,ar")
    assert preview.status_code == 200
    assert "no-store" in preview["Cache-Control"] and "private" in preview["Cache-Control"]
    assert "Draft preview" in preview.content.decode()
    assert 'id="ar-op-1"' in preview.content.decode()
    from django.test import Client
    public = Client().get("/A/RES/75/16/?langs=en,ar").content.decode()
    assert "Draft preview" not in public and 'id="ar-op-1"' not in public
    anonymous = Client().get(f"/admin/documents/document/{version.document_id}/preview/")
    assert anonymous.status_code == 302


def test_staff_without_curator_permissions_cannot_reach_the_flow(client, sample_corpus):
    user = User.objects.create_user("staff", password="pw", is_staff=True)
    client.force_login(user)
    document = Document.objects.get(symbol="A/RES/75/16")
    paragraph = Paragraph.objects.filter(version__document=document).first()
    link = Link.objects.filter(version__document=document).first()
    upload = client.get("/admin/documents/version/upload/")
    assert upload.status_code == 302 and upload["Location"] == "/admin/"
    for url in [f"/admin/documents/document/{document.pk}/review/ar/",
                f"/admin/documents/document/{document.pk}/changes/",
                f"/admin/documents/document/{document.pk}/preview/",
                f"/admin/documents/paragraph/{paragraph.pk}/correct/"]:
        assert client.get(url).status_code == 403, url
    response = client.post(
        f"/admin/documents/document/{document.pk}/review/ar/{link.pk}/", {"action": "confirm"})
    assert response.status_code == 403
    assert Link.objects.get(pk=link.pk).method == link.method


def test_curators_group_has_exactly_the_flow_permissions():
    from curation.permissions import CURATOR_PERMISSIONS

    group = Group.objects.get(name="Curators")
    codes = sorted(f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all())
    assert codes == sorted(CURATOR_PERMISSIONS)


def test_curator_pages_render(curator_client, sample_corpus):
    document = Document.objects.get(symbol="A/RES/75/16")
    review = curator_client.get(f"/admin/documents/document/{document.pk}/review/ar/")
    assert review.status_code == 200
    rows = review.context["rows"]
    assert [r.confidence for r in rows if not r.checked] == sorted(
        r.confidence for r in rows if not r.checked)
    paragraph = Paragraph.objects.get(version__document=document, version__language="en",
                                      anchor="op-1")
    assert curator_client.get(
        f"/admin/documents/paragraph/{paragraph.pk}/correct/").status_code == 200
    assert curator_client.get(f"/admin/documents/document/{document.pk}/changes/").status_code \
        == 200


@pytest.mark.parametrize("action,service", [
    ("confirm", "confirm_link"), ("next", "relink"), ("previous", "relink"),
    ("merge", "merge_with_next"), ("split", "split_link"), ("missing", "mark_not_in_version"),
])
def test_review_actions_go_through_the_services(curator_client, sample_corpus, action, service):
    document = Document.objects.get(symbol="A/RES/75/16")
    link = Link.objects.filter(version__document=document, version__language="ar").first()
    with mock.patch(f"alignment.services.{service}") as called:
        curator_client.post(f"/admin/documents/document/{document.pk}/review/ar/{link.pk}/",
                            {"action": action})
    assert called.call_count == 1
    assert called.call_args.kwargs["link"].pk == link.pk


def test_correction_and_revert_go_through_the_services(curator_client, sample_corpus):
    document = Document.objects.get(symbol="A/RES/75/16")
    paragraph = Paragraph.objects.get(version__document=document, version__language="en",
                                      anchor="op-1")
    url = f"/admin/documents/paragraph/{paragraph.pk}/correct/"
    with mock.patch("documents.curation.correct_paragraph") as correct:
        curator_client.post(url, {"step": "correct", "text": "New.", "kind": "operative",
                                  "number": "1"})
    assert correct.call_count == 1
    with mock.patch("documents.curation.split_paragraph") as split:
        curator_client.post(url, {"step": "split", "at": "5"})
    assert split.call_args.kwargs["at"] == 5
    with mock.patch("documents.curation.merge_paragraph") as merge:
        curator_client.post(url, {"step": "merge"})
    assert merge.call_count == 1
    with mock.patch("documents.history.revert_change") as revert:
        curator_client.post(f"/admin/documents/document/{document.pk}/changes/",
                            {"model": "paragraph", "history_id": "1"})
    assert revert.call_count == 1
    with mock.patch("documents.web.curation.set_status") as status:
        version = Version.objects.get(document=document, language="ar")
        curator_client.post(f"/admin/documents/version/{version.pk}/publish/", {"published": "0"})
    assert status.call_count == 1


def test_a_bad_correction_is_shown_on_the_form(curator_client, sample_corpus):
    paragraph = Paragraph.objects.get(version__document__symbol="A/RES/75/16",
                                      version__language="en", anchor="op-1")
    url = f"/admin/documents/paragraph/{paragraph.pk}/correct/"
    response = curator_client.post(url, {"step": "split", "at": "100000"})
    assert response.status_code == 200 and "split between" in response.content.decode()
    response = curator_client.post(url, {"step": "correct", "text": "", "kind": "operative"})
    assert response.status_code == 200 and "errorlist" in response.content.decode()


def test_a_correction_through_the_page_is_escaped_and_recorded(curator_client, sample_corpus):
    paragraph = Paragraph.objects.get(version__document__symbol="A/RES/75/16",
                                      version__language="en", anchor="op-1")
    url = f"/admin/documents/paragraph/{paragraph.pk}/correct/"
    curator_client.post(url, {"step": "correct", "text": "<b onmouseover=x>Decides</b>",
                              "kind": "operative", "number": "1"})
    paragraph.refresh_from_db()
    assert "<b" not in paragraph.html and "&lt;b" in paragraph.html
    page = curator_client.get(f"/admin/documents/document/{paragraph.version.document_id}"
                              "/changes/").content.decode()
    assert "corrected text" in page and "curator" in page
