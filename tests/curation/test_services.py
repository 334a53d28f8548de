"""The curation services: paragraph corrections, link review, history and
undo, manual links carried over a replacement. Each write announces the
change (document_changed) and leaves history with its author."""

import pytest
from django.contrib.auth.models import User

from alignment import services as review
from alignment.models import Link
from documents import curation, history
from documents.models import Document, Paragraph, Version

pytestmark = pytest.mark.django_db


@pytest.fixture
def curator(db):
    return User.objects.create_user("cura", password="pw", is_staff=True)


@pytest.fixture
def announced(monkeypatch):
    calls = []
    monkeypatch.setattr("documents.changes.document_changed", calls.append)
    monkeypatch.setattr("documents.curation.document_changed", calls.append)
    return calls


def _paragraph(symbol, language, anchor):
    return Paragraph.objects.get(version__document__symbol=symbol, version__language=language,
                                 anchor=anchor)


def test_correcting_text_rederives_bleached_html_and_records_who(
        sample_corpus, curator, announced):
    p = _paragraph("A/RES/75/16", "en", "op-1")
    curation.correct_paragraph(paragraph=p, text="*Welcomes* <script>x</script> 72/74",
                               user=curator)
    p.refresh_from_db()
    assert p.text == "Welcomes <script>x</script> 72/74"
    assert "<em>Welcomes</em>" in p.html and "<script>" not in p.html
    assert "&lt;script&gt;" in p.html
    record = Paragraph.history.filter(id=p.pk).latest("history_date")
    assert record.history_user == curator and record.history_change_reason == "corrected text"
    assert announced == [p.version.document_id]


def test_a_correction_can_be_reverted_from_history(sample_corpus, curator):
    p = _paragraph("A/RES/75/16", "en", "op-1")
    before = (p.text, p.html)
    curation.correct_paragraph(paragraph=p, text="Something else entirely.", user=curator)
    document = p.version.document
    change = next(c for c in history.document_history(document) if c.model == "paragraph")
    assert change.revertable and change.user == "cura"
    history.revert_change(document=document, model="paragraph",
                          history_id=change.history_id, user=curator)
    p.refresh_from_db()
    assert (p.text, p.html) == before


def test_empty_text_and_unknown_kind_are_refused_without_a_write(sample_corpus):
    p = _paragraph("A/RES/75/16", "en", "op-1")
    with pytest.raises(curation.CurationError, match=curation.EMPTY_TEXT):
        curation.correct_paragraph(paragraph=p, text="   ")
    with pytest.raises(curation.CurationError, match="unknown paragraph kind"):
        curation.correct_paragraph(paragraph=p, kind="poem")
    assert not Paragraph.history.filter(id=p.pk).exists()


def test_split_then_merge_gives_the_text_back(sample_corpus, curator):
    p = _paragraph("A/RES/75/16", "en", "op-2")
    text = p.text
    count = Paragraph.objects.filter(version=p.version).count()
    cut = text.index(" ", 20)
    first, second = curation.split_paragraph(paragraph=p, at=cut, user=curator)
    assert second.anchor == "op-2-s2" and second.order == first.order + 1
    assert Paragraph.objects.filter(version=p.version).count() == count + 1
    orders = list(Paragraph.objects.filter(version=p.version).values_list("order", flat=True))
    assert len(set(orders)) == len(orders)
    merged = curation.merge_paragraph(paragraph=first, user=curator)
    assert merged.text == text
    assert Paragraph.objects.filter(version=p.version).count() == count


def _link_of(symbol, language, anchor):
    p = _paragraph(symbol, language, anchor)
    return Link.objects.get(models_q(p.pk))


def models_q(pid):
    from django.db.models import Q
    return (Q(pivot_first_id=pid) | Q(pivot_second_id=pid) | Q(other_first_id=pid)
            | Q(other_second_id=pid))


def test_confirmed_link_is_manual_and_survives_realignment(sample_corpus, curator, announced):
    link = _link_of("A/RES/75/16", "ar", "pp-4")
    assert len(link.pivot_ids) == 2  # the merge of the English pp-4 and pp-5
    review.confirm_link(link=link, user=curator)
    review.align_document(Document.objects.get(symbol="A/RES/75/16"))
    link.refresh_from_db()
    assert link.manual and link.checked
    assert announced


