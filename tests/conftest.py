"""Shared fixtures, and the Hypothesis profile of CI.

``sample_corpus`` loads the shipped sample corpus (through the real ingest
service and aligner) into the test's own transaction.
``make_version`` builds a small version straight from paragraph data, for tests that need precise
shapes (long documents, hostile text) without going through the parser.
``search_index`` and ``no_search_index`` give a test a search index of its own, or none
(tests/search/fixtures.py); a module whose every test searches says
``pytestmark = pytest.mark.usefixtures("own_search_index")``.
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
def make_version(db, request):
    """make_version(symbol, language, [(kind, number, text), ...], **doc fields)
    -> Version, with anchors pp-N/op-N/p-N and aligned with the document's
    other versions. In a module that uses ``own_search_index`` it is then
    indexed, as the services do after their commit."""
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

    if "own_search_index" in request.fixturenames:
        from tests.search import fixtures

        return fixtures.indexing(make)
    return make


# -- the search index of a test, for tests/search/ and the search tests of
# tests/api/ and tests/web/: here, the one folder above the three. Those two
# modules opt in with own_search_index; an autouse fixture or a make_version
# override in tests/api/conftest.py or tests/web/conftest.py would reach
# every test of the folder, not only those that search.


@pytest.fixture
def search_index(db, tmp_path, settings):
    """An index of the test's own, in a temporary directory (never the one
    under var/), built from the test's database, every search checking it
    is up to date; yields ``rebuild_index`` to call after storing documents
    without the services."""
    from tests.search import fixtures

    yield from fixtures.own_index(tmp_path, settings)


@pytest.fixture
def no_search_index(db, tmp_path, settings):
    """No index at all: the search falls back to the database."""
    from tests.search import fixtures

    fixtures.no_index(tmp_path, settings)


@pytest.fixture
def own_search_index(request):
    """For a module whose every test searches, through
    ``pytestmark = pytest.mark.usefixtures("own_search_index")``: each test
    gets ``search_index`` (tests of the database search ask for
    ``no_search_index`` instead), and ``make_version`` indexes what it makes."""
    if "no_search_index" not in request.fixturenames:
        request.getfixturevalue("search_index")


@pytest.fixture(autouse=True)
def _no_request_counts_carried_over():
    """Requests a process counted and has not yet written to the shared
    counter (config.throttling batches them under large rates) belong to
    the test that made them."""
    from config import throttling

    throttling._batches = throttling._Batches()
