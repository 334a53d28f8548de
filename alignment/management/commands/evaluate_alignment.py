"""manage.py evaluate_alignment GOLD.json : link precision, recall and F1 of
the stored alignment against a hand-made gold file (anchors, not ids)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from alignment.evaluate import body_anchor, evaluate, links_to_anchor_pairs, load_gold
from alignment.models import Link
from alignment.units import Link as LinkData
from documents.models import Document, Paragraph


class Command(BaseCommand):
    help = "Score the stored alignment of a document against a gold file."

    def add_arguments(self, parser):
        parser.add_argument("gold", type=Path)
        parser.add_argument("--min-f1", type=float, default=0.0,
                            help="exit non-zero when any language scores below this F1")

    def handle(self, *args, gold, min_f1, **options):
        try:
            data = load_gold(gold)
        except (OSError, ValueError, KeyError) as exc:
            raise CommandError(f"{gold}: not a readable gold file ({exc})") from exc
        document = Document.objects.filter(symbol=data["symbol"]).first()
        if document is None:
            raise CommandError(f"no document with symbol {data['symbol']!r}; ingest it first")
        anchors = dict(
            Paragraph.objects.filter(version__document=document).values_list("id", "anchor")
        )
        worst = 1.0
        for language, gold_pairs in sorted(data["pairs"].items()):
            links = [
                LinkData(link.pivot_ids, link.other_ids, link.confidence, link.method)
                for link in Link.objects.filter(version__document=document,
                                                version__language=language)
            ]
            if not links:
                raise CommandError(f"{data['symbol']} has no alignment for {language!r}")
            predicted = links_to_anchor_pairs(links, anchors, anchors)
            scores = evaluate(gold_pairs, predicted, in_scope=body_anchor)
            worst = min(worst, scores["f1"])
            self.stdout.write(
                f"{data['symbol']} {data.get('pivot', '')}-{language}: "
                f"precision {scores['precision']:.3f} recall {scores['recall']:.3f} "
                f"F1 {scores['f1']:.3f}"
            )
        if worst < min_f1:
            raise CommandError(f"F1 {worst:.3f} is below --min-f1 {min_f1}")
