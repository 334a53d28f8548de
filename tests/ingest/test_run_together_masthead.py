"""A record's masthead that a document site ran together on one line with
the text's opening (docslib.org's text of a PDF) still says the text is a
record, and which: read over the line's opening, and only when a record's
symbol stands in it."""

from __future__ import annotations

from documents.ingest.detect import detect_kind
from documents.ingest.pipeline import parse_version
from documents.ingest.record import run_together_masthead

MEMBERS = " ".join(
    f"{country} ...................... Sr. {name}"
    for country, name in [("Argentina", "Mayoral"), ("China", "Liu Zhenmin"), ("Congo", "Ikouebe")]
)
MASTHEAD = (
    "Naciones Unidas S/PV.5565 Consejo de Seguridad Provisional Sexagésimo primer año "
    "5565ª sesión Sábado 11 de noviembre de 2006, a las 12.00 horas Nueva York "
    f"Presidente: Sr. Voto-Bernales ................ (Perú) Miembros: {MEMBERS} "
    "Orden del día La situación en el Oriente Medio, incluida la cuestión de Palestina "
    "La presente acta contiene la versión literal de los discursos pronunciados en español"
)
PAGE = "Consejo De Seguridad 5565ª\nTotal Page:16\nFile Type:pdf, Size:1020Kb\n" + MASTHEAD


def test_the_masthead_on_one_line_names_the_record():
    assert run_together_masthead(PAGE)[1] == "S/PV.5565"
    parsed = parse_version(PAGE.encode(), language="es")
    assert (parsed.symbol, parsed.language, parsed.kind, parsed.date) == (
        "S/PV.5565", "es", "verbatim_record", "2006-11-11"
    )


def test_a_long_line_without_a_record_symbol_is_no_masthead():
    """A resolution run together on one line (OCR of a printed collection)
    may say "provisional" and "sesión" but prints no record symbol."""
    text = MASTHEAD.replace("S/PV.5565 ", "")
    assert run_together_masthead(text) == ("", "")
    assert detect_kind(text, "es") != "verbatim_record"


def test_a_record_symbol_cited_by_a_short_line_is_no_masthead():
    text = "Recordando la sesión provisional (véase S/PV.5565),\n" + "x" * 20
    assert run_together_masthead(text) == ("", "")
