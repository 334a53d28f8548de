"""manage.py load_sample_corpus : ingest and align the shipped sample corpus.
Idempotent: files already stored with the same bytes are left alone."""

from django.core.management.base import BaseCommand

from alignment.services import align_document
from documents.models import Document
from documents.sample_corpus import sample_files
from documents.services import ingest_version


class Command(BaseCommand):
    help = "Load the sample corpus shipped in documents/sample_corpus/."

    def handle(self, *args, **options):
        symbols = set()
        for sample in sample_files():
            result = ingest_version(
                raw=sample.path.read_bytes(),
                source_name=sample.path.name,
                symbol=sample.symbol,
                language=sample.language,
                kind=sample.kind,
                metadata=sample.metadata,
                align=False,
            )
            symbols.add(sample.symbol)
            self.stdout.write(f"{sample.path.name}: {result.summary()}")
        for document in Document.objects.filter(symbol__in=symbols):
            align_document(document)
        self.stdout.write(f"aligned {len(symbols)} documents")
