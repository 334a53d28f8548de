"""Rules found on the second batch of real texts (tests/realdata, see each
folder's PROVENANCE.md), each tried here on a minimal text in the layout
the real one has: hard-wrapped PDF text with no blank line between
paragraphs, 1990s job numbers with date stamps."""

from __future__ import annotations

from documents.ingest.normalise import PAGE_FURNITURE
from documents.ingest.pipeline import parse_version
from documents.ingest.segment import Block, split_wrapped_blocks


def test_a_1990s_job_number_with_its_date_stamps_is_page_furniture():
    """"98-14878 (S) 290598 290598 /..." is the job number, the dates it was
    typed and printed, and the "continued" mark of a 1990s document."""
    for line in ("98-14878 (S) 290598 290598 /...", "94-12345 (E)    120594    130594"):
        assert PAGE_FURNITURE.match(line), line
    assert not PAGE_FURNITURE.match("98-14878 adopted on 290598 by the Council")


WRAPPED = [
    "En la 3888ª sesión del Consejo de Seguridad, celebrada el 29 de mayo",
    "de 1998, en relación con el examen por el Consejo del tema titulado La",
    "responsabilidad del Consejo de Seguridad en el mantenimiento de la paz y",
    "siguiente declaración en nombre del Consejo:",
    "El Consejo de Seguridad deplora profundamente los ensayos nucleares",
    "subterráneos que realizó el Pakistán el 28 de mayo de 1998, pese a la",
    "preocupación de la abrumadora mayoría de la comunidad internacional y",
    "de la región.",
    "El Consejo de Seguridad reafirma la importancia fundamental del",
    "Tratado sobre la no proliferación de las armas nucleares (TNP) y el",
]


def test_hard_wrapped_lines_are_cut_where_the_next_word_would_have_fitted():
    """A line short of the width, whose next word would have fitted on it,
    ended its paragraph; full lines go on."""
    blocks = split_wrapped_blocks([Block(list(WRAPPED), 10)])
    assert [b.lines[0][:20] for b in blocks] == [
        "En la 3888ª sesión d",
        "El Consejo de Seguri",
        "El Consejo de Seguri",
    ]
    assert [b.line for b in blocks] == [10, 14, 18]


def test_a_label_on_its_own_line_stays_with_its_text():
    """"1." alone on its line is short, but it is the paragraph's number."""
    lines = ["1.", *WRAPPED[4:8]]
    blocks = split_wrapped_blocks([Block(list(WRAPPED[:4]), 1), Block(lines, 6)])
    assert [b.lines[0] for b in blocks] == [WRAPPED[0], "1."]


def test_text_that_is_not_hard_wrapped_is_left_alone():
    """Blocks of lines of every length (a list, a masthead) are not wrapped
    text: nothing is cut."""
    lines = ["United Nations", "S", "Security Council", "Distr.", "GENERAL", "S/PRST/1998/17"]
    blocks = [Block(lines, 1), Block(list(lines), 8)]
    assert split_wrapped_blocks(blocks) == blocks


def test_a_presidential_statement_in_hard_wrapped_pdf_text():
    text = "\n".join(
        [
            "98-14878 (S) 290598 290598 /...",
            "Consejo de Seguridad",
            "S/PRST/1998/17",
            "29 de mayo de 1998",
            "DECLARACIÓN DEL PRESIDENTE DEL CONSEJO DE SEGURIDAD",
            *WRAPPED,
            "de prohibición completa de los ensayos.",
        ]
    )
    version = parse_version(text.encode("utf-8"))
    assert (version.symbol, version.language, version.kind, version.date) == (
        "S/PRST/1998/17", "es", "presidential_statement", "1998-05-29"
    )
    body = [p.text[:20] for p in version.paragraphs if p.kind == "other"]
    assert body == ["En la 3888ª sesión d", "El Consejo de Seguri", "El Consejo de Seguri"]
    assert not any("98-14878" in p.text for p in version.paragraphs)
