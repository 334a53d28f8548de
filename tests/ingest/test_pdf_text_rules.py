"""The rules that read real PDF and web text, one by one, on small texts
written in the layout real documents have (tests/realdata holds the whole
documents): page furniture, footnotes left where the page ended, marks
glued to words, annexed texts, unnumbered operative paragraphs, one
paragraph per line, old session symbols."""

from __future__ import annotations

import pytest

from documents.ingest.footnotes import glued_mark, glued_span
from documents.ingest.numerals import chinese_to_int, int_to_roman, roman_to_int
from documents.ingest.pipeline import parse_version

HEADER = """United Nations
A/RES/80/99

General Assembly
Distr.: General
15 October 2025
25-16680 (E)
*2516680*

Eightieth session
Agenda item 13

Resolution adopted by the General Assembly on 14 October 2025

80/99. Cooperation between the United Nations and the Example Organization

The General Assembly,

"""


def parse(body: str, header: str = HEADER):
    return parse_version((header + body).encode("utf-8"), language="en")


def kinds(version, kind):
    return [p for p in version.paragraphs if p.kind == kind]


@pytest.mark.parametrize(
    ("before", "marker", "after"),
    [
        ("of the United Nations", "1", " and"),
        ("previously adopted Declarations of 2017", "2", " and"),
        ("adopted on 20 December 2024,", "1", " which"),
        ("Governors”; ", "3", " and the"),
        ("the report of the Secretary-General on resolution 79/16,", "2", ""),
        ("placed on the agenda ", "5", " of the session"),
        ("the Convention ", "1", " and its Protocols"),
    ],
)
def test_a_glued_mark_is_found_where_pdf_text_prints_it(before, marker, after):
    match = glued_mark(before + marker + after, marker)
    assert match is not None
    assert glued_span(match) == (len(before), len(before) + len(marker))


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("held in Rabat from 3 to 5 July 2018", "5"),  # a date, not a mark
        ("in accordance with article 5 of the Charter", "5"),  # a numbered thing
        ("resolutions 1, 2 and 3", "2"),  # a list of numbers
        ("COVID-19 pandemic", "19"),
        ("2008 年 3 月 13 日", "3"),  # Chinese dates are spaced out
        ("A/RES/75/16", "16"),
    ],
)
def test_a_number_that_is_text_is_no_mark(text, marker):
    assert glued_mark(text, marker) is None


def test_footnotes_left_where_the_page_ended_are_found_by_their_glued_marks():
    """The 1.1.0 extraction: no rule, the footnote bodies between two halves
    of a paragraph, marks glued to a year and to a comma."""
    version = parse(
        "Recalling its resolution 79/1 of 22 September 2024,1\n\n"
        "Taking note of the report of the Secretary-General of 25 November 20242 and\n\n"
        "1 See resolution 79/1.\n\n"
        "2 A/79/552-S/2024/767.\n\n"
        "the inputs from the group of eminent persons,\n\n"
        "1. Decides to remain seized of the matter.\n"
    )
    assert [(f.marker, f.text) for f in version.footnotes] == [
        ("1", "See resolution 79/1."), ("2", "A/79/552-S/2024/767."),
    ]
    preambular = kinds(version, "preambular")
    assert len(preambular) == 2
    assert preambular[1].text.endswith("25 November 2024 and the inputs from the group of "
                                       "eminent persons,")
    assert [r.marker for p in preambular for r in p.footnote_refs] == ["1", "2"]


def test_a_number_opening_a_wrapped_line_is_not_a_footnote():
    """A paragraph cut by a page break goes on with "1 November 2018": no
    mark points to a footnote 1, so it is the rest of the paragraph."""
    version = parse(
        "Recalling the meeting of the States parties held in New York on\n\n"
        "25-16680\n2/5\n\n"
        "1 November 2018, at which States agreed,\n\n"
        "1. Decides to remain seized of the matter.\n"
    )
    assert version.footnotes == []
    assert "on 1 November 2018" in kinds(version, "preambular")[0].text


