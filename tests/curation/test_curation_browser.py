"""The curation flow in headless chromium, as a curator does it: upload the
Arabic A/RES/75/16 as a new draft, read the preview of the parse (28
preambular paragraphs), preview the draft beside the English, publish it,
correct a paragraph's text, confirm the merge link (English pp-4 and pp-5 in
one Arabic paragraph), relink a weak heading (one row up, then back: the
sample's weak headings are aligned right), and revert the text correction
from the document's history."""

from __future__ import annotations

from pathlib import Path

import pytest

from curation.permissions import CURATOR_PERMISSIONS, CURATORS
from tests.browser.conftest import SCREENSHOTS

pytestmark = pytest.mark.browser

ARABIC = Path(__file__).resolve().parents[2] / "documents" / "sample_corpus" / "A-RES-75-16.ar.txt"
CORRECTED = "نص مصحح للاختبار."


@pytest.fixture
def curator(live_corpus, monkeypatch):
    """A member of Curators, and the Arabic version gone (to be uploaded).
    The test reads the database while Playwright's sync API holds an event
    loop in this thread: Django is told that this is safe here (the live
    server answers from its own thread)."""
    from django.contrib.auth.models import Group, User

    from documents.models import Version

    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    Version.objects.filter(document__symbol="A/RES/75/16", language="ar").delete()
    user = User.objects.create_user("curator", password="a long pass phrase", is_staff=True)
    user.groups.add(_curators(Group))
    return user


def _curators(Group):
    """The migration's group; an earlier transactional test's flush removes
    it (the permissions come back with post_migrate): made again then."""
    from django.contrib.auth.models import Permission

    group, created = Group.objects.get_or_create(name=CURATORS)
    if created:
        for code in CURATOR_PERMISSIONS:
            app_label, codename = code.split(".")
            group.permissions.add(Permission.objects.get(content_type__app_label=app_label,
                                                         codename=codename))
    return group


def _log_in(open_page):
    page = open_page("/admin/login/?next=/admin/documents/version/")
    page.fill("#id_username", "curator")
    page.fill("#id_password", "a long pass phrase")
    page.click("input[type=submit]")
    page.wait_for_url("**/admin/documents/version/")
    return page


def test_a_curator_uploads_previews_publishes_corrects_reviews_and_reverts(curator, open_page):
    from django.db import connections

    try:
        _curate(open_page)
    finally:
        # the connection this test opened while Playwright's loop ran is
        # its own (context-local): close it, or it outlives the test database
        connections.close_all()


def _curate(open_page):
    from alignment.models import Link
    from documents.models import Paragraph, Version

    page = _log_in(open_page)
    # upload: from the Versions list, a file, then the preview of the parse
    page.click("text=Upload a text")
    page.set_input_files("input[name=file]", str(ARABIC))
    page.click("button[value=preview]")
    assert page.locator("details[data-kind=preambular] .kind-count").inner_text() == "28"
    assert "pp=28" in page.locator(".audit-line").inner_text()
    assert page.input_value("input[name=symbol]") == "A/RES/75/16"
    assert page.input_value("select[name=language]") == "ar"
    page.screenshot(path=str(SCREENSHOTS / "curation-upload-preview.png"), full_page=True)
    page.click("button[value=draft]")
    page.wait_for_selector("text=This version is")
    version = Version.objects.get(document__symbol="A/RES/75/16", language="ar")
    assert version.status == "draft"

    # the draft beside the English, for curators only, never cached
    with page.expect_response(lambda r: "/preview/" in r.url) as preview:
        page.click("text=Preview with drafts")
    assert "no-store" in preview.value.headers["cache-control"]
    assert "Draft preview" in page.locator(".notice").first.inner_text()
    assert page.locator("#ar-pp-1").is_visible() and page.locator("#en-pp-1").is_visible()
    page.screenshot(path=str(SCREENSHOTS / "curation-draft-preview.png"))
    page.go_back()

    # publish
    page.click("input[name=publish]")
    page.wait_for_selector("text=published.")
    version.refresh_from_db()
    assert version.status == "published"

    # correct a paragraph's text
    paragraph = Paragraph.objects.get(version=version, anchor="op-2")
    original = paragraph.text
    page.goto(f"{page.url.split('/admin/')[0]}/admin/documents/paragraph/{paragraph.pk}/correct/")
    page.fill("textarea[name=text]", CORRECTED)
    page.click("button[value=correct]")
    page.wait_for_selector("text=op-2 corrected.")
    paragraph.refresh_from_db()
    assert paragraph.text == CORRECTED

    # confirm the merge link: English pp-4 and pp-5 in the Arabic pp-4
    document = version.document
    page.goto(f"{page.url.split('/admin/')[0]}/admin/documents/document/{document.pk}/review/ar/")
    merge = page.locator("tbody[data-pivot='pp-4 pp-5']")
    assert merge.get_attribute("data-other") == "pp-4"
    merge.locator("button[value=confirm]").click()
    page.wait_for_selector("text=“Confirm” done.")
    assert page.locator("tbody[data-pivot='pp-4 pp-5']").get_attribute("class").count("checked")

    # relink a weak heading: one row up, then back down where it belongs
    weak = page.locator("tbody.review-row.weak[data-other^='h-'][data-pivot^='h-']").first
    other, pivot = weak.get_attribute("data-other"), weak.get_attribute("data-pivot")
    weak.locator("button[value=previous]").click()
    page.wait_for_selector("text=“Relink to previous” done.")
    moved = Link.objects.get(version=version, other_first__anchor=other)
    assert moved.manual and moved.pivot_first.kind == "heading"
    assert moved.pivot_first.anchor != pivot
    page.locator(f"tbody[data-other='{other}']").locator("button[value=next]").click()
    page.wait_for_selector("text=“Relink to next” done.")
    back = Link.objects.get(version=version, other_first__anchor=other)
    assert back.manual and back.checked and back.pivot_first.anchor == pivot
    page.screenshot(path=str(SCREENSHOTS / "curation-review.png"))

    # revert the text correction from the history
    page.click("a.curation-history")
    row = page.locator("tr.change[data-model=paragraph]", has_text="corrected text").first
    assert "curator" in row.inner_text()
    row.locator("button", has_text="Revert").click()
    page.wait_for_selector("text=reverted.")
    paragraph.refresh_from_db()
    assert paragraph.text == original
    page.screenshot(path=str(SCREENSHOTS / "curation-history.png"), full_page=True)
