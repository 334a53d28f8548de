"""The ingest service and commands against the database: one transaction per
file, identical bytes change nothing, bad input leaves the database as it
was, and the sample corpus lands with the counts the issue states."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from documents.ingest.consistency import LANGUAGE_MISMATCH, SYMBOL_MISMATCH
from documents.ingest.errors import EMPTY_INPUT, IngestError
from documents.models import Document, Footnote, FootnoteRef, Paragraph, Reference, Version
from documents.sample_corpus import SAMPLE_CORPUS_DIR
from documents.services import ingest_version

EN = SAMPLE_CORPUS_DIR / "A-RES-75-16.en.txt"


SYMBOL = "A/RES/99/1"
# the sample resolution renumbered, so its own symbol line agrees with SYMBOL
EN_RENUMBERED = EN.read_bytes().replace(b"75/16. ", b"99/1. ")


def table_counts():
    """Row counts of every corpus table (other tests' committed data included)."""
    return tuple(m.objects.count() for m in (Document, Version, Paragraph, Footnote, Reference))


def ingest_english(**options):
    return ingest_version(raw=EN_RENUMBERED, symbol=SYMBOL, language="en", **options)


def count_kind(symbol, language, kind):
    return Paragraph.objects.filter(
        version__document__symbol=symbol, version__language=language, kind=kind
    ).count()


@pytest.mark.django_db
def test_ingest_command_prints_a_summary_and_is_idempotent(tmp_path):
    source = tmp_path / "A-RES-99-1.en.txt"
    source.write_bytes(EN_RENUMBERED)
    out = StringIO()
    call_command("ingest", str(source), stdout=out)
    assert f"{SYMBOL} [en] created" in out.getvalue()
    assert "6 footnotes" in out.getvalue()
    before = table_counts()
    out = StringIO()
    call_command("ingest", str(source), "--symbol", SYMBOL, stdout=out)
    assert "unchanged" in out.getvalue()
    assert table_counts() == before


@pytest.mark.django_db
def test_different_text_for_an_existing_version_needs_replace(tmp_path):
    ingest_english()
    edited = EN_RENUMBERED.replace(b"Takes note", b"Takes careful note")
    with pytest.raises(IngestError, match="ingest --replace"):
        ingest_version(raw=edited, symbol=SYMBOL, language="en")
    result = ingest_version(raw=edited, symbol=SYMBOL, language="en", replace=True)
    assert result.changed and not result.created
    assert Version.objects.filter(document__symbol=SYMBOL).count() == 1
    assert Paragraph.objects.filter(
        version__document__symbol=SYMBOL, text__contains="Takes careful note"
    ).exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "content",
    [b"", b"   \n\n", b"\x00\x01\x02binary\x00" * 20, b"\xff\xfe\xfa\xfb not text \x81"],
    ids=["empty", "blank", "binary", "undecodable"],
)
def test_bad_input_exits_non_zero_and_leaves_the_database_as_it_was(tmp_path, content):
    ingest_english()
    before = table_counts()
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    err = StringIO()
    with pytest.raises(CommandError):
        call_command("ingest", str(bad), "--symbol", "A/RES/75/17", "--lang", "en", stderr=err)
    message = err.getvalue().strip()
    assert message.startswith(f"{bad}: ") and len(message.splitlines()) == 1
    assert table_counts() == before


