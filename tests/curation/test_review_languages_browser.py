"""The alignment review page in headless chromium for a curator whose
interface is Arabic: the page is laid out right to left (the row's
information in the rightmost column, the actions on the left), its words
are Arabic, and each text keeps its own direction: the English pivot reads
left to right, the Arabic right to left."""

from __future__ import annotations

import pytest

from tests.browser.conftest import SCREENSHOTS

from .test_curation_browser import _curators

pytestmark = pytest.mark.browser

PASSWORD = "a long pass phrase"


@pytest.fixture
def arabic_curator(live_corpus, monkeypatch):
    """A member of Curators, and the id of A/RES/75/16 (the test reads the
    database while Playwright holds an event loop in this thread: safe here,
    the live server answers from its own thread)."""
    from django.contrib.auth.models import Group, User

    from documents.models import Document

    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    user = User.objects.create_user("curator-ar", password=PASSWORD, is_staff=True)
    user.groups.add(_curators(Group))
    return Document.objects.get(symbol="A/RES/75/16").pk


def test_the_arabic_review_page_is_mirrored_and_keeps_each_text_direction(
        arabic_curator, browser, live_corpus):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.add_cookies([{"name": "django_language", "value": "ar", "url": live_corpus.url}])
    page = context.new_page()
    try:
        review = f"/admin/documents/document/{arabic_curator}/review/ar/"
        page.goto(f"{live_corpus.url}/admin/login/?next={review}")
        page.fill("#id_username", "curator-ar")
        page.fill("#id_password", PASSWORD)
        page.click("input[type=submit]")
        page.wait_for_url(f"**{review}")

        assert page.evaluate("document.documentElement.dir") == "rtl"
        assert page.title().startswith("مراجعة المحاذاة: A/RES/75/16 en–ar")
        row = page.locator("tbody[data-pivot='pp-4 pp-5'] tr.current")
        info, pivot, other, actions = (row.locator("td").nth(i) for i in range(4))
        # mirrored: the first column on the right, the actions on the left
        assert info.bounding_box()["x"] > other.bounding_box()["x"] > actions.bounding_box()["x"]
        assert row.locator("button[value=confirm]").inner_text() == "تأكيد"
        assert row.locator("button[value=split]").inner_text() == "تقسيم"
        # each text in its own direction
        direction = "e => getComputedStyle(e).direction"
        assert pivot.locator("p").first.evaluate(direction) == "ltr"
        assert other.locator("p").first.evaluate(direction) == "rtl"
        page.screenshot(path=str(SCREENSHOTS / "review-ar.png"))
    finally:
        context.close()
