"""The index on disk, beside PostgreSQL: build, update, open, and say
whether it reflects the database.

Layout under the index directory (``SEARCH_INDEX_DIR``)::

    CURRENT            the name of the generation searches read
    gen-<time>-<id>/   one Tantivy index, and its manifest.json
    write.lock         held (flock) by whoever writes

A rebuild writes a new generation while searches keep reading the current
one, then, holding the write lock, brings it up to date with what changed
meanwhile and makes it current: searches never see a half-built index.
An update (``replace_documents``) re-indexes whole documents (every
published version of each) in the current generation under the lock.

``manifest.json`` records, per document, the published versions the index
holds and their ``updated_at``; its ``Fingerprint`` compared with the
database's says whether the index is fresh (``status``). Each process keeps
the current generation open and reloads it when CURRENT or the manifest
changes on disk, so an update made by one worker is seen by all.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import shutil
import threading
import time
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import tantivy
from django.utils.translation import gettext, gettext_noop

from . import schema as f
from .analysis import analyse, word_pairs
from .records import (
    Fingerprint,
    ParagraphRecord,
    VersionStamps,
    all_document_ids,
    paragraph_records,
    version_stamps,
)

logger = logging.getLogger(__name__)

CURRENT = "CURRENT"
MANIFEST = "manifest.json"
WRITE_LOCK = "write.lock"
GENERATION_PREFIX = "gen-"

UPDATE_HEAP = 32_000_000
REBUILD_HEAP = 400_000_000

MISSING = "missing"
STALE = "stale"
FRESH = "fresh"

# The reasons are translated where they are shown (``Status.translated``).
NOT_BUILT = gettext_noop(
    "The search index has not been built: run `python manage.py rebuild_search_index`."
)
OLD_SCHEMA = gettext_noop(
    "The search index was built by an older version of Concord: run "
    "`python manage.py rebuild_search_index`."
)
BEHIND = gettext_noop(
    "The search index is behind the database (it holds {indexed} published versions, "
    "the database {database}, or some changed since): run "
    "`python manage.py rebuild_search_index`."
)
UNREADABLE = gettext_noop(
    "The search index cannot be read ({error}): run `python manage.py rebuild_search_index`."
)


class IndexBusy(Exception):
    """Another process held the write lock for longer than the timeout."""


# -- the manifest --------------------------------------------------------------


@dataclass
class Manifest:
    """What one generation holds: document id -> {version id: updated_at}."""

    schema: int
    built_at: str
    documents: dict[int, VersionStamps] = field(default_factory=dict)

    @property
    def stamps(self) -> VersionStamps:
        return {v: at for versions in self.documents.values() for v, at in versions.items()}

    def fingerprint(self) -> Fingerprint:
        return Fingerprint.of_stamps(self.stamps)

    def set_documents(self, document_ids: Iterable[int], stamps: VersionStamps,
                      version_documents: dict[int, int]) -> None:
        for document_id in document_ids:
            self.documents.pop(document_id, None)
        for version_id, at in stamps.items():
            self.documents.setdefault(version_documents[version_id], {})[version_id] = at

    def to_json(self) -> str:
        return json.dumps({
            "schema": self.schema,
            "built_at": self.built_at,
            "documents": {str(d): {str(v): at for v, at in vs.items()}
                          for d, vs in self.documents.items()},
        })  # fmt: skip

    @classmethod
    def from_json(cls, text: str) -> Manifest:
        data = json.loads(text)
        return cls(
            schema=data["schema"],
            built_at=data["built_at"],
            documents={int(d): {int(v): at for v, at in vs.items()}
                       for d, vs in data["documents"].items()},
        )  # fmt: skip


def _write_atomically(path: Path, text: str) -> None:
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


# -- index documents ------------------------------------------------------------


def index_document(record: ParagraphRecord) -> tantivy.Document:
    """One paragraph as the index holds it (see ``schema``)."""
    doc = tantivy.Document()
    doc.add_unsigned(f.PARAGRAPH_ID, record.paragraph_id)
    doc.add_unsigned(f.DOCUMENT_ID, record.document_id)
    doc.add_unsigned(f.VERSION_ID, record.version_id)
    doc.add_unsigned(f.ORDER, record.order)
    doc.add_text(f.SYMBOL, record.symbol)
    doc.add_text(f.LANGUAGE, record.language)
    doc.add_text(f.BODY, record.body.lower())
    doc.add_text(f.KIND, record.kind)
    if record.session is not None:
        doc.add_integer(f.SESSION, record.session)
    if record.year is not None:
        doc.add_integer(f.YEAR, record.year)
    for symbol in dict.fromkeys(c[0] for c in record.citations):
        doc.add_text(f.SYMBOLS, symbol)
    doc.add_bytes(f.ANCHOR, record.anchor.encode())
    doc.add_bytes(f.TEXT, record.text.encode())
    doc.add_bytes(f.CITATIONS, json.dumps(record.citations, ensure_ascii=False).encode())
    analysed = analyse(record.text, record.language)
    tokens = [
        tantivy.Token(t.term, t.position, t.start, t.end)
        for t in sorted(analysed + word_pairs(analysed), key=_by_position)
    ]
    doc.add_pre_tokenized_text(
        f.text_field(record.language), tantivy.PreTokenizedString(record.text, tokens)
    )
    return doc


def _by_position(token) -> int:
    return token.position


# -- locations and locks ------------------------------------------------------------


def _current_name(root: Path) -> str | None:
    try:
        return (root / CURRENT).read_text(encoding="utf-8").strip() or None
    except FileNotFoundError:
        return None


@contextlib.contextmanager
def write_lock(root: Path, timeout: float) -> Iterator[None]:
    """Hold the index's write lock (one writer at a time, across processes)."""
    root.mkdir(parents=True, exist_ok=True)
    with open(root / WRITE_LOCK, "a+") as handle:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise IndexBusy(
                        f"the search index at {root} is locked by another writer"
                    ) from None
                time.sleep(0.05)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


