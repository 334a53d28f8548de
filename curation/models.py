"""History of what curators (and the pipeline) change, with who and when.

django-simple-history keeps one historical table per model, filled by the
models' save and delete signals; ``register`` puts those tables in this app,
so documents and alignment keep their models as they are. A historical row
holds the whole row as it was after the change, ``history_user`` and
``history_date``; ``documents.history`` reads them per document and reverts.

Bulk writes (``bulk_create`` at ingest, ``QuerySet.update``) send no signal:
the services that change rows written that way first record them as they
were (``documents.history.record_baseline``), so the first correction of a
freshly ingested paragraph can still be undone. A version's raw source and
decoded text are left out: they never change in place (a new text is a new
version) and would double the table.
"""

from simple_history import register

from alignment.models import Link
from documents.models import Document, Paragraph, Version

register(Document, app="curation")
register(Version, app="curation", excluded_fields=["source", "text"])
register(Paragraph, app="curation")
register(Link, app="curation")
