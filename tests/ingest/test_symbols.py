"""One grammar of UN document symbols (documents.ingest.symbols), and the
stages that used to carry a symbol pattern of their own agreeing with it.

The examples in running text are footnotes and sentences of the real
texts in tests/realdata/ (file named beside each)."""

import pytest

from alignment.anchors import extract_anchors
from documents.ingest.consistency import INVALID_SYMBOL, JOINT_SYMBOL_GIVEN, check_symbol
from documents.ingest.detect import detect_kind, detect_symbol
from documents.ingest.errors import IngestError
from documents.ingest.references import find_references
from documents.ingest.symbols import (
    find_symbols,
    is_symbol,
    kind_of,
    normalise_symbol,
    split_joint,
)


def found(text):
    return [(m.symbol, m.printed) for m in find_symbols(text)]


# --------------------------------------------------------------------------
# Finding symbols in running text, with the right end
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # A-RES-80-10: a joint symbol, then the full stop of the footnote
        ("A/79/552-S/2024/767.", [("A/79/552", "A/79/552"), ("S/2024/767", "S/2024/767")]),
        # A-RES-80-13: a treaty body's general recommendation
        ("CEDAW/C/GC/38.", [("CEDAW/C/GC/38", "CEDAW/C/GC/38")]),
        # A-RES-80-6: a conference report and its corrigendum
        (
            "Report of the World Conference against Racism, Racial Discrimination, "
            "Xenophobia and Related Intolerance, Durban, 31 August-8 September 2001 "
            "(A/CONF.189/12 and A/CONF.189/12/Corr.1), chap. I.",
            [("A/CONF.189/12", "A/CONF.189/12"),
             ("A/CONF.189/12/Corr.1", "A/CONF.189/12/Corr.1")],
        ),
        # A-RES-80-15: the volumes of the 2010 NPT Review Conference
        (
            "Final Document, Volume I (NPT/CONF.2010/50 (Vol. I)), part I.",
            [("NPT/CONF.2010/50(Vol.I)", "NPT/CONF.2010/50 (Vol. I)")],
        ),
        # A-RES-80-3: the Paris Agreement
        (
            "Adopted under the UNFCCC in FCCC/CP/2015/10/Add.1, decision 1/CP.21, annex.",
            [("FCCC/CP/2015/10/Add.1", "FCCC/CP/2015/10/Add.1")],
        ),
        # A-RES-80-9: a report in parts
        (
            "Official Records of the General Assembly, Seventy-third Session, "
            "Supplement No. 12 (A/73/12 (Part I)); and ibid., (A/73/12 (Part II)).",
            [("A/73/12(PartI)", "A/73/12 (Part I)"), ("A/73/12(PartII)", "A/73/12 (Part II)")],
        ),
        # A-RES-80-24: a part with its own corrigendum
        (
            "(NPT/CONF.1995/32 (Part I) and NPT/CONF.1995/32 (Part I)/Corr.2), annex.",
            [("NPT/CONF.1995/32(PartI)", "NPT/CONF.1995/32 (Part I)"),
             ("NPT/CONF.1995/32(PartI)/Corr.2", "NPT/CONF.1995/32 (Part I)/Corr.2")],
        ),
        # A-RES-80-19, A-RES-80-22, A-RES-80-18: disarmament bodies, special sessions
        ("See CD/1839 and CD/1985.", [("CD/1839", "CD/1839"), ("CD/1985", "CD/1985")]),
        ("BWC/CONF.IX/9, part II.", [("BWC/CONF.IX/9", "BWC/CONF.IX/9")]),
        ("Resolution S-10/2 (A/S-10/2).", [("A/S-10/2", "A/S-10/2")]),
        # S-RES-2326-2016.zh: the Security Council resolution written against Chinese
        ("第2326(2016)号决议 S/RES/2326(2016)", [("S/RES/2326(2016)", "S/RES/2326(2016)")]),
        ("resolution S/RES/2532 (2020) of 1 July", [("S/RES/2532(2020)", "S/RES/2532 (2020)")]),
        ("A/RES/2758 (XXVI) and A/RES/3369(XXX)",
         [("A/RES/2758(XXVI)", "A/RES/2758 (XXVI)"), ("A/RES/3369(XXX)", "A/RES/3369(XXX)")]),
        ("A/RES/ES-10/19, A/RES/S-10/2", [("A/RES/ES-10/19", "A/RES/ES-10/19"),
                                           ("A/RES/S-10/2", "A/RES/S-10/2")]),
        ("S/PV.7050, A/68/PV.5, A/C.1/75/PV.3 and S/PRST/2013/16.",
         [("S/PV.7050", "S/PV.7050"), ("A/68/PV.5", "A/68/PV.5"),
          ("A/C.1/75/PV.3", "A/C.1/75/PV.3"), ("S/PRST/2013/16", "S/PRST/2013/16")]),
        # ST-AI in a Chinese sentence (S-PV-7050.zh), full-width punctuation
        ("ST/AI/189/Add.9/Rev.2第2条", [("ST/AI/189/Add.9/Rev.2", "ST/AI/189/Add.9/Rev.2")]),
        ("文件S／2013／588。", [("S/2013/588", "S／2013／588")]),
        # A-RES-63-114.zh: a slash before the Chinese conjunction
        ("A/63/228-S/2008/531/和 Corr.1。", [("A/63/228", "A/63/228"),
                                          ("S/2008/531", "S/2008/531")]),
    ],
)  # fmt: skip
def test_symbols_in_real_footnotes_end_where_they_end(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "people living with HIV/AIDS",  # A-RES-80-5
        "resolutions CM/Res.1153 (XLVIII) of 1988",  # A-RES-80-26: not a UN series
        "the A/C and S/he forms",
        "URL/title, Affairs/Peacebuilding",
        "2/6 23/11/2020",
        "XA/75/1 A/75/x",  # inside a longer token; a prefix of a longer run of slashes
    ],
)
def test_look_alikes_are_not_symbols(text):
    assert found(text) == []


