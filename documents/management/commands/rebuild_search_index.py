"""manage.py rebuild_search_index [--status] : build the search index again
from the database (which stays the system of record), or say whether it is
up to date.

The new index is written beside the one searches read and replaces it only
when complete, so the site keeps searching meanwhile. Run it after the first
``migrate``, after restoring a database, and whenever the search reports its
index missing or behind (ingest and curation keep it up to date otherwise).
"""

from django.core.management.base import BaseCommand, CommandError

from documents.search import index_dir, index_status, rebuild_index


class Command(BaseCommand):
    help = "Rebuild the search index from the database (or, with --status, report on it)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--status", action="store_true",
            help="Only say whether the index is missing, behind or up to date "
            "(exit status 1 unless up to date).",
        )  # fmt: skip

    def handle(self, *args, status=False, **options):
        if status:
            state = index_status()
            self.stdout.write(f"{index_dir()}: {state.state}. {state.message}".rstrip())
            if state.state != "fresh":
                raise CommandError("the search index is not up to date")
            return
        report = rebuild_index(
            progress=lambda n: self.stdout.write(f"  {n:,} paragraphs indexed...")
            if options["verbosity"] > 1 else None
        )  # fmt: skip
        self.stdout.write(
            f"Indexed {report.paragraphs:,} paragraphs of {report.documents:,} documents in "
            f"{report.seconds:.1f} s into {index_dir() / report.generation}"
            + (f" ({report.caught_up} changed meanwhile, caught up)" if report.caught_up else "")
        )
