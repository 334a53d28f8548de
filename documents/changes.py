"""One place where every write a reader can see is announced.

The services that write (ingest, publication, curation, alignment) call
``document_changed`` inside their transaction. What depends on a document's
published content hangs off this one call:

- inside the transaction, the document's freshness stamp
  (``Document.revision``/``changed_at``) is bumped, so its pages and API
  answers get a new ETag exactly when the write commits; the documents it
  cites and the documents citing it are noted, since their "cited by" and
  "cites" lists show it;
- once the transaction commits (never before: a rolled-back write leaves
  everything as it was), those neighbours' stamps are bumped too, the search
  index is brought up to date, and the reading view's cache is warmed again
  for the pages readers asked for, if the document is published.

The neighbours are bumped after the commit, in their own statement, so that
two writers of documents citing each other never wait on each other's rows
(a deadlock). Database triggers (migration 0004) bump the stamp as well on
any write to a version, a link or an edition, so a write that bypasses the
services still changes the ETag.

Several calls in one transaction make one round of after-commit work.

"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from django.db import DatabaseError, connection, transaction
from django.db.models import F, Q
from django.db.models.functions import Now

logger = logging.getLogger("concord.changes")


@dataclass
class _Pending:
    """What was announced on this connection since the last flush."""

    documents: set[int] = field(default_factory=set)
    neighbours: set[int] = field(default_factory=set)


def document_changed(document_id: int) -> None:
    """Announce that ``document_id``'s readable content changed in the
    current transaction."""
    bump_revisions([document_id])
    pending = _pending()
    pending.documents.add(document_id)
    pending.neighbours |= citation_neighbours(document_id)
    transaction.on_commit(_flush)


def _pending() -> _Pending:
    pending = getattr(connection, "concord_pending_changes", None)
    if pending is None:
        pending = connection.concord_pending_changes = _Pending()
    return pending


def _flush() -> None:
    """Run after a commit: the first callback of the commit does the work
    for every announcement since the last flush, the others find nothing
    left. (Announcements of a rolled-back transaction stay and are done at
    the next commit: extra work, never a stale page.)"""
    pending = _pending()
    connection.concord_pending_changes = _Pending()
    if pending.documents:
        _after_commit(pending)


def bump_revisions(document_ids) -> int:
    """Give each document a new freshness stamp (one UPDATE)."""
    from documents.models import Document

    ids = sorted(set(document_ids))
    if not ids:
        return 0
    bump = Document.objects.filter(pk__in=ids)
    if len(ids) == 1:
        return bump.update(revision=F("revision") + 1, changed_at=Now())
    with transaction.atomic():  # rows locked in one order: two bumps never deadlock
        list(bump.order_by("pk").select_for_update().values_list("pk", flat=True))
        return bump.update(revision=F("revision") + 1, changed_at=Now())


def citation_neighbours(document_id: int) -> set[int]:
    """The documents whose pages show ``document_id`` among their citations:
    those it cites (their "cited by") and those citing it (their "cites"
    link to it only while it is published). One query."""
    from documents.models import Reference

    rows = Reference.objects.filter(
        Q(version__document_id=document_id, target__isnull=False) | Q(target_id=document_id)
    ).values_list("version__document_id", "target_id")
    return {i for pair in rows for i in pair if i is not None and i != document_id}


def _after_commit(pending: _Pending) -> None:
    try:
        bump_revisions(pending.neighbours)
    except DatabaseError:  # the write stands; the neighbours' pages change at their next write
        logger.exception("bumping the stamps of documents %s failed", sorted(pending.neighbours))
    from documents import search

    search.index_documents(sorted(pending.documents))
    from documents.web import page_cache

    page_cache.forget_stamps(pending.documents | pending.neighbours)
    for document_id in sorted(pending.documents):
        try:
            page_cache.warm(document_id)
        except Exception:  # a cold cache is slower, never wrong: the write stands
            logger.exception("warming the reading view of document %s failed", document_id)