@pytest.mark.django_db
def test_empty_file_message_names_the_problem(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    err = StringIO()
    with pytest.raises(CommandError):
        call_command("ingest", str(empty), stderr=err)
    assert EMPTY_INPUT in err.getvalue()


@pytest.mark.django_db
def test_a_failure_while_storing_writes_nothing(monkeypatch):
    """Ingestion is one transaction: a crash after the paragraphs are written
    rolls them back too."""

    def explode(*args, **kwargs):
        raise RuntimeError("disk full")

    before = table_counts()
    monkeypatch.setattr(Reference.objects, "bulk_create", explode)
    with pytest.raises(RuntimeError):
        ingest_english()
    assert table_counts() == before
    assert not Document.objects.filter(symbol=SYMBOL).exists()


@pytest.mark.django_db
def test_raw_source_is_kept_verbatim():
    version = ingest_english().version
    version.refresh_from_db()
    assert bytes(version.source) == EN_RENUMBERED


@pytest.mark.django_db
def test_unknown_symbol_for_align_is_a_clear_error():
    with pytest.raises(CommandError, match="no document with symbol 'A/RES/1/1'"):
        call_command("align", "A/RES/1/1")


@pytest.mark.parametrize(
    "symbol, language, preambular, operative, footnotes",
    [
        ("A/RES/75/16", "en", 29, 26, 6),
        ("A/RES/75/16", "zh", 29, 26, 6),
        ("A/RES/75/16", "ar", 28, 26, 6),
        ("A/RES/63/114", "zh", 19, 16, 3),
    ],
)
def test_sample_corpus_counts(sample_corpus,
                              symbol, language, preambular, operative, footnotes):
    assert count_kind(symbol, language, "preambular") == preambular
    assert count_kind(symbol, language, "operative") == operative
    assert Footnote.objects.filter(
        version__document__symbol=symbol, version__language=language
    ).count() == footnotes
    # every footnote is marked at least once, and every mark has its note
    unmarked = Footnote.objects.filter(
        version__document__symbol=symbol, version__language=language, refs__isnull=True
    )
    assert not unmarked.exists()


def test_sample_corpus_resolves_citations_within_the_corpus(sample_corpus):
    cites = Reference.objects.filter(
        version__document__symbol="A/RES/75/16", symbol="A/RES/63/114"
    )
    assert cites.exists()
    assert all(r.target and r.target.symbol == "A/RES/63/114" for r in cites)
    uncited = Reference.objects.filter(symbol="S/PV.7813")
    assert uncited.exists() and not uncited.filter(target__isnull=False).exists()
    assert FootnoteRef.objects.filter(
        paragraph__version__document__symbol="A/RES/75/16"
    ).count() >= 18


def test_load_sample_corpus_is_idempotent(sample_corpus):
    before = table_counts()
    out = StringIO()
    call_command("load_sample_corpus", stdout=out)
    assert table_counts() == before
    assert out.getvalue().count("unchanged") == 5
    assert Document.objects.get(symbol="A/RES/75/16").pivot_language == "en"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "options, message",
    [
        ({"symbol": "A/RES/75/17"},
         SYMBOL_MISMATCH.format(found="A/RES/99/1", given="A/RES/75/17")),
        ({"language": "zh"}, LANGUAGE_MISMATCH.format(found="en", given="zh")),
        ({"symbol": "../../etc"}, "is not a UN document symbol"),
        ({"symbol": "A/RES/99/1<script>"}, "is not a UN document symbol"),
    ],
    ids=["other-symbol", "other-script", "path", "markup"],
)
def test_what_is_given_must_agree_with_the_text(options, message):
    before = table_counts()
    with pytest.raises(IngestError) as raised:
        ingest_version(raw=EN_RENUMBERED, **options)
    assert message in str(raised.value)
    assert table_counts() == before


@pytest.mark.django_db
def test_another_language_does_not_overwrite_the_documents_details():
    """The pivot's details stand: the Arabic agenda item "130 (ب)" does not
    replace the English "130 (b)"."""
    ar = (SAMPLE_CORPUS_DIR / "A-RES-75-16.ar.txt").read_bytes()
    ingest_version(raw=EN.read_bytes(), symbol="A/RES/75/16", language="en")
    ingest_version(raw=ar, symbol="A/RES/75/16", language="ar")
    document = Document.objects.get(symbol="A/RES/75/16")
    assert document.agenda_item.endswith("(b)")
    assert (document.session, str(document.date)) == (75, "2020-11-23")


@pytest.mark.django_db
def test_a_record_text_cannot_join_a_resolution():
    ingest_version(raw=EN.read_bytes(), symbol="A/RES/75/16", language="en")
    record = (SAMPLE_CORPUS_DIR / "S-PV-7050.zh.txt").read_bytes()
    with pytest.raises(IngestError):
        ingest_version(raw=record, symbol="A/RES/75/16", language="zh")
    assert not Version.objects.filter(document__symbol="A/RES/75/16", language="zh").exists()


@pytest.mark.django_db
def test_replacing_a_version_keeps_the_pivot(sample_corpus):
    """With zh ingested before ar and no English, zh is the pivot; replacing
    zh keeps it so."""
    zh = (SAMPLE_CORPUS_DIR / "A-RES-75-16.zh.txt").read_bytes()
    ar = (SAMPLE_CORPUS_DIR / "A-RES-75-16.ar.txt").read_bytes()
    ingest_version(raw=zh.replace(b"75/16. ", b"99/7. "), symbol="A/RES/99/7", language="zh")
    ingest_version(raw=ar.replace(b"16/75 -", b"7/99 -"),
                   symbol="A/RES/99/7", language="ar")
    assert Document.objects.get(symbol="A/RES/99/7").pivot_language == "zh"
    edited = zh.replace(b"75/16. ", b"99/7. ").replace("大会，".encode(), "大会,".encode())
    ingest_version(raw=edited, symbol="A/RES/99/7", language="zh", replace=True)
    assert Document.objects.get(symbol="A/RES/99/7").pivot_language == "zh"



@pytest.mark.django_db
def test_two_footnotes_with_one_mark_are_a_clear_error_not_an_integrity_error():
    """The store holds one footnote per mark: a parse with two is refused
    before any write (it was an IntegrityError, a 500 from the API)."""
    from documents.services import DUPLICATE_FOOTNOTE
    from tests.ingest.test_bad_input import RESOLUTION

    text = "¹\n75/16. Title\n" + RESOLUTION.replace("\nRecalling", "\n¹\nRecalling", 1)
    before = table_counts()
    with pytest.raises(IngestError, match=DUPLICATE_FOOTNOTE.split("{")[0]):
        ingest_version(raw=text.encode(), language="en")
    assert table_counts() == before
