"""Anchors are the language-independent evidence the aligner relies on."""

from alignment.anchors import compare, extract_anchors, normalise_digits


def test_arabic_indic_and_full_width_digits_are_normalised():
    assert normalise_digits("٢٠١٦ و ２０１６ and 1,000") == "2016 و 2016 and 1000"


def test_resolution_numbers_match_in_either_order():
    """Arabic prints resolution 72/74 as 74/72."""
    en = extract_anchors("pursuant to General Assembly resolution 72/74", language="en")
    ar = extract_anchors("عملا بقرار الجمعية العامة 74/72", language="ar")
    zh = extract_anchors("依照大会第 72/74 号决议", language="zh")
    assert en.strict == ar.strict == zh.strict == {"res:72/74": 1}


def test_dates_agree_across_languages():
    en = extract_anchors("on 22 October 1982", language="en")
    ar = extract_anchors("المؤرخ 22 تشرين الأول/أكتوبر 1982", language="ar")
    zh = extract_anchors("1982 年 10 月 22 日", language="zh")
    assert en.strict == ar.strict == zh.strict == {"n:22": 1, "mon:10": 1, "n:1982": 1}


def test_english_modal_may_is_not_a_month():
    assert "mon:5" not in extract_anchors("the Council may decide", language="en").strict
    assert "mon:5" in extract_anchors("on 17 May 2013", language="en").strict


def test_un_symbols_are_whole_tokens():
    anchors = extract_anchors("A/75/345-S/2020/898; see S/PV.7813 and S/PRST/2013/16.")
    assert {"sym:A/75/345", "sym:S/2020/898", "sym:S/PV.7813", "sym:S/PRST/2013/16"} <= set(
        anchors.strict
    )
    assert "n:345" not in anchors.strict


def test_footnote_marks_in_text_and_as_markers_agree():
    assert extract_anchors("organizations,²").strict == extract_anchors("التقرير⁽²⁾").strict
    assert extract_anchors("报告，", ("2",)).strict == {"fn:2": 1}


def test_latin_names_in_a_non_latin_text():
    zh = extract_anchors("Bouaida 先生（摩洛哥）")
    en = extract_anchors("Mr. Bouaida (Morocco)")
    assert compare(en, zh).names == 1


def test_compare_counts_shared_and_unshared_tokens():
    a = extract_anchors("in 2016 and 2018")
    b = extract_anchors("在 2016 年")
    overlap = compare(a, b)
    assert (overlap.matched, overlap.total) == (1, 3)
    assert compare(extract_anchors("text"), extract_anchors("文本")).dice is None
