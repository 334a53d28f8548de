"""Citations of UN documents are found in all six languages and normalised."""

import pytest

from documents.ingest.references import find_references, resolve_symbol


def symbols(text, language="en"):
    return [ref.symbol for ref in find_references(text, language)]


def pairs(text, language="en"):
    return [(ref.symbol, ref.text) for ref in find_references(text, language)]


@pytest.mark.parametrize(
    "printed, symbol",
    [
        ("S/PV.7813", "S/PV.7813"),
        ("S/PRST/2013/16", "S/PRST/2013/16"),
        ("S/INF/69", "S/INF/69"),
        ("A/75/L.27/Add.1", "A/75/L.27/Add.1"),
        ("A/66/53", "A/66/53"),
        ("S/2013/588", "S/2013/588"),
        ("A/HRC/RES/16/18", "A/HRC/RES/16/18"),
        ("A/RES/ES-10/19", "A/RES/ES-10/19"),
        ("E/CN.4/2005/L.10", "E/CN.4/2005/L.10"),
        ("S/RES/1325 (2000)", "S/RES/1325(2000)"),
    ],
)
def test_full_symbols_are_found_as_printed_and_normalised(printed, symbol):
    text = f"The Council had before it document {printed}. Next sentence."
    refs = find_references(text, "en")
    assert [(r.symbol, r.text) for r in refs] == [(symbol, printed)]
    assert text[refs[0].offset : refs[0].offset + len(printed)] == printed


def test_joint_symbol_is_one_reference_per_symbol():
    assert pairs("the report (A/75/345-S/2020/898).") == [
        ("A/75/345", "A/75/345"),
        ("S/2020/898", "S/2020/898"),
    ]


def test_corrigendum_of_a_joint_symbol_is_cited_for_each_symbol():
    assert symbols("see A/63/228-S/2008/531 and Corr.1.") == [
        "A/63/228",
        "S/2008/531",
        "A/63/228/Corr.1",
        "S/2008/531/Corr.1",
    ]


def test_symbols_inside_chinese_text_and_full_width_brackets():
    assert symbols("我谨提请注意文件S/2013/588，主席声明（S/PRST/2013/16）。", "zh") == [
        "S/2013/588",
        "S/PRST/2013/16",
    ]


@pytest.mark.parametrize(
    "language, text, expected",
    [
        ("en", "Recalling resolution 72/74,", [("A/RES/72/74", "72/74")]),
        ("en", "General Assembly resolution 72/74", [("A/RES/72/74", "72/74")]),
        ("fr", "Rappelant sa résolution 72/74,", [("A/RES/72/74", "72/74")]),
        ("es", "Recordando su resolución 72/74,", [("A/RES/72/74", "72/74")]),
        ("ru", "ссылаясь на свою резолюцию 72/74,", [("A/RES/72/74", "72/74")]),
        ("ru", "резолюция 72/74 Генеральной Ассамблеи", [("A/RES/72/74", "72/74")]),
        ("zh", "回顾其第 70/1 号决议，", [("A/RES/70/1", "70/1")]),
        ("zh", "大会第70/1号决议", [("A/RES/70/1", "70/1")]),
        ("ar", "إذ تشير إلى القرار 1/70،", [("A/RES/70/1", "1/70")]),
        ("ar", "وإذ تشير إلى قرارها 74/72", [("A/RES/72/74", "74/72")]),
        ("ar", "قرار الجمعية العامة 1/70", [("A/RES/70/1", "1/70")]),
    ],
)
def test_resolution_numbers_after_a_keyword(language, text, expected):
    assert pairs(text, language) == expected