def test_joint_symbols_are_marked_joint():
    matches = find_symbols("(A/75/345-S/2020/898; A/75/346 – S/2020/899) and A/75/347")
    assert [(m.symbol, m.joint) for m in matches] == [
        ("A/75/345", False), ("S/2020/898", True),
        ("A/75/346", False), ("S/2020/899", True),
        ("A/75/347", False),
    ]  # fmt: skip
    assert split_joint("A/75/345-S/2020/898") == ["A/75/345", "S/2020/898"]
    assert split_joint("A/75/345") == []


# --------------------------------------------------------------------------
# The stored form and validation
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "printed, stored",
    [
        ("S/RES/2532 (2020)", "S/RES/2532(2020)"),
        ("A/RES/2758 (XXVI)", "A/RES/2758(XXVI)"),
        ("S／PV．7050", "S/PV.7050"),
        ("A/RES/３３６９（XXX）", "A/RES/3369(XXX)"),
        ("A/RES/ES–10/19", "A/RES/ES-10/19"),  # en dash
        ("A/RES/ES‑10/19", "A/RES/ES-10/19"),  # non-breaking hyphen
        ("S/٢٠٢٠/٨٩٨", "S/2020/898"),  # Arabic-Indic digits
        (" A / RES / 75 / 16 ", "A/RES/75/16"),
        ("A/75/345.", "A/75/345"),
        ("A/73/12 (Part I)", "A/73/12(PartI)"),
        ("A/73/12 (PART I)", "A/73/12(PartI)"),
        ("NPT/CONF.2010/50 (Vol. I)", "NPT/CONF.2010/50(Vol.I)"),
        ("A/75/345–S/2020/898", "A/75/345-S/2020/898"),
    ],
)
def test_normalise_symbol_gives_the_stored_form(printed, stored):
    assert normalise_symbol(printed) == stored


@pytest.mark.parametrize(
    "symbol",
    [
        "A/RES/75/16", "A/RES/2758(XXVI)", "A/RES/3369(XXX)", "A/RES/ES-10/19", "A/RES/S-10/2",
        "S/RES/2532(2020)", "A/DEC/75/501", "A/HRC/RES/16/18", "E/RES/2013/5", "S/PV.7050",
        "A/68/PV.5", "A/C.1/75/PV.3", "A/48/PV.63/Corr.1", "S/PRST/2013/16",
        "A/75/L.27/Add.1", "A/75/L.27/Rev.2", "E/CN.4/2005/L.10", "CEDAW/C/GC/38",
        "NPT/CONF.2010/50(Vol.I)", "A/73/12(PartI)",
        "WFP/EB.1/2020/4",  # a series running text does not know is still a symbol
    ],
)  # fmt: skip
def test_is_symbol_accepts_every_kind_of_symbol(symbol):
    assert is_symbol(symbol)


