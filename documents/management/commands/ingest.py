"""manage.py ingest FILE... : parse raw texts and store them, one
transaction per file."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from documents.ingest.errors import IngestError
from documents.ingest.types import KINDS, LANGUAGES
from documents.services import ingest_version


class Command(BaseCommand):
    help = "Ingest raw UN texts; symbol, language and kind are read from the text when not given."

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", type=Path)
        parser.add_argument("--symbol", help="UN symbol, e.g. A/RES/75/16")
        parser.add_argument("--lang", choices=LANGUAGES, help="language of the text")
        parser.add_argument("--kind", choices=KINDS, help="document kind")
        parser.add_argument("--replace", action="store_true", help="replace an existing version")
        parser.add_argument("--draft", action="store_true", help="store as draft (unpublished)")

    def handle(self, *args, files, symbol, lang, kind, replace, draft, **options):
        if symbol and len(files) > 1:
            raise CommandError("--symbol names one document; give one file with it")
        failures = 0
        for path in files:
            try:
                raw = path.read_bytes()
            except OSError as exc:
                self.stderr.write(f"{path}: cannot read the file ({exc.strerror})")
                failures += 1
                continue
            try:
                result = ingest_version(
                    raw=raw, source_name=path.name, symbol=symbol, language=lang, kind=kind,
                    replace=replace, draft=draft,
                )
            except IngestError as exc:
                self.stderr.write(f"{path}: {exc}")
                failures += 1
                continue
            self.stdout.write(f"{path}: {result.summary()}")
            for warning in result.warnings if result.changed else []:
                self.stdout.write(f"  warning: {warning}")
        if failures:
            raise CommandError(f"{failures} of {len(files)} files could not be ingested")