def test_security_council_and_roman_session_resolutions():
    text = "Security Council resolution 1325 (2000) and resolution 3369 (XXX)"
    assert symbols(text) == ["S/RES/1325(2000)", "A/RES/3369(XXX)"]
    assert symbols("第822(1993)号、第853(1993)号及第884(1993)号决议", "zh") == [
        "S/RES/822(1993)",
        "S/RES/853(1993)",
        "S/RES/884(1993)",
    ]
    assert symbols("резолюции 1325 (2000) и 1820 (2008)", "ru") == [
        "S/RES/1325(2000)",
        "S/RES/1820(2008)",
    ]
    assert symbols("وقرار مجلس الأمن 1325 (2000)", "ar") == ["S/RES/1325(2000)"]


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "resolutions 37/4 of 22 October 1982, 38/4 of 28 October 1983 and 39/7"),
        ("fr", "résolutions 37/4 du 22 octobre 1982, 38/4 du 28 octobre 1983 et 39/7"),
        ("es", "resoluciones 37/4, de 22 de octubre de 1982, 38/4 y 39/7"),
        ("ru", "резолюции 37/4 от 22 октября 1982 года, 38/4 и 39/7"),
        ("zh", "第37/4号、第38/4号和第39/7号决议"),
        ("zh", "1982年10月22日第37/4号、1983年10月28日第38/4号及第39/7号决议"),
        ("ar", "قراراتها 4/37 المؤرخ 22 تشرين الأول/أكتوبر 1982 و 4/38 و 7/39"),
    ],
)
def test_every_item_of_a_list_is_cited(language, text):
    assert symbols(text, language) == ["A/RES/37/4", "A/RES/38/4", "A/RES/39/7"]


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "Human Rights Council resolution 16/18"),
        ("fr", "la résolution 16/18 du Conseil des droits de l'homme"),
        ("es", "la resolución 16/18 del Consejo de Derechos Humanos"),
        ("ru", "резолюция 16/18 Совета по правам человека"),
        ("zh", "人权理事会第 16/18 号决议"),
        ("ar", "قرار مجلس حقوق الإنسان 18/16"),
    ],
)
def test_human_rights_council_resolutions_keep_their_own_series(language, text):
    assert symbols(text, language) == ["A/HRC/RES/16/18"]


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "On 23/11/2020 the meeting took place; see page 2/6."),
        ("en", "the resolution of 23/11/2020 was read"),
        ("en", "S/PV.7050 13-52896 2/31"[9:]),
        ("zh", "2013年10月28日，第5号文件，2/6"),
        ("ar", "القرار المؤرخ 23/11/2020"),
        ("fr", "la résolution adoptée le 2/6"),
        ("en", "the A/C and S/he forms"),
        ("en", "resolution 0/12"),
    ],
)
def test_dates_page_numbers_and_fractions_are_not_references(language, text):
    assert symbols(text, language) == []


def test_references_come_in_reading_order_with_offsets():
    text = "See S/2013/588 and resolution 72/74."
    refs = find_references(text, "en")
    assert [r.offset for r in refs] == [text.index("S/2013"), text.index("72/74")]


def test_resolve_symbol_normalises_printing_variants():
    assert resolve_symbol("S/RES/1325 (2000)") == "S/RES/1325(2000)"
    assert resolve_symbol("S／PV．7050") == "S/PV.7050"
    assert resolve_symbol("A/RES/３３６９（XXX）") == "A/RES/3369(XXX)"


