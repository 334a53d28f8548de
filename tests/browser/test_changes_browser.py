"""The changes page in a real browser: the two Chinese editions side by side
with their diff, the unchanged paragraphs hidden and shown again, the keys
that go from change to change, the translations of the older edition on
demand, and the page without JavaScript."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import SCREENSHOTS

pytestmark = pytest.mark.browser

CHANGES = "/A/RES/75/16/changes/?since=A/RES/63/114&lang=zh"
EDITION = Path(__file__).resolve().parents[1] / "editions" / "data" / "A-RES-77-999.en.txt"


def test_the_diff_of_the_chinese_editions_side_by_side(open_page):
    page = open_page(CHANGES)
    title = page.locator("#new-title")
    old, new = title.locator(".cell-old"), title.locator(".cell-new")
    assert old.locator("del").first.inner_text() == "会议"
    assert new.locator("ins").first.inner_text() == "合作"
    # the older edition on the left, the newer on the right, on one line
    old_box, new_box = old.bounding_box(), new.bounding_box()
    assert old_box["x"] + old_box["width"] <= new_box["x"] + 1
    assert abs(old_box["y"] - new_box["y"]) < 2
    # deleted and inserted text look different from the rest
    background = "e => getComputedStyle(e).backgroundColor"
    assert old.locator("del").first.evaluate(background) != old.evaluate(background)
    assert new.locator("ins").first.evaluate(background) != new.evaluate(background)
    assert "line-through" in old.locator("del").first.evaluate(
        "e => getComputedStyle(e).textDecorationLine")
    assert title.locator(".match").inner_text() == "85 %"
    # a dropped paragraph and a new one show an explicit empty side
    assert page.locator("#old-pp-8 .cell-new .missing").inner_text() == "not in A/RES/75/16"
    assert page.locator("#new-h-1 .cell-old .missing").inner_text() == "not in A/RES/63/114"
    assert page.locator("#new-op-20 .badge-moved").is_visible()
    page.screenshot(path=str(SCREENSHOTS / "changes-zh.png"))


def test_unchanged_paragraphs_hide_and_n_goes_to_the_next_change(open_page):
    page = open_page(CHANGES)
    button = page.locator("button.toggle-unchanged")
    assert button.is_visible()
    assert page.locator("#new-intro").is_visible()
    button.click()
    assert not page.locator("#new-intro").is_visible()
    assert button.get_attribute("aria-pressed") == "true"
    assert page.locator("#new-title").is_visible()
    button.click()
    assert page.locator("#new-intro").is_visible()

    page.locator("body").click(position={"x": 5, "y": 5})
    page.keyboard.press("n")
    page.wait_for_function("location.hash === '#new-h-1'")
    page.keyboard.press("n")
    page.wait_for_function("location.hash === '#new-h-2'")
    page.keyboard.press("p")
    page.wait_for_function("location.hash === '#new-h-1'")
    assert "is-current" in page.locator("#new-h-1").get_attribute("class")


@pytest.fixture
def constructed_edition(live_corpus):
    """The constructed English edition A/RES/77/999, stored before the
    browser starts (its event loop forbids database calls in this thread)."""
    from documents.services import ingest_version

    ingest_version(raw=EDITION.read_bytes(), symbol="A/RES/77/999", language="en")


def test_the_translations_of_the_older_edition_open_on_demand(constructed_edition, open_page):
    """The constructed English edition against A/RES/75/16 with its Chinese
    and Arabic: a changed paragraph shows, on demand, how its closest
    earlier paragraph was translated."""
    page = open_page("/A/RES/77/999/changes/?since=A/RES/75/16&lang=en&langs=zh,ar")
    row = page.locator("#new-op-25")
    assert row.locator(".cell-old del").inner_text().strip() == "seventh"
    assert row.locator(".cell-new ins").inner_text().strip() == "ninth"
    details = row.locator("details.memory")
    assert "96 %" in details.locator("summary").inner_text()
    zh, ar = details.locator("dd[lang=zh]"), details.locator("dd[lang=ar]")
    assert not zh.is_visible()
    details.locator("summary").click()
    assert zh.is_visible() and ar.is_visible()
    assert "第七十七届会议" in zh.inner_text()
    assert ar.evaluate("e => getComputedStyle(e).direction") == "rtl"
    swapped = page.locator(".is-moved")
    assert swapped.count() == 1 and swapped.first.get_attribute("id") in ("new-pp-9", "new-pp-10")
    row.scroll_into_view_if_needed()
    page.screenshot(path=str(SCREENSHOTS / "changes-en-memory.png"))


def test_the_page_works_without_javascript(open_page):
    page = open_page(CHANGES, javascript=False)
    assert not page.locator("button.toggle-unchanged").is_visible()
    assert page.locator(".change-row").count() == 65
    page.select_option("#since", "A/RES/63/114")
    page.check("input[name=only]")
    page.locator(".changes-form button[type=submit]").click()
    page.wait_for_url("**only=changes**")
    assert page.locator(".status-unchanged").count() == 0
    assert page.locator("#new-title del").first.inner_text() == "会议"


def test_phone_width_stacks_the_two_editions(open_page):
    page = open_page(CHANGES, width=390, height=844)
    old = page.locator("#new-title .cell-old").bounding_box()
    new = page.locator("#new-title .cell-new").bounding_box()
    assert new["y"] >= old["y"] + old["height"] - 1
    overflow = page.evaluate("document.documentElement.scrollWidth - innerWidth")
    assert overflow <= 1
    page.screenshot(path=str(SCREENSHOTS / "changes-phone.png"))