def test_relink_to_next_places_the_paragraph_with_the_next_pivot(sample_corpus, curator):
    link = _link_of("A/RES/75/16", "ar", "op-3")
    ar_ids = link.other_ids
    en_next = _paragraph("A/RES/75/16", "en", "op-4")
    made = review.relink(link=link, direction="next", user=curator)
    assert made.pivot_ids == (en_next.pk,) and made.other_ids == ar_ids and made.manual
    assert Link.objects.filter(version=made.version).filter(models_q(en_next.pk)).count() == 1


def test_split_merge_and_not_in_this_version(sample_corpus, curator):
    link = _link_of("A/RES/75/16", "ar", "pp-4")
    first, second = review.split_link(link=link, user=curator)
    assert len(first.pivot_ids) == 1 and len(second.pivot_ids) == 1
    merged = review.merge_with_next(link=first, user=curator)
    assert len(merged.pivot_ids) == 2
    missing = review.mark_not_in_version(link=merged, user=curator)
    assert missing.other_ids == () and len(missing.pivot_ids) == 2
    one = _link_of("A/RES/75/16", "ar", "op-1")
    with pytest.raises(review.ReviewError, match=review.NOTHING_TO_SPLIT):
        review.split_link(link=one, user=curator)


def test_manual_links_are_carried_over_when_the_text_is_replaced(sample_corpus, curator):
    from pathlib import Path

    from documents.services import ingest_version

    link = _link_of("A/RES/75/16", "ar", "op-3")
    review.relink(link=link, direction="next", user=curator)
    raw = (Path("documents/sample_corpus/A-RES-75-16.ar.txt").read_bytes()
           + "\n\nنص إضافي.\n".encode())
    ingest_version(raw=raw, symbol="A/RES/75/16", language="ar", replace=True)
    ar = Version.objects.get(document__symbol="A/RES/75/16", language="ar")
    op3 = Paragraph.objects.get(version=ar, anchor="op-3")
    carried = Link.objects.get(version=ar, other_first=op3)
    assert carried.manual and carried.pivot_first.anchor == "op-4"


def test_a_correction_reaches_the_public_page_and_the_api_at_once(sample_corpus, client):
    p = _paragraph("A/RES/75/16", "en", "op-1")
    page = client.get("/A/RES/75/16/?langs=en")
    api = client.get("/api/v1/documents/A/RES/75/16/en/")
    curation.correct_paragraph(paragraph=p, text="Welcomes the corrected wording;")
    after = client.get("/A/RES/75/16/?langs=en")
    assert after["ETag"] != page["ETag"]
    assert "Welcomes the corrected wording;" in after.content.decode()
    assert client.get("/api/v1/documents/A/RES/75/16/en/")["ETag"] != api["ETag"]


def test_replacing_a_version_writes_no_history_row_per_paragraph(sample_corpus):
    """Paragraph and link deletes send no signal (a replacement deletes them
    all at once); the version's own deletion is recorded."""
    from pathlib import Path

    from documents.services import ingest_version

    raw = Path("documents/sample_corpus/A-RES-75-16.ar.txt").read_bytes() + "\n\nنص.\n".encode()
    ingest_version(raw=raw, symbol="A/RES/75/16", language="ar", replace=True)
    assert not Paragraph.history.filter(history_type="-").exists()
    assert not Link.history.filter(history_type="-").exists()
    assert Version.history.filter(history_type="-", language="ar").count() == 1


def test_a_merge_records_the_paragraph_it_deletes(sample_corpus, curator):
    p = _paragraph("A/RES/75/16", "en", "op-2")
    following = _paragraph("A/RES/75/16", "en", "op-3")
    curation.merge_paragraph(paragraph=p, user=curator)
    gone = Paragraph.history.get(id=following.pk, history_type="-")
    assert gone.history_user == curator and gone.text == following.text


def test_a_review_action_records_only_the_links_it_touches(sample_corpus, curator):
    link = _link_of("A/RES/75/16", "ar", "pp-4")
    review.confirm_link(link=link, user=curator)
    assert Link.history.filter(id=link.pk).count() == 2  # as it was, then confirmed
    assert Link.history.count() == 2
    confirmed = Link.history.filter(id=link.pk).latest("history_date")
    assert confirmed.history_user == curator and confirmed.history_change_reason == "confirmed"