def test_footnotes_after_a_rule_line_with_bare_numbers():
    """The 1.0.0 extraction: a rule of underscores, then "N text" bodies."""
    version = parse(
        "Recalling the Charter of the United Nations,1\n\n"
        "1. Welcomes the report;2\n"
        "_______________\n\n"
        "1 Resolution 64/293.\n\n"
        "2 A/80/1.\n"
    )
    assert [f.marker for f in version.footnotes] == ["1", "2"]
    assert [r.marker for p in version.paragraphs for r in p.footnote_refs] == ["1", "2"]


def test_running_title_between_page_furniture_is_dropped():
    version = parse(
        "Recalling the Charter of the United Nations, and the principles of the\n\n"
        "A/RES/80/99\n"
        "Cooperation between the United Nations and the Example Organization\n\n"
        "25-16680\n"
        "2/5\n\n"
        "Organization,\n\n"
        "1. Decides to remain seized of the matter.\n"
    )
    texts = [p.text for p in version.paragraphs]
    assert not any(t.startswith("Cooperation between") for t in texts if t != version.title)
    assert kinds(version, "preambular")[0].text.endswith("principles of the Organization,")


def test_an_annexed_declaration_has_kinds_and_anchors_of_its_own():
    version = parse(
        "Recalling its resolution 79/1,\n\n"
        "1. Endorses the declaration annexed to the present resolution.\n\n"
        "18th plenary meeting\n14 October 2025\n\n"
        "Annex\n"
        "Awaza Political Declaration\n\n"
        "1.\nWe, the Heads of State, met in Awaza.\n\n"
        "I.\nGlobal context\n\n"
        "2.\nWe gather at a critical juncture:\n\n"
        "(a)\nStructural transformation;\n\n"
        "(b)\nTrade.\n"
    )
    annex = [(p.kind, p.anchor) for p in version.paragraphs if p.kind.startswith("annex")]
    assert annex == [
        ("annex_heading", "annex"),
        ("annex_heading", "annex-h-1"),
        ("annex_paragraph", "annex-op-1"),
        ("annex_heading", "annex-s-i"),
        ("annex_paragraph", "annex-op-2"),
        ("annex_sub_paragraph", "annex-op-2-a"),
        ("annex_sub_paragraph", "annex-op-2-b"),
    ]
    assert [p.anchor for p in kinds(version, "operative")] == ["op-1"]


def test_a_single_unnumbered_operative_paragraph():
    """"The General Assembly / Adopts the Declaration ..." then the closing line."""
    version = parse(
        "Adopts the Political Declaration annexed to the present resolution.\n\n"
        "48th plenary meeting\n24 November 2025\n",
        header=HEADER.replace("The General Assembly,", "The General Assembly"),
    )
    assert [(p.anchor, p.number) for p in kinds(version, "operative")] == [("op-1", "")]
    assert kinds(version, "preambular") == []


def test_unnumbered_operative_paragraphs_of_an_old_resolution():
    """2758 (XXVI) in Spanish: the preamble opens with gerunds and ends in
    commas; the operative clause does neither."""
    text = (
        "2758 (XXVI). Restitución de los legítimos derechos de la República Popular China\n\n"
        " La Asamblea General\n\n"
        " Recordando los principios de la Carta de las Naciones Unidas,\n\n"
        " Considerando que la restitución es indispensable,\n\n"
        " Decide restituir a la República Popular de China todos sus derechos.\n\n"
        "1976a. sesión plenaria,\n25 de octubre de 1971.\n"
    )
    version = parse_version(text.encode(), language="es")
    assert version.symbol == "A/RES/2758(XXVI)"
    assert [p.text[:6] for p in kinds(version, "preambular")] == ["Record", "Consid"]
    assert [p.text[:6] for p in kinds(version, "operative")] == ["Decide"]