# -- reading -------------------------------------------------------------------------


@dataclass
class OpenIndex:
    """The current generation of one index directory, open in this process."""

    root: Path
    name: str
    index: tantivy.Index
    manifest: Manifest
    manifest_version: tuple[int, int]
    fingerprint: Fingerprint

    @property
    def path(self) -> Path:
        return self.root / self.name


_open: dict[Path, OpenIndex] = {}
_open_lock = threading.Lock()


def _manifest_version(path: Path) -> tuple[int, int]:
    """Changes whenever the manifest is written again: each write replaces
    the file (a new inode), whatever the clock's resolution."""
    stat = (path / MANIFEST).stat()
    return stat.st_ino, stat.st_mtime_ns


def open_current(root: Path) -> OpenIndex | None:
    """The current generation, opened once per process and reloaded when
    another process changed it; None when there is none."""
    root = Path(root)
    name = _current_name(root)
    if name is None:
        return None
    path = root / name
    version = _manifest_version(path)
    with _open_lock:
        known = _open.get(root)
        if known is not None and known.name == name and known.manifest_version == version:
            return known
        if known is not None and known.name == name:
            known.index.reload()
            index = known.index
        else:
            index = tantivy.Index.open(str(path))
        manifest = Manifest.from_json((path / MANIFEST).read_text(encoding="utf-8"))
        opened = OpenIndex(root, name, index, manifest, version, manifest.fingerprint())
        _open[root] = opened
        return opened


def forget(root: Path) -> None:
    """Drop this process's open generation of ``root`` and what it knew of
    the database (tests, rebuilds, updates)."""
    with _open_lock:
        _open.pop(Path(root), None)
        _database_fingerprints.pop(Path(root), None)


_database_fingerprints: dict[Path, tuple[float, Fingerprint]] = {}


def _database_fingerprint(root: Path, max_age: float) -> Fingerprint:
    """``Fingerprint.of_database()``, read again when older than
    ``max_age`` seconds (one aggregate over the published versions: a few
    milliseconds at a million paragraphs, spared to most searches)."""
    now = time.monotonic()
    known = _database_fingerprints.get(root)
    if known is not None and now - known[0] < max_age:
        return known[1]
    fingerprint = Fingerprint.of_database()
    _database_fingerprints[root] = (now, fingerprint)
    return fingerprint


@dataclass(frozen=True)
class Status:
    """``reason``: one of the messages above, its ``{placeholders}`` filled
    from ``params``: in English (``message``) or in the active language
    (``translated``)."""

    state: str  # MISSING, STALE or FRESH
    reason: str = ""
    opened: OpenIndex | None = None
    params: dict = field(default_factory=dict)

    @property
    def message(self) -> str:
        return self.reason.format(**self.params)

    def translated(self) -> str:
        return gettext(self.reason).format(**self.params) if self.reason else ""


def status(root: Path, max_age: float = 0) -> Status:
    """Whether the index of ``root`` can answer for the database: one
    aggregate query on the database (or its result, up to ``max_age``
    seconds old), a stat or two on disk."""
    try:
        opened = open_current(root)
    except (OSError, ValueError, KeyError) as error:
        return Status(MISSING, UNREADABLE, params={"error": error})
    if opened is None:
        return Status(MISSING, NOT_BUILT)
    if opened.manifest.schema != f.SCHEMA_VERSION:
        return Status(STALE, OLD_SCHEMA, opened)
    database = _database_fingerprint(Path(root), max_age)
    if database != opened.fingerprint:
        counts = {"indexed": opened.fingerprint.versions, "database": database.versions}
        return Status(STALE, BEHIND, opened, counts)
    return Status(FRESH, "", opened)


