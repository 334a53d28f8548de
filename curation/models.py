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

Paragraphs and links are saved with history but deleted without signals
(``SavedHistory``): a delete signal makes Django fetch and delete row by row
and write one history row each, and replacing a version deletes all its
paragraphs and links (a 100,000-paragraph version would take minutes). The
version's own deletion is recorded; the curation services that delete a
paragraph or a link record it themselves (``documents.history.record_deleted``).
"""

from django.db.models import signals
from simple_history import register
from simple_history.models import HistoricalRecords

from alignment.models import Link
from documents.models import Document, Paragraph, Version


class SavedHistory(HistoricalRecords):
    """History of saves only; deletes are recorded by the services."""

    def finalize(self, sender, **kwargs):
        super().finalize(sender, **kwargs)
        signals.post_delete.disconnect(self.post_delete, sender=sender)
        signals.pre_delete.disconnect(self.pre_delete, sender=sender)


register(Document, app="curation")
register(Version, app="curation", excluded_fields=["source", "text"])
register(Paragraph, app="curation", records_class=SavedHistory)
register(Link, app="curation", records_class=SavedHistory)