@pytest.mark.parametrize(
    "language, text, expected",
    [
        ("en", "see document A/DEC/75/501.", [("A/DEC/75/501", "A/DEC/75/501")]),
        ("en", "in accordance with decision 75/501,", [("A/DEC/75/501", "75/501")]),
        ("en", "its decisions 74/555 and 75/501", [("A/DEC/74/555", "74/555"),
                                                 ("A/DEC/75/501", "75/501")]),
        ("fr", "conformément à sa décision 75/501,", [("A/DEC/75/501", "75/501")]),
        ("es", "de conformidad con su decisión 75/501,", [("A/DEC/75/501", "75/501")]),
        ("ru", "в соответствии со своим решением 75/501", [("A/DEC/75/501", "75/501")]),
        ("ar", "وفقا لمقررها 501/75", [("A/DEC/75/501", "501/75")]),
        ("zh", "根据其第75/501号决定，", [("A/DEC/75/501", "75/501")]),
        ("en", "Human Rights Council decision 16/115", [("A/HRC/DEC/16/115", "16/115")]),
        ("en", "Economic and Social Council decision 2013/215", [("E/DEC/2013/215", "2013/215")]),
    ],
)  # fmt: skip
def test_decisions_are_cited_in_the_dec_series(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "the decision of 23/11/2020"),
        ("en", "decision 1325 (2000)"),  # no decision is numbered like a Council resolution
        ("zh", "第75/501号文件"),
        ("ru", "решение проблемы 2/6"),
    ],
)
def test_decision_look_alikes_are_not_references(language, text):
    assert symbols(text, language) == []


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "Security Council resolution 2122 (2013)"),
        ("fr", "la résolution 2122 (2013) du Conseil de sécurité"),
        ("es", "la resolución 2122 (2013) del Consejo de Seguridad"),
        ("ru", "резолюция 2122 (2013) Совета Безопасности"),
        ("ar", "القرار 2122 (2013)"),
        ("zh", "安全理事会第2122(2013)号决议"),
        ("zh", "第 2122 (2013) 号决议"),
    ],
)
def test_security_council_resolution_in_every_language(language, text):
    assert symbols(text, language) == ["S/RES/2122(2013)"]


def test_arabic_pair_printed_session_first_is_read_as_printed():
    """Arabic prints number/session ("1/70"), but a pair whose reversed
    reading gives an impossible session (135) was printed session first."""
    assert symbols("القرار 73/135", "ar") == ["A/RES/73/135"]
    assert symbols("القرار 135/73", "ar") == ["A/RES/73/135"]


# --------------------------------------------------------------------------
# Chinese chains with dates, Chinese council as subject, Arabic sessions
# --------------------------------------------------------------------------


def _pp1(name):
    from documents.ingest.pipeline import parse_file
    from tests.ingest.samples import CORPUS

    version = parse_file(CORPUS / name)
    return next(p for p in version.paragraphs if p.anchor == "pp-1")


def test_every_item_of_the_chinese_pp1_list_is_cited_as_in_english():
    english = [r.symbol for r in _pp1("A-RES-75-16.en.txt").references]
    chinese = [r.symbol for r in _pp1("A-RES-75-16.zh.txt").references]
    assert len(english) == 29
    assert set(chinese) == set(english)
    assert chinese == english  # and in the same order


def test_the_hard_wrapped_chinese_list_is_cited_item_by_item():
    english = [r.symbol for r in _pp1("A-RES-75-16.en.txt").references]
    chinese = [r.symbol for r in _pp1("A-RES-63-114.zh.txt").references]
    # resolution 63/114 recalls the list up to 61/49
    assert chinese == english[: english.index("A/RES/61/49") + 1]


@pytest.mark.parametrize(
    "text",
    [
        "回顾其 1982 年 10 月 22 日第 37/4 号、1983 年 10 月 28 日第 38/4 号和"
        " 1984 年 11 月 8日第 39/7 号决议，",
        "回顾其1982年10月22日第37/4号、1983年10月28日第38/4号及1984年11月8日第39/7号决议",
        # hard-wrapped: line breaks inside the dates and between 第 … 号
        "回顾其 1982 年 10 月 22 日第 37/4 号、1983\n年 10 月 28 日第 38/4\n号和 1984 年 11"
        "\n月 8 日第 39/\n7 号决议",
        "回顾其 1982 年 10 月 22 日的第 37/4 号、 1983 年 10 月 28 日的第 38/4 号"
        "以及第 39/7 号决议",
    ],
)
def test_chinese_chain_with_dates_cites_every_item(text):
    assert symbols(text, "zh") == ["A/RES/37/4", "A/RES/38/4", "A/RES/39/7"]


def test_chinese_chain_ending_in_decision_cites_decisions():
    text = "回顾其 2019 年 12 月 23 日第 74/555 号和 2020 年 9 月 4 日第 74/565 号决定"
    assert symbols(text, "zh") == ["A/DEC/74/555", "A/DEC/74/565"]


