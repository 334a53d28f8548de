"""The reading room's tools in a real browser: the Arabic interface
mirrored, the table of contents and "go to paragraph", the merged row's
label, copying a citation, the alignment marks on demand, the 404 page and a
record at phone width. Screenshots in tests/browser/screenshots/.

These pages run with the interface languages on (LocaleMiddleware, the six
LANGUAGES, LOCALE_PATHS: tests/web/interface.py), on a live server of their
own started under those settings, since the shared live server built its
middleware before any test could change it."""

from __future__ import annotations

import pytest
from django.test.utils import override_settings

from tests.web import interface

from .conftest import SCREENSHOTS

pytestmark = pytest.mark.browser

THREE = "/A/RES/75/16/?langs=en,zh,ar"


@pytest.fixture
def i18n_server(live_corpus):
    from django.conf import settings
    from pytest_django.live_server_helper import LiveServer

    with override_settings(**interface.interface_settings(list(settings.MIDDLEWARE))):
        server = LiveServer("localhost:0")
        try:
            yield server
        finally:
            server.stop()


@pytest.fixture
def visit(browser, i18n_server):
    """visit(path, width=1280, height=900, javascript=True, ui=None) -> page;
    fails the test on any console error (a CSP violation shows up there)."""
    SCREENSHOTS.mkdir(exist_ok=True)
    errors: list[str] = []
    contexts = []

    def open_(path, *, width=1280, height=900, javascript=True, ui=None):
        context = browser.new_context(viewport={"width": width, "height": height},
                                      java_script_enabled=javascript)
        if ui:
            context.add_cookies([{"name": "django_language", "value": ui,
                                  "url": i18n_server.url}])
        contexts.append(context)
        page = context.new_page()
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(f"{i18n_server.url}{path}")
        return page

    open_.base = i18n_server.url
    open_.allow_404 = False  # the 404 page's own status shows up as a console error
    yield open_
    for context in contexts:
        context.close()
    if open_.allow_404:
        errors = [e for e in errors if "status of 404" not in e]
    assert not errors, f"console errors: {errors}"


def in_view(page, selector):
    page.wait_for_function(
        """s => { const e = document.querySelector(s); if (!e) return false;
                  const r = e.getBoundingClientRect();
                  return r.top >= 0 && r.top < innerHeight; }""",
        arg=selector, timeout=5000,
    )


def test_the_arabic_interface_is_mirrored(visit):
    page = visit("/A/RES/75/16/?langs=ar,en", ui="ar")
    assert page.get_attribute("html", "dir") == "rtl"
    assert page.get_attribute("html", "lang") == "ar"
    assert page.locator("h1").count() == 1
    meta = page.locator("#pp-4 .row-meta").bounding_box()
    arabic = page.locator("#pp-4 .cell[lang=ar]").bounding_box()
    english = page.locator("#pp-4 .cell[lang=en]").bounding_box()
    # right to left: the row label at the right edge, then Arabic, then English
    assert meta["x"] > arabic["x"] > english["x"]
    site_name = page.locator(".site-name").bounding_box()
    assert site_name["x"] > 640  # the header starts on the right
    assert page.locator(".go-to label").inner_text() == "الفقرة"
    page.screenshot(path=str(SCREENSHOTS / "reading-arabic-interface.png"))


def test_the_contents_jump_to_op_5_with_three_columns(visit):
    page = visit(THREE)
    page.locator("details.toc > summary").click()
    page.locator("details.toc a[href='#op-5']").click()
    page.wait_for_function("location.hash === '#op-5'")
    page.wait_for_function(  # scrolled (smoothly) to the top, under the column heads
        "() => Math.abs(document.querySelector('#op-5').getBoundingClientRect().top - 48) < 8",
        timeout=5000)
    cells = page.locator("#op-5 .cell")
    assert cells.count() == 3
    assert [cells.nth(i).get_attribute("lang") for i in range(3)] == ["en", "zh", "ar"]
    assert page.locator("#op-5 .row-link").inner_text() == "op-5"
    page.screenshot(path=str(SCREENSHOTS / "toc-op-5-three-columns.png"))