@pytest.mark.parametrize(
    "text",
    [
        "", "A", "A/RES", "HIV/AIDS", "../../etc", "A/RES/99/1<script>", "a/res/75/16",
        "A/RES/75/16)", "A/RES/((", "A/RES/75/16 ", "A/75/345-S/2020/898", "A//75",
        "S/RES/2532 (2020)",  # printed, not stored: normalise_symbol first
    ],
)  # fmt: skip
def test_is_symbol_refuses_what_is_not_one_stored_symbol(text):
    assert not is_symbol(text)


@pytest.mark.parametrize(
    "symbol, kind",
    [
        ("A/RES/75/16", "resolution"),
        ("A/RES/2758(XXVI)", "resolution"),
        ("A/RES/3201(S-VI)", "resolution"),
        ("A/RES/ES-10/19", "resolution"),
        ("A/RES/S-10/2", "resolution"),
        ("S/RES/2532(2020)", "resolution"),
        ("A/HRC/RES/16/18", "resolution"),
        ("E/RES/2013/5", "resolution"),
        ("A/DEC/75/501", "decision"),
        ("A/HRC/DEC/16/115", "decision"),
        ("S/PV.7050", "verbatim_record"),
        ("A/68/PV.5", "verbatim_record"),
        ("A/ES-10/PV.5", "verbatim_record"),
        ("A/C.1/75/PV.3", "verbatim_record"),
        ("A/PV.2345", "verbatim_record"),
        ("S/PRST/2013/16", "presidential_statement"),
        ("A/48/PV.63/Corr.1", "other"),  # a corrigendum
        ("A/75/345", "other"),
        ("S/RES/2532", "other"),  # a Council resolution is stored with its year
    ],
)
def test_the_named_patterns_tell_the_kind(symbol, kind):
    assert kind_of(symbol) == kind


# --------------------------------------------------------------------------
# Disagreements between the stages, now resolved
# --------------------------------------------------------------------------


def test_check_symbol_stores_a_council_resolution_as_the_references_cite_it():
    """consistency refused "S/RES/2532 (2020)" (a space), while the
    references stage cites it as "S/RES/2532(2020)": now both agree."""
    assert check_symbol("S/RES/2532 (2020)") == "S/RES/2532(2020)"
    cited = [r.symbol for r in find_references("see S/RES/2532 (2020).", "en")]
    assert cited == [check_symbol("S/RES/2532 (2020)")]


@pytest.mark.parametrize(
    "given, stored",
    [
        ("A/75/345.", "A/75/345"),  # was accepted with its full stop, never cited so
        ("A/RES/ES–10/19", "A/RES/ES-10/19"),  # was refused for the en dash
        (" A/RES/75/16 ", "A/RES/75/16"),
    ],
)
def test_check_symbol_returns_the_stored_form(given, stored):
    assert check_symbol(given) == stored


@pytest.mark.parametrize("given", ["HIV/AIDS", "A/RES/75/16)", "AB/x"])
def test_check_symbol_refuses_what_the_old_pattern_let_through(given):
    with pytest.raises(IngestError) as raised:
        check_symbol(given)
    assert str(raised.value) == INVALID_SYMBOL.format(symbol=given)


def test_a_joint_symbol_given_asks_for_one_of_its_symbols():
    with pytest.raises(IngestError) as raised:
        check_symbol("A/75/345-S/2020/898")
    assert str(raised.value) == JOINT_SYMBOL_GIVEN.format(
        symbol="A/75/345-S/2020/898", choices="A/75/345 or S/2020/898"
    )


def test_anchors_and_references_agree_on_an_emergency_session_resolution():
    """The aligner's own pattern stopped at the hyphen ("A/RES/ES" and the
    number pair 10/19) while the references stage read A/RES/ES-10/19."""
    anchors = extract_anchors("resolution A/RES/ES-10/19 of 2022").strict
    assert "sym:A/RES/ES-10/19" in anchors
    assert "res:10/19" not in anchors
    refs = find_references("resolution A/RES/ES-10/19 of 2022", "en")
    assert [r.symbol for r in refs] == ["A/RES/ES-10/19"]