# -- writing -------------------------------------------------------------------------


def _add(writer: tantivy.IndexWriter, document_ids: list[int]) -> int:
    count = 0
    for record in paragraph_records(document_ids):
        writer.add_document(index_document(record))
        count += 1
    return count


def _version_documents(document_ids: list[int]) -> tuple[VersionStamps, dict[int, int]]:
    from documents.models import Version

    stamps = version_stamps(document_ids)
    owners = dict(
        Version.objects.filter(pk__in=list(stamps)).values_list("id", "document_id")
    )
    return stamps, owners


def replace_documents(root: Path, document_ids: Iterable[int], *, lock_timeout: float) -> bool:
    """Re-index these documents (their published versions, or nothing when
    they have none left or are gone) in the current generation. False when
    there is no index to update (it stays missing until a rebuild)."""
    root = Path(root)
    document_ids = sorted(set(document_ids))
    with write_lock(root, lock_timeout):
        name = _current_name(root)
        if name is None:
            return False
        _replace_in(root / name, document_ids)
    forget(root)  # this process changed the database: look at it again
    return True


def _replace_in(path: Path, document_ids: list[int]) -> None:
    manifest = Manifest.from_json((path / MANIFEST).read_text(encoding="utf-8"))
    stamps, owners = _version_documents(document_ids)
    index = tantivy.Index.open(str(path))
    writer = index.writer(UPDATE_HEAP, 1)
    # by query: deleting by an unsigned term matches nothing in tantivy-py 0.27
    writer.delete_documents_by_query(
        tantivy.Query.term_set_query(index.schema, f.DOCUMENT_ID, document_ids)
    )
    _add(writer, document_ids)
    writer.commit()
    writer.wait_merging_threads()
    manifest.set_documents(document_ids, stamps, owners)
    _write_atomically(path / MANIFEST, manifest.to_json())


@dataclass(frozen=True)
class RebuildReport:
    generation: str
    paragraphs: int
    documents: int
    caught_up: int
    seconds: float


def rebuild(root: Path, *, lock_timeout: float, progress=None) -> RebuildReport:
    """Build a new generation from the database and make it current."""
    started = time.perf_counter()
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    name = f"{GENERATION_PREFIX}{stamp}-{uuid.uuid4().hex[:8]}"
    path = root / name
    path.mkdir()
    try:
        document_ids = all_document_ids()
        stamps, owners = _version_documents(document_ids)
        index = tantivy.Index(f.build_schema(), str(path))
        writer = index.writer(REBUILD_HEAP, 0)
        paragraphs = 0
        for record in paragraph_records(document_ids):
            writer.add_document(index_document(record))
            paragraphs += 1
            if progress and paragraphs % 50_000 == 0:
                progress(paragraphs)
        writer.commit()
        writer.wait_merging_threads()
        manifest = Manifest(f.SCHEMA_VERSION, datetime.now(UTC).isoformat())
        manifest.set_documents(document_ids, stamps, owners)
        _write_atomically(path / MANIFEST, manifest.to_json())
        with write_lock(root, lock_timeout):
            changed = _changed_documents(manifest)
            if changed:
                _replace_in(path, changed)
            _write_atomically(root / CURRENT, name)
        forget(root)
    except BaseException:
        shutil.rmtree(path, ignore_errors=True)
        raise
    _remove_old_generations(root, keep={name})
    return RebuildReport(name, paragraphs, len(document_ids), len(changed),
                         time.perf_counter() - started)


def _changed_documents(manifest: Manifest) -> list[int]:
    """Documents whose published versions differ from what ``manifest``
    holds (changed while a rebuild read the database)."""
    from documents.models import Version

    indexed = manifest.stamps
    database = version_stamps()
    differing = {v for v in indexed.keys() | database.keys() if indexed.get(v) != database.get(v)}
    if not differing:
        return []
    owners = {v: d for d, versions in manifest.documents.items() for v in versions}
    owners.update(
        Version.objects.filter(pk__in=[v for v in differing if v not in owners])
        .values_list("id", "document_id")
    )
    return sorted({owners[v] for v in differing if v in owners})


def _remove_old_generations(root: Path, keep: set[str]) -> None:
    """Old generations, but the newest of them: a process that has not yet
    seen CURRENT change may still be reading it."""
    old = sorted(
        (p for p in root.glob(f"{GENERATION_PREFIX}*") if p.is_dir() and p.name not in keep),
        key=lambda p: p.stat().st_mtime,
    )
    for path in old[:-1]:
        shutil.rmtree(path, ignore_errors=True)