def test_go_to_paragraph_with_and_without_javascript(visit):
    page = visit(THREE)
    page.fill("#go-to", "pp 4")
    page.locator(".go-to button").click()
    page.wait_for_function("location.hash === '#pp-4'")
    page = visit(THREE, javascript=False)
    page.fill("#go-to", "5")
    page.locator(".go-to button").click()
    page.wait_for_load_state()
    assert page.url.endswith("/A/RES/75/16/?langs=en,zh,ar#op-5")


def test_the_merged_row_is_labelled_pp_4_5(visit):
    page = visit("/A/RES/75/16/?langs=en,ar#pp-5")
    label = page.locator("#pp-4 .row-link")
    assert label.inner_text() == "pp-4–5"
    assert "is-in-range" in page.locator("#pp-4").get_attribute("class")
    page.locator("#pp-4 details.cite > summary").click()
    citation = page.locator("#pp-4 .citation")
    assert citation.is_visible()
    assert "A/RES/75/16, preambular paras. 4–5" in citation.inner_text()
    page.locator("#pp-4").screenshot(path=str(SCREENSHOTS / "merged-row-pp-4-5.png"))


def test_copy_citation_copies_the_reference_and_permalink(visit):
    page = visit(THREE)
    page.context.grant_permissions(["clipboard-read", "clipboard-write"],
                                   origin=visit.base)
    page.locator("#op-5 details.cite > summary").click()
    button = page.locator("#op-5 .copy-citation")
    assert button.inner_text() == "Copy"
    button.click()
    page.wait_for_function(
        "document.querySelector('#op-5 .copy-citation').textContent === 'Copied'")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == f"A/RES/75/16, para. 5, {visit.base}/A/RES/75/16/#op-5"


def test_alignment_marks_on_demand_without_javascript(visit):
    page = visit("/A/RES/75/16/?langs=en,ar", javascript=False)
    assert page.locator(".badge").count() == 0
    page.locator("a[data-toggle=marks]").click()
    page.wait_for_load_state()
    assert "confidence=show" in page.url
    assert page.locator("#pp-4 .badge-weak").count() == 1
    assert page.locator(".legend").is_visible()


def test_an_arabic_only_page_reads_from_the_right(visit):
    page = visit("/A/RES/75/16/?langs=ar")
    meta = page.locator("#pp-4 .row-meta").bounding_box()
    cell = page.locator("#pp-4 .cell[lang=ar]").bounding_box()
    assert meta["x"] > cell["x"]


def test_the_interface_language_switcher_keeps_the_row(visit):
    page = visit(f"{THREE}#op-5")
    in_view(page, "#op-5")
    page.locator(".interface-languages a[lang=fr]").click()
    page.wait_for_load_state()
    assert page.get_attribute("html", "lang") == "fr"
    assert page.url.endswith("#op-5")
    assert page.locator("details.toc > summary").inner_text() == "Sommaire"


def test_the_404_page_offers_the_closest_symbols_and_a_search(visit):
    visit.allow_404 = True
    page = visit("/A/RES/75/17/")
    assert page.locator("h1").inner_text() == "Page not found"
    assert page.locator(".suggestions a").first.inner_text() == "A/RES/75/16"
    page.screenshot(path=str(SCREENSHOTS / "404.png"))
    page.fill("#nf-q", "Islamic")
    page.locator("form[role=search] button").click()
    page.wait_for_load_state()
    assert page.locator(".document .symbol").first.inner_text() == "A/RES/75/16"


def test_a_record_at_phone_width(visit):
    page = visit("/S/PV.7050/", width=390, height=844)
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0
    assert page.locator(".kind-attendance").count() == 0
    assert page.locator(".speaker-name").first.inner_text() == "主席（阿塞拜疆）"
    agenda_link = page.locator(".agenda a", has_text="S/2013/588")
    assert agenda_link.get_attribute("href") == "https://undocs.org/S/2013/588"
    page.screenshot(path=str(SCREENSHOTS / "record-phone.png"))
    page.locator("#turn-4").scroll_into_view_if_needed()
    page.screenshot(path=str(SCREENSHOTS / "record-phone-speakers.png"))
