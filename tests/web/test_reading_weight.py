"""The reading view does the work of the page it shows, and prints no more
than it needs: a page of rows of a long document makes the paragraphs of
its own rows (and the headings its contents quote), not the whole table's;
the contents, written in Python, are escaped like the rest; the rows carry
no attribute nothing reads."""

from __future__ import annotations

import re

import pytest

from documents import collector, selectors
from documents.web import pages

from .helpers import collector_states

pytestmark = pytest.mark.django_db


@pytest.fixture
def long_document(make_version, monkeypatch):
    monkeypatch.setattr(pages, "ROWS_PER_PAGE", 4)
    paragraphs = [("title", "", "A <b>long</b> & winding title")] + [
        ("operative", str(n), f"Decides point {n};") for n in range(1, 12)
    ]  # 12 rows: title, op-1..11 -> pages of 4, 4 and 4 rows
    make_version("A/RES/8/8", "en", paragraphs)
    return make_version("A/RES/8/8", "fr", [(k, n, t.replace("Decides", "Décide"))
                                            for k, n, t in paragraphs]).document


def test_a_page_of_rows_makes_only_its_own_paragraphs(client, long_document, monkeypatch):
    """Page 2 shows op-4..op-7 in two columns (8 paragraphs) and quotes the
    title in its contents: 9 paragraph dicts, not the 24 of the document."""
    made = []
    real = selectors.stored_paragraph_dict

    def counting(paragraph, refs):
        made.append((paragraph.version_id, paragraph.anchor))
        return real(paragraph, refs)

    monkeypatch.setattr(selectors, "stored_paragraph_dict", counting)
    html = client.get("/A/RES/8/8/?langs=en,fr&page=2").content.decode()
    assert re.findall(r'<div class="row [^"]*" id="([^"]+)"', html) == [
        "op-4", "op-5", "op-6", "op-7"]
    assert sorted(anchor for _version, anchor in made) == sorted(
        ["p-1"] + [f"op-{n}" for n in range(4, 8)] * 2)
    # the contents still link every row, on whatever page
    assert 'href="/A/RES/8/8/?langs=en,fr#p-1"' in html  # the title, on page 1
    assert 'href="#op-5"' in html
    assert 'href="/A/RES/8/8/?langs=en,fr&amp;page=3#op-11"' in html


def test_the_contents_escape_what_they_quote(client, long_document):
    html = client.get("/A/RES/8/8/?langs=en,fr").content.decode()
    contents = html[html.index('<details class="menu toc"'):]
    contents = contents[: contents.index("</details>")]
    assert "A &lt;b&gt;long&lt;/b&gt; &amp; winding title" in contents
    assert "<b>" not in contents
    assert 'aria-label="Operative paragraph 3">3</a>' in contents


def test_rows_carry_no_attribute_nothing_reads(client, resolution):
    html = client.get("/A/RES/1/1/?langs=en,zh,ar").content.decode()
    rows = html[html.index('<div class="row '):html.index('<section class="references"')
                if '<section class="references"' in html else len(html)]
    assert "data-lang=" not in rows  # a cell's language is its lang attribute
    assert "data-citation" not in html  # the citation is printed once, Copy reads it
    assert rows.count('<span class="citation-text">') == len(
        re.findall(r'<div class="row [^"]*" id=', rows))
    assert not re.search(r'<div class="row [^"]*kind-', rows)  # kinds are the paragraphs'
    assert 'class="para kind-operative"' in rows


def test_the_collector_is_paused_while_a_page_is_built_and_back_after():
    import gc

    assert gc.isenabled()
    with collector.paused():
        assert not gc.isenabled()
        with collector.paused():  # another thread's page, or a nested one
            assert not gc.isenabled()
        assert not gc.isenabled()  # the first page is not finished
    assert gc.isenabled()
    with pytest.raises(ValueError), collector.paused():
        raise ValueError("a page that fails")
    assert gc.isenabled()


def test_a_pause_leaves_a_collector_turned_off_off():
    import gc

    gc.disable()
    try:
        with collector.paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_overlapping_pauses_still_collect_now_and_then(monkeypatch):
    """Threads whose pages overlap without end would keep the collector off
    for ever: past HOLD_LIMIT, the page that ends runs a collection."""
    import gc

    clock = [1000.0]
    collected = []
    monkeypatch.setattr(collector.time, "monotonic", lambda: clock[0])
    monkeypatch.setattr(collector.gc, "collect",
                        lambda generation=2: collected.append((clock[0], generation)))
    monkeypatch.setattr(collector, "_last_full", 1000.0)
    with collector.paused():  # a long page of one thread...
        with collector.paused():  # ...and another thread's, ending soon
            pass
        assert collected == []
        for _ in range(14):
            clock[0] += collector.HOLD_LIMIT + 0.5
            with collector.paused():  # pages of other threads, one after another
                pass
        assert not gc.isenabled()
    assert [t for t, _generation in collected] == [1000.0 + 2.5 * n for n in range(1, 15)]
    # young collections, and a full one once FULL_EVERY has passed
    assert [t for t, generation in collected if generation == 2] == [1032.5]
    assert {generation for _t, generation in collected} == {1, 2}
    assert gc.isenabled()


def test_the_reading_view_builds_its_page_with_the_collector_paused(client, resolution,
                                                                   monkeypatch):
    import gc

    seen = collector_states(monkeypatch, pages, "reading_page")
    assert client.get("/A/RES/1/1/?langs=en,zh").status_code == 200
    assert seen == [False]
    assert gc.isenabled()
