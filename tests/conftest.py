"""Shared fixtures.

``sample_corpus`` loads the shipped sample corpus once per test session
(through the real ingest service and aligner) into the test database; tests
that use it get read access and must not modify it. ``make_version`` builds a
small version straight from paragraph data, for tests that need precise
shapes (long documents, hostile text) without going through the parser.
"""

from __future__ import annotations

import hashlib

import pytest
from django.core.management import call_command
from django.utils.html import escape


@pytest.fixture(scope="session")
def sample_corpus(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_sample_corpus", verbosity=0)
    yield
    with django_db_blocker.unblock():
        from documents.models import Delegation, Document

        Document.objects.all().delete()
        Delegation.objects.all().delete()


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
