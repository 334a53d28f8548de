"""The reading view's translation memory in a real browser: an English
edition with an earlier one (A/RES/77/999, written by editing A/RES/75/16,
as tests/web/test_reading_memory.py builds it) is opened plain; its
"Translation memory" control turns the memory on; under a paragraph the
panel shows the match and, unfolded, how the earlier edition translated
that paragraph (Chinese, and Arabic right to left); "Hide the translation
memory" turns it off again; with JavaScript and without. Screenshot in
tests/browser/screenshots/."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import SCREENSHOTS

pytestmark = pytest.mark.browser

EDITION = Path(__file__).resolve().parents[1] / "editions" / "data" / "A-RES-77-999.en.txt"
PLAIN = "/A/RES/77/999/?langs=en"


@pytest.fixture
def edition_with_memory(live_corpus):
    """The sample corpus, the English edition A/RES/77/999 and the series
    found, committed for the live server; the texts A/RES/75/16 gives its
    first operative paragraph, by language."""
    from documents.selectors import aligned_table, get_document
    from documents.series import find_series
    from documents.services import ingest_version

    ingest_version(raw=EDITION.read_bytes(), symbol="A/RES/77/999", language="en")
    find_series()
    table = aligned_table(get_document("A/RES/75/16"), ["en", "zh", "ar"])
    [row] = [r for r in table["rows"] if [p["anchor"] for p in r["cells"]["en"]] == ["op-1"]]
    return {lang: " ".join(p["text"] for p in row["cells"][lang]) for lang in ("en", "ar")} | {
        "zh": "".join(p["text"] for p in row["cells"]["zh"])}


@pytest.mark.parametrize("javascript", [True, False], ids=["script", "no-script"])
def test_the_memory_is_turned_on_shown_under_a_paragraph_and_turned_off(
        edition_with_memory, open_page, javascript):
    """The same with and without JavaScript: the control is a link, the
    panel a <details>."""
    # (the data first: once chromium runs, the test's thread is in an event loop)
    earlier = edition_with_memory
    page = open_page(PLAIN, javascript=javascript)
    assert page.locator(".memory-panel").count() == 0
    assert page.locator("details.memory").count() == 0

    # on, through the page's own control
    toggle = page.locator("a.memory-toggle")
    assert toggle.is_visible() and toggle.inner_text() == "Translation memory"
    toggle.click()
    page.wait_for_url("**/A/RES/77/999/?langs=en&memory=1")
    panel = page.locator(".memory-panel")
    assert panel.is_visible()
    assert "the closest paragraph of A/RES/75/16" in panel.inner_text()
    assert page.locator("a.memory-toggle").count() == 0

    # under the first operative paragraph: the match and the earlier edition's paragraph
    paragraph = page.locator("#en-op-1")
    memory = paragraph.locator("xpath=following-sibling::details[contains(@class, 'memory')][1]")
    assert memory.is_visible()
    paragraph_box, memory_box = paragraph.bounding_box(), memory.bounding_box()
    assert memory_box["y"] >= paragraph_box["y"] + paragraph_box["height"] - 1, "under it"
    assert memory.locator(".memory-match").inner_text() == "100 %"
    assert memory.get_attribute("data-match") == "100"
    assert "A/RES/75/16 op-1" in memory.locator("summary").inner_text()

    # folded: the earlier paragraph and its translations show once opened
    source = memory.locator(".memory-source")
    chinese = memory.locator("dd[lang=zh]")
    arabic = memory.locator("dd[lang=ar]")
    assert not source.is_visible() and not chinese.is_visible()
    memory.locator("summary").click()
    assert memory.evaluate("e => e.open")
    assert source.is_visible() and source.inner_text() == earlier["en"]
    assert chinese.is_visible() and chinese.inner_text() == earlier["zh"]
    assert arabic.is_visible() and arabic.inner_text() == earlier["ar"]
    assert arabic.evaluate("e => getComputedStyle(e).direction") == "rtl"
    assert chinese.evaluate("e => getComputedStyle(e).direction") == "ltr"
    if javascript:
        page.screenshot(path=str(SCREENSHOTS / "memory-en.png"))

    # off again: back to the plain page, its control offered again
    page.locator("a.memory-hide").click()
    page.wait_for_url(f"**{PLAIN}")
    assert page.locator(".memory-panel").count() == 0
    assert page.locator("details.memory").count() == 0
    assert page.locator("a.memory-toggle").is_visible()
    assert page.locator("#en-op-1").is_visible()
