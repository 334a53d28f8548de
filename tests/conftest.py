"""Shared fixtures.

``sample_corpus`` loads the shipped sample corpus (through the real ingest
service and aligner) into the test database, committed, so other tests may
see it too: tests must not assume an empty database, nor modify the corpus.
``make_version`` builds a small version straight from paragraph data, for tests that need precise
shapes (long documents, hostile text) without going through the parser.
"""

from __future__ import annotations

import hashlib

import pytest
from django.core.management import call_command
from django.utils.html import escape


@pytest.fixture
def sample_corpus(django_db_setup, django_db_blocker):
    """The shipped sample corpus, committed to the test database and shared
    by the tests that read it. It is loaded on first use, and again after a
    transactional test (the live server's) has flushed the tables."""
    from documents.models import Version
    from documents.sample_corpus import sample_files

    with django_db_blocker.unblock():
        if Version.objects.filter(source_name__endswith=".txt").count() < len(sample_files()):
            call_command("load_sample_corpus", verbosity=0)
    yield


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
