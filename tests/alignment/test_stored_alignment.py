"""The alignment stored at ingest, read back through the database: the
evaluate_alignment command scores F1 1.0 on the shipped gold, the table
shows the Arabic merge, and manual links survive re-alignment."""

from io import StringIO

import pytest
from django.core.management import call_command

from alignment.evaluate import GOLD_DIR
from alignment.models import Link
from alignment.services import align_document
from documents.models import Document, Paragraph
from documents.selectors import aligned_table, get_document

GOLD = GOLD_DIR / "A-RES-75-16.json"


def test_evaluate_alignment_scores_the_sample_gold(sample_corpus):
    out = StringIO()
    call_command("evaluate_alignment", str(GOLD), "--min-f1", "1.0", stdout=out)
    lines = out.getvalue().splitlines()
    assert len(lines) == 2
    assert all(line.endswith("F1 1.000") for line in lines), lines


def cell_anchors(row, lang):
    return [p["anchor"] for p in row["cells"][lang]]


def test_table_shows_the_merge_with_arabic_but_not_with_chinese(sample_corpus):
    document = get_document("A/RES/75/16")
    en_ar = aligned_table(document, ["en", "ar"])
    en_zh = aligned_table(document, ["en", "zh"])
    zh_ar = aligned_table(document, ["zh", "ar"])
    merged = [r for r in en_ar["rows"] if cell_anchors(r, "en") == ["pp-4", "pp-5"]]
    assert len(merged) == 1 and cell_anchors(merged[0], "ar") == ["pp-4"]
    assert merged[0]["anchor"] == "pp-4"
    rows_with_two = [r for r in en_zh["rows"] if len(r["cells"]["en"]) > 1]
    assert not [r for r in rows_with_two if r["kind"] in ("preambular", "operative")]
    zh_merge = [r for r in zh_ar["rows"] if cell_anchors(r, "ar") == ["pp-4"]]
    assert cell_anchors(zh_merge[0], "zh") == ["pp-4", "pp-5"]
    assert merged[0]["confidence"]["ar"] < 0.6


@pytest.mark.django_db
def test_manual_links_survive_realignment(make_version):
    make_version("A/RES/1/1", "en", [("preambular", "", f"Recalling item {i} of 2001,")
                                     for i in range(1, 6)])
    zh = make_version("A/RES/1/1", "zh", [("preambular", "", f"回顾 2001 年第 {i} 项，")
                                          for i in range(1, 6)])
    document = Document.objects.get(symbol="A/RES/1/1")
    en_ids = list(Paragraph.objects.filter(version__language="en").order_by("order")
                  .values_list("id", flat=True))
    zh_ids = list(Paragraph.objects.filter(version=zh).order_by("order")
                  .values_list("id", flat=True))
    Link.objects.filter(version=zh).filter(other_first_id=zh_ids[0]).delete()
    Link.objects.create(version=zh, pivot_first_id=en_ids[0], pivot_second_id=en_ids[1],
                        other_first_id=zh_ids[0], confidence=1.0, method=Link.Method.MANUAL)
    align_document(document)
    manual = Link.objects.get(version=zh, method=Link.Method.MANUAL)
    assert manual.pivot_ids == (en_ids[0], en_ids[1]) and manual.other_ids == (zh_ids[0],)
    covered_other = [i for link in Link.objects.filter(version=zh) for i in link.other_ids]
    covered_pivot = [i for link in Link.objects.filter(version=zh) for i in link.pivot_ids]
    assert sorted(covered_other) == sorted(zh_ids)
    assert sorted(covered_pivot) == sorted(en_ids)


def test_a_draft_pivot_still_anchors_the_published_columns(sample_corpus):
    from documents.models import Version

    Version.objects.filter(document__symbol="A/RES/75/16", language="en").update(status="draft")
    document = get_document("A/RES/75/16")
    table = aligned_table(document, ["zh", "ar"])
    both = [r for r in table["rows"] if r["cells"]["zh"] and r["cells"]["ar"]]
    assert len(both) >= 55
    assert all("en" not in r["cells"] for r in table["rows"])


def test_a_paragraph_whose_link_was_deleted_is_still_shown(sample_corpus):
    document = get_document("A/RES/75/16")
    ar_count = Paragraph.objects.filter(version__document=document, version__language="ar").count()
    link = Link.objects.filter(version__language="ar", version__document=document,
                               other_first__anchor="op-7").get()
    link.delete()
    table = aligned_table(document, ["en", "ar"])
    shown = [p["anchor"] for r in table["rows"] for p in r["cells"]["ar"]]
    assert len(shown) == ar_count and "op-7" in shown
    orphan = next(r for r in table["rows"] if [p["anchor"] for p in r["cells"]["ar"]] == ["op-7"])
    assert orphan["confidence"]["ar"] == 0.0
