"""manage.py find_series : find the series of editions in the corpus (a
resolution that comes back every year or two) and store them, keeping what
curators confirmed or corrected in the admin."""

from django.core.management.base import BaseCommand

from documents.series import find_series


class Command(BaseCommand):
    help = "Find series of editions (A/RES/63/114 ... A/RES/75/16) and store them."

    def handle(self, *args, **options):
        result = find_series()
        self.stdout.write(result.summary())
        if options["verbosity"] > 1:
            from documents.models import Series

            for series in Series.objects.prefetch_related("editions__document"):
                symbols = ", ".join(e.document.symbol for e in series.editions.all())
                self.stdout.write(f"{series.title} ({series.confidence:.2f}): {symbols}")
