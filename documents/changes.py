"""One place where every write a reader can see is announced.

The services that write (ingest, publication, curation, alignment) call
``document_changed`` inside their transaction. What depends on a document's
published content hangs off this one call: the search index is brought up
to date once the transaction commits (never before: a rolled-back write
leaves the index as it was).
"""

from __future__ import annotations

from django.db import transaction


def document_changed(document_id: int) -> None:
    """Announce that ``document_id``'s readable content changed in the
    current transaction."""
    transaction.on_commit(lambda: _after_commit(document_id))


def _after_commit(document_id: int) -> None:
    from documents import search

    search.index_documents([document_id])
