"""Shared fixtures, and the Hypothesis profile of CI.

``sample_corpus`` loads the shipped sample corpus (through the real ingest
service and aligner) into the test's own transaction.
``make_version`` builds a small version straight from paragraph data, for tests that need precise
shapes (long documents, hostile text) without going through the parser.
"""

from __future__ import annotations

import hashlib
import os

import pytest
from django.core.management import call_command
from django.utils.html import escape
from hypothesis import settings as hypothesis_settings

# Property tests in CI are reproducible: the same examples on every run
# (derandomize), no example database carried between runs, and a failure
# printed with the blob that replays it. Locally they explore new examples
# each run. Loaded here, before any test module applies @settings, so
# every property test (schemathesis's included) inherits the profile.
hypothesis_settings.register_profile(
    "ci", derandomize=True, database=None, print_blob=True, deadline=None
)
if os.environ.get("CI", "").lower() == "true":
    hypothesis_settings.load_profile("ci")

_PARSES: dict = {}


@pytest.fixture
def sample_corpus(db, monkeypatch):
    """The shipped sample corpus, loaded through the real ingest service and
    aligner inside the test's transaction (so every test starts from the
    same database). Parses are pure, so they are memoised across tests."""
    from documents import services

    parse = services.parse_version

    def memoised_parse(raw, **options):
        key = (raw, tuple(sorted(options.items())))
        if key not in _PARSES:
            _PARSES[key] = parse(raw, **options)
        return _PARSES[key]

    monkeypatch.setattr(services, "parse_version", memoised_parse)
    call_command("load_sample_corpus", verbosity=0)


@pytest.fixture
def make_version(db):
    """make_version(symbol, language, [(kind, number, text), ...], **doc fields)
    -> Version, with anchors pp-N/op-N/p-N and aligned with the document's
    other versions."""
    from alignment.services import align_document
    from documents.models import Document, Paragraph, Version

    def make(symbol, language, paragraphs, *, kind="resolution", status="published", **fields):
        document, _ = Document.objects.get_or_create(
            symbol=symbol, defaults={"kind": kind, "body": fields.pop("body", "GA"), **fields}
        )
        raw = "\n\n".join(text for _, _, text in paragraphs).encode()
        version = Version.objects.create(
            document=document, language=language, title=f"{symbol} {language}", source=raw,
            source_sha256=hashlib.sha256(raw).hexdigest(), text=raw.decode(), status=status,
        )
        counters: dict[str, int] = {}
        prefixes = {"preambular": "pp", "operative": "op"}
        rows = []
        for order, (pkind, number, text) in enumerate(paragraphs, start=1):
            prefix = prefixes.get(pkind, "p")
            counters[prefix] = counters.get(prefix, 0) + 1
            anchor = f"{prefix}-{number or counters[prefix]}"
            rows.append(
                Paragraph(version=version, order=order, kind=pkind, number=number or "",
                          anchor=anchor, text=text, html=escape(text))
            )
        Paragraph.objects.bulk_create(rows)
        if not document.pivot_language or language == "en":
            document.pivot_language = language
            document.save()
        align_document(document)
        return version

    return make


@pytest.fixture(autouse=True)
def _no_request_counts_carried_over():
    """Requests a process counted and has not yet written to the shared
    counter (config.throttling batches them under large rates) belong to
    the test that made them."""
    from config import throttling

    throttling._batches = throttling._Batches()
