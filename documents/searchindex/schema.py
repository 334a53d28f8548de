"""The Tantivy schema: one index document per paragraph of a published
version.

* ``text_<lang>``: the paragraph's tokens (``analysis.analyse``) and its
  word pairs (``analysis.word_pairs``), given to Tantivy pre-tokenized
  with their positions, in the field of the paragraph's language only, so
  each language keeps its own BM25 statistics and a query is analysed per
  language the same way.
* ``symbols``: the stored form of every symbol the paragraph cites (its
  ``Reference`` rows), as exact terms.
* Filters, exact terms: ``language``, ``body`` and ``kind`` (the
  document's), ``session`` and ``year``, ``symbol`` (the document's),
  ``document_id`` and ``version_id`` (updates delete by these).
* Stored for hits without a database round trip: ``paragraph_id``,
  ``symbol``, ``language``, ``order``; ``anchor``, ``text`` and
  ``citations`` as UTF-8 bytes (stored, not indexed). ``citations`` is
  JSON ``[[symbol, start, end], ...]``: where the paragraph cites each
  symbol, for highlighting a hit found through ``symbols``.

``SCHEMA_VERSION`` changes whenever the schema or the analysis does: an
index built with another version is stale and must be rebuilt.
"""

from __future__ import annotations

import tantivy

from .languages import INDEXED_LANGUAGES

SCHEMA_VERSION = 3

PARAGRAPH_ID = "paragraph_id"
DOCUMENT_ID = "document_id"
VERSION_ID = "version_id"
ORDER = "order"
SYMBOL = "symbol"
LANGUAGE = "language"
BODY = "body"
KIND = "kind"
SESSION = "session"
YEAR = "year"
ANCHOR = "anchor"
TEXT = "text"
CITATIONS = "citations"
SYMBOLS = "symbols"


def text_field(language: str) -> str:
    return f"text_{language}"


def build_schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    for name in (PARAGRAPH_ID, DOCUMENT_ID, VERSION_ID):
        builder.add_unsigned_field(name, stored=True, indexed=True, fast=True)
    builder.add_unsigned_field(ORDER, stored=True, fast=True)
    for name in (SESSION, YEAR):
        builder.add_integer_field(name, indexed=True, fast=True)
    for name in (SYMBOL, LANGUAGE):
        builder.add_text_field(name, stored=True, tokenizer_name="raw", index_option="basic")
    for name in (BODY, KIND):
        builder.add_text_field(name, tokenizer_name="raw", index_option="basic")
    builder.add_text_field(SYMBOLS, tokenizer_name="raw", index_option="basic")
    for name in (ANCHOR, TEXT, CITATIONS):  # stored, not indexed: UTF-8 bytes
        builder.add_bytes_field(name, stored=True)
    for language in INDEXED_LANGUAGES:
        builder.add_text_field(text_field(language), tokenizer_name="raw", index_option="position")
    return builder.build()
