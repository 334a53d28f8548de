"""Drafts never change what the public sees.

A draft is a curator's work in progress: ingesting one (or replacing a
version with one) must leave every public surface as it was: the library,
the reading view and the API show the document's details (date, agenda item,
session...), its pivot and so its row anchors from published versions only.
Publishing the draft is what makes it count.
"""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.test import Client

from documents.models import Document, Version
from documents.sample_corpus import SAMPLE_CORPUS_DIR
from documents.services import ingest_version, set_status

SYMBOL = "A/RES/99/7"


def _renumbered(language: str) -> bytes:
    """The sample resolution A/RES/75/16 as A/RES/99/7 (its own symbol line
    agreeing, so the service accepts it)."""
    raw = (SAMPLE_CORPUS_DIR / f"A-RES-75-16.{language}.txt").read_bytes()
    return raw.replace(b"75/16. ", b"99/7. ").replace(b"16/75 -", b"7/99 -")


# The English text with other details than the published versions print:
# another date of adoption and another agenda item.
EN_DRAFT = (
    _renumbered("en")
    .replace(b"23 November 2020", b"1 December 2021")
    .replace(b"Agenda item 130 (b)", b"Agenda item 131 (c)")
)

PUBLIC_PAGES = [
    "/",
    "/?session=2020",
    f"/{SYMBOL}/",
    f"/{SYMBOL}/?langs=zh,ar",
    "/api/v1/documents/",
    "/api/v1/documents/?session=2020",
    f"/api/v1/documents/{SYMBOL}/",
    f"/api/v1/documents/{SYMBOL}/aligned/",
    f"/api/v1/documents/{SYMBOL}/aligned/?langs=zh,ar",
    f"/api/v1/documents/{SYMBOL}/export/?format=jsonl&langs=zh,ar",
]


def public_view() -> dict[str, tuple[int, bytes]]:
    """What an anonymous reader gets from every public surface of SYMBOL."""
    cache.clear()  # the reading view's HTML cache: render afresh
    client = Client()
    return {
        url: (response.status_code, response.content)
        for url in PUBLIC_PAGES
        for response in [client.get(url)]
    }


def document_details(symbol: str = SYMBOL) -> dict:
    document = Document.objects.get(symbol=symbol)
    return {
        field: getattr(document, field)
        for field in ("kind", "body", "session", "meeting_number", "date", "agenda_item",
                      "pivot_language")
    }


@pytest.fixture
def published_zh_ar(db):
    """SYMBOL published in Chinese (ingested first: the pivot) and Arabic."""
    ingest_version(raw=_renumbered("zh"), symbol=SYMBOL, language="zh")
    ingest_version(raw=_renumbered("ar"), symbol=SYMBOL, language="ar")
    details = document_details()
    assert details["pivot_language"] == "zh"
    assert str(details["date"]) == "2020-11-23"
    return details


def test_a_draft_changes_no_detail_of_its_document(published_zh_ar):
    """An English draft with another date and agenda item changes neither,
    nor the pivot (English would be the pivot once published)."""
    ingest_version(raw=EN_DRAFT, symbol=SYMBOL, language="en", draft=True)
    assert document_details() == published_zh_ar


def test_a_draft_changes_nothing_on_the_public_surfaces(published_zh_ar):
    """The library, the reading view and every API read answer byte for byte
    as before: same date, agenda item, pivot and row anchors."""
    before = public_view()
    assert all(status == 200 for status, _ in before.values()), {
        url: status for url, (status, _) in before.items()
    }
    ingest_version(raw=EN_DRAFT, symbol=SYMBOL, language="en", draft=True)
    after = public_view()
    changed = [url for url in PUBLIC_PAGES if after[url] != before[url]]
    assert changed == []


def test_a_draft_replacing_a_published_version_changes_no_detail(db):
    """Replacing the published English version by a draft of another text
    keeps the details the published text gave (the draft's wait for
    publication)."""
    ingest_version(raw=_renumbered("en"), symbol=SYMBOL, language="en")
    ingest_version(raw=_renumbered("zh"), symbol=SYMBOL, language="zh")
    before = document_details()
    ingest_version(raw=EN_DRAFT, symbol=SYMBOL, language="en", draft=True, replace=True)
    after = document_details()
    assert (after["date"], after["agenda_item"]) == (before["date"], before["agenda_item"])
    # the English version is no longer public, so the pivot is the published Chinese
    assert after["pivot_language"] == "zh"


def test_the_first_published_version_sets_the_details_not_an_earlier_draft(db):
    """A draft ingested before any published version leaves no trace in the
    details once a version is published."""
    ingest_version(raw=EN_DRAFT, symbol=SYMBOL, language="en", draft=True)
    ingest_version(raw=_renumbered("zh"), symbol=SYMBOL, language="zh")
    details = document_details()
    assert str(details["date"]) == "2020-11-23"
    assert details["agenda_item"] == "130(b)"
    assert details["pivot_language"] == "zh"


def test_publishing_the_draft_makes_it_count(published_zh_ar):
    """Once published, English is the pivot and its details lead."""
    version = ingest_version(raw=EN_DRAFT, symbol=SYMBOL, language="en", draft=True).version
    set_status(version=version, published=True)
    details = document_details()
    assert details["pivot_language"] == "en"
    assert (str(details["date"]), details["agenda_item"]) == ("2021-12-01", "131 (c)")
    client = Client()
    aligned = client.get(f"/api/v1/documents/{SYMBOL}/aligned/?langs=en,zh").json()
    assert aligned["pivot"] == "en"


def test_withdrawing_the_pivot_moves_the_pivot_to_a_published_version(db):
    """The pivot is always a published version while the document has one,
    so the public table is never anchored on a hidden text."""
    ingest_version(raw=_renumbered("en"), symbol=SYMBOL, language="en")
    ingest_version(raw=_renumbered("zh"), symbol=SYMBOL, language="zh")
    set_status(version=Version.objects.get(document__symbol=SYMBOL, language="en"),
               published=False)
    assert document_details()["pivot_language"] == "zh"
    rows = Client().get(f"/api/v1/documents/{SYMBOL}/aligned/?langs=zh").json()["rows"]
    assert rows and all("-only-" not in row["anchor"] for row in rows)
