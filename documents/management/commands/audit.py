"""manage.py audit FILE_OR_DIR... : parse without storing; one line per
file (symbol, language, kind, paragraphs by kind, footnotes, turns,
warnings) and a summary. Exit status 1 when any file fails."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from documents.audit import audit_path, summarise, text_files


class Command(BaseCommand):
    help = "Parse raw UN texts without storing them and report what the parser found."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", type=Path)
        parser.add_argument(
            "--warnings", action="store_true", help="print every warning under its file"
        )

    def handle(self, *args, paths, warnings, **options):
        files = text_files(paths)
        if not files:
            raise CommandError("no .txt files found in the paths given")
        lines = []
        for path in files:
            line = audit_path(path)
            lines.append(line)
            self.stdout.write(line.render())
            for warning in line.warnings if warnings else []:
                self.stdout.write(f"  warning: {warning}")
        self.stdout.write(summarise(lines))
        failed = sum(1 for line in lines if not line.ok)
        if failed:
            raise CommandError(f"{failed} of {len(lines)} files failed")