def test_a_web_copy_one_paragraph_per_line():
    """Chinese Security Council resolution as a web page shows it: ASCII
    punctuation, no blank lines, the page title naming the resolution."""
    text = (
        "联合国安理会第2446号决议\n"
        "第2446(2018)号决议\n"
        "2018年11月15日安全理事会第8401次会议通过\n"
        "安全理事会,\n"
        "回顾其以往关于中非共和国的各项决议和声明,\n"
        "根据《联合国宪章》第七章采取行动,\n"
        "1. 决定将中非稳定团的任务期限延至2018年12月15日;\n"
        "2. 决定继续积极处理此案。\n"
    )
    version = parse_version(text.encode())
    assert (version.symbol, version.language, version.kind) == (
        "S/RES/2446(2018)", "zh", "resolution"
    )
    assert len(kinds(version, "preambular")) == 2
    assert [p.number for p in kinds(version, "operative")] == ["1", "2"]


def test_numerals():
    assert (roman_to_int("XXVI"), int_to_roman(21), roman_to_int("IIII")) == (26, "XXI", None)
    assert (chinese_to_int("二一五九"), chinese_to_int("二十一"), chinese_to_int("二0二五")) == (
        2159, 21, 2025,
    )


def test_an_early_security_council_resolution_in_chinese():
    """1948 layout: the symbol line "五十六(一九四八).", operative paragraphs
    numbered in Chinese numerals, sub-paragraphs lettered with the stems,
    a footnote numbered on from the volume ("32")."""
    text = (
        "五十六(一九四八).一九四八年八月十九日決議案\n\n"
        "  安全理事會,\n\n"
        "  閱悉調解專員關於耶路撒冷情勢之各項來文後,\n\n"
        "  一.促請各有關政府及當局注意安全理事會決議案;\n\n"
        "  二.決議將下列各項通知各有關政府與當局:\n\n"
        "  (甲)各方應負責;\n\n"
        "  (乙)各方均不得破壞休戰。\n\n"
        "第三五四次會議通過。32\n\n"
        "32 此決議草案業經分部表決通過。\n"
    )
    version = parse_version(text.encode())
    assert (version.symbol, version.date) == ("S/RES/56(1948)", "1948-08-19")
    assert [(p.anchor, p.number) for p in kinds(version, "operative")] == [
        ("op-1", "1"), ("op-2", "2"),
    ]
    assert [p.anchor for p in kinds(version, "sub_paragraph")] == ["op-2-a", "op-2-b"]
    assert [f.marker for f in version.footnotes] == ["32"]


def test_a_running_header_glued_to_a_footnote_is_not_part_of_it():
    """ "2 A/CONF.183/9.A/RES/55/2": the page's running header, the document's
    own symbol, follows the footnote's full stop."""
    version = parse(
        "Recalling the Rome Statute,1\n\n"
        "1. Decides to remain seized of the matter.\n"
        "_______________\n\n"
        "1 A/CONF.183/9.A/RES/80/99\n",
    )
    assert [(f.marker, f.text) for f in version.footnotes] == [("1", "A/CONF.183/9.")]


def test_a_presidential_statement_known_by_its_opening_formula():
    """A web copy with the symbol inside its title row and no statement
    title: the opening formula says what it is."""
    text = (
        "联合国安理会主席声明2002年第37号 中华文库\n"
        "← | 联合国安理会主席声明2002年第37号 S/PRST/2002/37 |\n"
        "安全理事会主席在2002年12月17日安全理事会第4670次会议上,就题为“中东局势”的项目,"
        "代表安理会发表声明如下:\n"
        "“安全理事会重申其对中东和平的承诺。”\n"
    )
    version = parse_version(text.encode())
    assert (version.symbol, version.kind) == ("S/PRST/2002/37", "presidential_statement")
    assert [p.anchor for p in kinds(version, "other")] == ["p-1", "p-2"]
