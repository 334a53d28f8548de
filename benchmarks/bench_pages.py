"""Reading view and aligned endpoint: time, SQL queries and response size
for synthetic documents of 100, 1,000 and 5,000 paragraphs in three
languages, on a throwaway embedded PostgreSQL. Queries must stay flat as
the document grows; time should grow linearly.
"""

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.test_settings")

import django  # noqa: E402

django.setup()

from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402

from alignment.synthetic import synthetic_versions  # noqa: E402


def make_document(n: int) -> str:
    """Store an en/zh/ar document of ``n`` paragraphs through the models and
    align it with the real aligner."""
    import hashlib

    from alignment.services import align_document
    from documents.models import Document, Paragraph, Version

    symbol = f"A/RES/99/{n}"
    document = Document.objects.create(symbol=symbol, kind="resolution", body="GA",
                                       pivot_language="en")
    pivot, _ = synthetic_versions(n, other_lang="zh", seed=n)
    versions = {"en": pivot}
    for lang in ("zh", "ar"):
        versions[lang] = synthetic_versions(n, other_lang=lang, seed=n)[1]
    for lang, units in versions.items():
        raw = "\n\n".join(u.text for u in units).encode()
        version = Version.objects.create(document=document, language=lang, source=raw,
                                         source_sha256=hashlib.sha256(raw).hexdigest())
        Paragraph.objects.bulk_create(
            Paragraph(version=version, order=i, kind=u.kind, number=u.number,
                      anchor=f"p-{i}", text=u.text, html=u.text)
            for i, u in enumerate(units, start=1)
        )
    align_document(document)
    return symbol


def measure(client: Client, url: str) -> tuple[float, int, int]:
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        response = client.get(url)
        elapsed = time.perf_counter() - started
    assert response.status_code == 200, (url, response.status_code)
    return elapsed, len(queries), len(response.content)


def main():
    setup_test_environment()
    from django.test.utils import get_runner  # noqa: F401

    old_name = connection.settings_dict["NAME"]
    test_db = connection.creation.create_test_db(verbosity=0)
    try:
        call_command("migrate", verbosity=0)
        client = Client()
        print(f"{'paragraphs':>10} {'page':<34} {'seconds':>8} {'queries':>8} {'KiB':>8}")
        for n in (100, 1000, 5000):
            symbol = make_document(n)
            for label, url in (
                ("reading view en,zh,ar", f"/{symbol}/?langs=en,zh,ar"),
                ("api aligned en,zh,ar", f"/api/v1/documents/{symbol}/aligned/?langs=en,zh,ar"),
            ):
                elapsed, queries, size = measure(client, url)
                print(f"{n:>10} {label:<34} {elapsed:>8.3f} {queries:>8} {size / 1024:>8.0f}")
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
        print(f"(test database {test_db} dropped)")


if __name__ == "__main__":
    main()
