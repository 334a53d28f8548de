"""The reading view in a real browser: columns and direction, footnotes,
row highlighting, keyboard, ranges, the phone layout, and no JavaScript."""

from __future__ import annotations

import re

import pytest

from .conftest import SCREENSHOTS

pytestmark = pytest.mark.browser

RESOLUTION = "/A/RES/75/16/?langs=en,zh,ar"


def box(page, selector):
    element = page.locator(selector)
    assert element.count() >= 1, selector
    return element.first.bounding_box()


def in_view(page, selector):
    """Wait (smooth scrolling) until ``selector`` is inside the viewport."""
    page.wait_for_function(
        """s => { const r = document.querySelector(s).getBoundingClientRect();
                  return r.top >= 0 && r.bottom <= innerHeight; }""",
        arg=selector, timeout=5000,
    )


def test_three_columns_with_arabic_on_the_right_reading_right_to_left(open_page):
    page = open_page(RESOLUTION)
    heads = page.locator(".colhead")
    assert heads.count() == 3
    en, zh, ar = (box(page, f"#pp-4 .cell[lang={c}]") for c in ("en", "zh", "ar"))
    assert en["x"] + en["width"] <= zh["x"] + 1
    assert zh["x"] + zh["width"] <= ar["x"] + 1
    # one grid row: the three cells start at the same height
    assert abs(en["y"] - ar["y"]) < 2 and abs(en["y"] - zh["y"]) < 2
    direction = page.eval_on_selector(
        "#pp-4 .cell[lang=ar] .para", "e => getComputedStyle(e).direction")
    assert direction == "rtl"
    assert page.eval_on_selector(
        "#pp-4 .cell[lang=en] .para", "e => getComputedStyle(e).direction") == "ltr"
    # right-to-left text starts at the right edge of its paragraph
    gap = page.eval_on_selector("#ar-pp-4", """p => {
        const range = document.createRange();
        range.selectNodeContents(p);
        return p.getBoundingClientRect().right - range.getClientRects()[0].right;
    }""")
    assert abs(gap) < 2
    page.screenshot(path=str(SCREENSHOTS / "reading-en-zh-ar.png"))


def test_footnote_mark_goes_to_the_note_and_back(open_page):
    page = open_page(RESOLUTION)
    mark = page.locator(".cell[lang=en] sup.fnref a").first
    mark_id = mark.evaluate("a => a.parentElement.id")
    target = mark.get_attribute("href")
    assert re.fullmatch(r"#en-fn-\w+", target)
    mark.click()
    page.wait_for_function(f"location.hash === '{target}'")
    note = page.locator(target)
    assert note.is_visible()
    in_view(page, target)
    back = note.locator(f"a.backlink[href='#{mark_id}']")
    assert back.count() == 1
    back.click()
    page.wait_for_function(f"location.hash === '#{mark_id}'")
    in_view(page, f"#{mark_id}")


def test_hovering_an_english_paragraph_highlights_the_arabic_merge_cell(open_page):
    page = open_page(RESOLUTION)
    merged = page.locator("#pp-4 .cell[lang=ar]")
    assert "is-merge" in merged.get_attribute("class")
    before = merged.evaluate("e => getComputedStyle(e).backgroundColor")
    for anchor in ("en-pp-4", "en-pp-5"):
        page.mouse.move(0, 0)
        page.locator(f"#{anchor}").hover()
        assert "is-aligned" in merged.get_attribute("class")
        assert "is-active" in page.locator("#pp-4").get_attribute("class")
        assert merged.evaluate("e => getComputedStyle(e).backgroundColor") != before
    page.screenshot(path=str(SCREENSHOTS / "reading-hover-merge.png"))


def test_keyboard_moves_between_rows_and_a_range_is_highlighted(open_page):
    page = open_page(f"{RESOLUTION}#pp-3--pp-5")
    in_range = page.locator(".row.is-in-range")
    assert [in_range.nth(i).get_attribute("id") for i in range(in_range.count())] == [
        "pp-3", "pp-4"]  # pp-5 shares the merged row pp-4
    page.locator("#pp-3").focus()
    page.keyboard.press("j")
    assert page.evaluate("document.activeElement.id") == "pp-4"
    page.keyboard.press("ArrowDown")
    following = page.evaluate("document.activeElement.id")
    assert following not in ("pp-3", "pp-4")
    page.keyboard.press("k")
    assert page.evaluate("document.activeElement.id") == "pp-4"


def test_phone_width_stacks_the_columns_without_horizontal_overflow(open_page):
    page = open_page(RESOLUTION, width=390, height=844)
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0
    en, zh, ar = (box(page, f"#pp-4 .cell[lang={c}]") for c in ("en", "zh", "ar"))
    assert en["y"] + en["height"] <= zh["y"] + 1 <= ar["y"] + 1
    assert en["width"] > 300 and ar["width"] > 300
    page.locator("#op-1").scroll_into_view_if_needed()
    page.screenshot(path=str(SCREENSHOTS / "reading-phone.png"))


def test_the_picker_and_record_work_without_javascript(open_page):
    page = open_page("/S/PV.7050/", javascript=False)
    first_turn = page.locator(".speaker-index a").first
    href = first_turn.get_attribute("href")
    first_turn.click()
    assert page.url.endswith(href)
    page.screenshot(path=str(SCREENSHOTS / "record.png"))
    page = open_page("/A/RES/75/16/", javascript=False)
    page.select_option("#col-1", "ar")
    page.select_option("#col-2", "en")
    page.locator(".picker button").click()
    page.wait_for_load_state()
    assert "langs=ar&langs=en" in page.url
    assert [page.locator(".colhead").nth(i).get_attribute("lang") for i in range(2)] == [
        "ar", "en"]


def test_library_at_phone_width(open_page):
    page = open_page("/", width=390, height=844)
    assert page.locator(".document").count() >= 3
    assert page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0
    page.screenshot(path=str(SCREENSHOTS / "library-phone.png"), full_page=True)
