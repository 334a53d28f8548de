"""manage.py align SYMBOL : recompute a document's alignment, keeping manual
links."""

from django.core.management.base import BaseCommand, CommandError

from alignment.services import align_document
from documents.models import Document


class Command(BaseCommand):
    help = "Recompute the alignment of a document's versions against its pivot."

    def add_arguments(self, parser):
        parser.add_argument("symbols", nargs="+", metavar="SYMBOL")

    def handle(self, *args, symbols, **options):
        for symbol in symbols:
            document = Document.objects.filter(symbol=symbol).first()
            if document is None:
                raise CommandError(f"no document with symbol {symbol!r}")
            counts = align_document(document)
            summary = ", ".join(f"{lang}: {n} links" for lang, n in sorted(counts.items()))
            pivot = document.pivot_language
            self.stdout.write(f"{symbol}: pivot {pivot}; {summary or 'one version'}")