def test_chinese_chain_not_ending_in_a_keyword_is_no_citation():
    assert symbols("2019 年 12 月 23 日第 74/555 号、2020 年 9 月 4 日第 74/565 号文件", "zh") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("人权理事会第16/18号决议", ["A/HRC/RES/16/18"]),
        ("人权理事会协商一致通过关于反对宗教不容忍的第16/18号决议", ["A/HRC/RES/16/18"]),
        ("经社理事会通过了第2013/5号决议", ["E/RES/2013/5"]),
        # the council is not the subject of the clause that cites
        ("人权理事会回顾大会第60/251号决议", ["A/RES/60/251"]),
        ("大会在关于人权理事会的第60/251号决议中", ["A/RES/60/251"]),
        ("人权理事会举行了会议。大会第60/251号决议", ["A/RES/60/251"]),
    ],
)
def test_chinese_council_named_in_the_clause(text, expected):
    assert symbols(text, "zh") == expected


def test_the_council_subject_in_the_chinese_record_sample():
    from documents.ingest.pipeline import parse_file
    from tests.ingest.samples import CORPUS

    version = parse_file(CORPUS / "S-PV-7050.zh.txt")
    found = {r.symbol for p in version.paragraphs for r in p.references if r.text == "16/18"}
    assert found == {"A/HRC/RES/16/18"}


@pytest.mark.parametrize(
    "language, text, expected",
    [
        ("ar", "وإذ تشير إلى قرارها 3369 (د-30) المؤرخ", [("A/RES/3369(XXX)", "3369 (د-30)")]),
        ("ar", "قرارها 3369 (د - 30)", [("A/RES/3369(XXX)", "3369 (د - 30)")]),
        ("ar", "القرار 3369 (د-٣٠)", [("A/RES/3369(XXX)", "3369 (د-٣٠)")]),
        ("ar", "قراريها 1514 (د-15) و 2625 (د-25)", [("A/RES/1514(XV)", "1514 (د-15)"),
                                                 ("A/RES/2625(XXV)", "2625 (د-25)")]),
        ("ar", "القرار 3201 (د إ-6)", [("A/RES/3201(S-VI)", "3201 (د إ-6)")]),
        ("ar", "القرار 997 (د إ ط-1)", [("A/RES/997(ES-I)", "997 (د إ ط-1)")]),
        ("en", "resolution 3369 (XXX)", [("A/RES/3369(XXX)", "3369 (XXX)")]),
        ("fr", "sa résolution 3369 (XXX) du 10 octobre 1975", [("A/RES/3369(XXX)", "3369 (XXX)")]),
        ("es", "su resolución 3369 (XXX), de 10 de octubre", [("A/RES/3369(XXX)", "3369 (XXX)")]),
        ("ru", "резолюцию 3369 (XXX)", [("A/RES/3369(XXX)", "3369 (XXX)")]),
        ("zh", "第3369(XXX)号决议", [("A/RES/3369(XXX)", "3369(XXX)")]),
        ("en", "resolution 3201 (S-VI)", [("A/RES/3201(S-VI)", "3201 (S-VI)")]),
    ],
)  # fmt: skip
def test_roman_session_resolutions_in_every_language(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize("text", ["القرار 12 (د-0)", "الفقرة 3 (د)", "المادة 2 (د-)"])
def test_arabic_session_look_alikes_are_not_references(text):
    assert symbols(text, "ar") == []


def test_a_decision_of_another_body_is_not_a_general_assembly_decision():
    """A/RES/80/3 footnote 11: "document CBD/COP/15/17, decision 15/4" is the
    Conference of the Parties' decision, not A/DEC/15/4."""
    text = "United Nations Environment Programme, document CBD/COP/15/17, decision 15/4, annex."
    symbols = [r.symbol for r in find_references(text, "en")]
    assert "A/DEC/15/4" not in symbols
    assert "CBD/COP/15/17" in symbols
    assert "A/DEC/75/501" in [
        r.symbol for r in find_references("See resolution 75/1 and decision 75/501.", "en")
    ]
