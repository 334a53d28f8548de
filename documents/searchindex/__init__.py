"""The search index: Tantivy beside PostgreSQL, which stays the system of record.

One module per concern, from pure to stateful:

* ``languages``: what each language's analysis does, as data (stemmer,
  script, Arabic affixes).
* ``analysis``: pure. Text -> tokens (term, character offsets, position),
  the same function for paragraphs and queries; a query string -> a
  ``QueryPlan`` (required words, phrases, cited symbols).
* ``snippets`` and ``concordance``: pure. Highlights from the tokens'
  offsets, snippet windows, key-word-in-context lines and their sort keys.
* ``schema``: the Tantivy schema and the fields' names.
* ``records``: the paragraphs of published versions, read from the database
  as the plain records the index stores.
* ``store``: the index on disk: generations, the manifest of what it holds
  (for freshness), the write lock, rebuild and per-document updates.
* ``engine``: queries: a ``QueryPlan`` and filters -> Tantivy queries ->
  ranked hits with their stored fields, counts per document.

``documents.search`` is the one interface pages, the API, services and
commands use; nothing outside it imports this package, so a distributed
engine can take its place (see the README, "Search").
"""