def test_anchors_of_a_council_resolution_agree_across_spacing():
    """English prints "S/RES/2326 (2016)", Chinese "S/RES/2326(2016)": one
    anchor, the year inside the symbol as the references cite it."""
    en = extract_anchors("S/RES/2326 (2016)").strict
    zh = extract_anchors("安全理事会S/RES/2326(2016)号决议").strict
    assert en == zh == {"sym:S/RES/2326(2016)": 1}


def test_anchors_ignore_look_alikes_the_old_pattern_took_for_symbols():
    anchors = extract_anchors("the A/C forms; s/he").strict
    assert not [token for token in anchors if token.startswith("sym:")]


def test_anchors_know_the_series_the_references_know():
    """The aligner read "CONF.2010/50" as the resolution number 50/2010."""
    anchors = extract_anchors("CD/1985 and NPT/CONF.2010/50 (Vol. I)").strict
    assert {"sym:CD/1985", "sym:NPT/CONF.2010/50(VOL.I)"} <= set(anchors)
    assert "n:1985" not in anchors
    assert "res:50/2010" not in anchors


@pytest.mark.parametrize(
    "text, expected",
    [
        ("the report (NPT/CONF.2010/50 (Vol. I)).", ["NPT/CONF.2010/50(Vol.I)"]),
        ("CD/1985.", ["CD/1985"]),
        ("FCCC/CP/2015/10/Add.1, annex", ["FCCC/CP/2015/10/Add.1"]),
        # the part belongs to the symbol: A/80/130 alone is another document
        ("A/80/130 (Part I).", ["A/80/130(PartI)"]),
        # the corrigendum after a slash and a Chinese conjunction (A-RES-63-114.zh)
        ("A/63/228-S/2008/531/和 Corr.1。",
         ["A/63/228", "S/2008/531", "A/63/228/Corr.1", "S/2008/531/Corr.1"]),
    ],
)  # fmt: skip
def test_references_cite_what_the_grammar_finds(text, expected):
    assert [r.symbol for r in find_references(text, "zh" if "和" in text else "en")] == expected


def test_every_symbol_the_references_make_is_one_stored_symbol():
    """The symbols built from citation wording ("resolution 1325 (2000)",
    Arabic "3201 (د إ-6)") are in the grammar's stored form."""
    cases = [
        ("Security Council resolution 1325 (2000)", "en"),
        ("resolution 3369 (XXX) and resolution 3201 (S–VI)", "en"),
        ("القرار 3201 (د إ-6)", "ar"),
        ("Human Rights Council decision 16/115", "en"),
        ("第 70/1 号决议", "zh"),
    ]
    symbols = [r.symbol for text, language in cases for r in find_references(text, language)]
    assert symbols == [
        "S/RES/1325(2000)", "A/RES/3369(XXX)", "A/RES/3201(S-VI)", "A/RES/3201(S-VI)",
        "A/HRC/DEC/16/115", "A/RES/70/1",
    ]  # fmt: skip
    assert all(is_symbol(symbol) and normalise_symbol(symbol) == symbol for symbol in symbols)


@pytest.mark.parametrize("line", ["S/PRST/2013/16", "**S/PRST/2013/16**", "  S／PRST／2013／16  "])
def test_a_presidential_statement_symbol_alone_on_its_line(line):
    text = f"United Nations\n{line}\nSecurity Council\nDistr.: General\n" + "The Council. " * 5
    assert detect_kind(text, "en") == "presidential_statement"
    assert detect_symbol(text, "en", "presidential_statement") == "S/PRST/2013/16"


def test_a_presidential_statement_cited_in_a_footnote_line_makes_no_statement():
    """A footnote line "S/PRST/2013/16." (with its full stop) is a citation."""
    text = "General Assembly\nRecalling the statement,1\n1\nS/PRST/2013/16.\n" + "Text. " * 10
    assert detect_kind(text, "en") != "presidential_statement"


def test_search_reads_a_symbol_query_as_printed():
    """search took "S/RES/2532 (2020)" (a space) for no symbol, so it never
    found the paragraphs citing it; it took "HIV/AIDS" for one."""
    from documents.search import cited_symbol

    assert cited_symbol("S/RES/2532 (2020)") == "S/RES/2532(2020)"
    assert cited_symbol("a/res/72/74") == "A/RES/72/74"
    assert cited_symbol("A/RES/ES–10/19") == "A/RES/ES-10/19"
    assert cited_symbol("HIV/AIDS") == ""
    assert cited_symbol("resolution 72/74") == ""
