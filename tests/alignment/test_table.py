"""build_table derives the finest rows for any set of languages."""

from alignment.table import build_table
from alignment.units import Link

# Pivot en: paragraphs 1..6. ar merges en 4+5 into 24 and lacks en 6;
# zh is 1:1 and has an extra paragraph 37 after 33.
EN = [1, 2, 3, 4, 5, 6]
ZH = [31, 32, 33, 37, 34, 35, 36]
AR = [21, 22, 23, 24]
LINKS = {
    "zh": [
        Link((1,), (31,), 0.9, "anchors"),
        Link((2,), (32,), 0.9, "length"),
        Link((3,), (33,), 0.8, "anchors"),
        Link((), (37,), 0.1, "length"),
        Link((4,), (34,), 0.95, "structural"),
        Link((5,), (35,), 0.7, "length"),
        Link((6,), (36,), 1.0, "manual"),
    ],
    "ar": [
        Link((1,), (21,), 0.9, "anchors"),
        Link((2,), (22,), 0.9, "anchors"),
        Link((3,), (23,), 0.9, "manual"),
        Link((4, 5), (24,), 0.4, "anchors"),
        Link((6,), (), 0.1, "length"),
    ],
}
ORDER = {"zh": ZH, "ar": AR}


def table(langs, pivot_lang=None):
    rows = build_table(EN, {lang: LINKS[lang] for lang in langs}, ORDER, pivot_lang=pivot_lang)
    assert [r.index for r in rows] == list(range(len(rows)))
    return rows


def test_en_ar_merge_is_one_row_and_omission_an_empty_cell():
    rows = table(["ar"], pivot_lang="en")
    assert [r.cells for r in rows] == [
        {"en": [1], "ar": [21]},
        {"en": [2], "ar": [22]},
        {"en": [3], "ar": [23]},
        {"en": [4, 5], "ar": [24]},
        {"en": [6], "ar": []},
    ]
    assert rows[3].confidence == {"ar": 0.4}
    assert rows[4].confidence == {"ar": 0.1}
    assert rows[2].manual == {"ar": True} and rows[3].manual == {"ar": False}


def test_en_zh_keeps_two_rows_and_places_the_extra_paragraph_after_its_predecessor():
    rows = table(["zh"], pivot_lang="en")
    assert [r.cells for r in rows] == [
        {"en": [1], "zh": [31]},
        {"en": [2], "zh": [32]},
        {"en": [3], "zh": [33]},
        {"en": [], "zh": [37]},
        {"en": [4], "zh": [34]},
        {"en": [5], "zh": [35]},
        {"en": [6], "zh": [36]},
    ]
    assert rows[3].pivot_ids == [] and rows[4].pivot_ids == [4]


def test_zh_ar_rows_come_from_the_pivot_links():
    rows = table(["zh", "ar"])
    assert [r.cells for r in rows] == [
        {"zh": [31], "ar": [21]},
        {"zh": [32], "ar": [22]},
        {"zh": [33], "ar": [23]},
        {"zh": [37], "ar": []},
        {"zh": [34, 35], "ar": [24]},
        {"zh": [36], "ar": []},
    ]
    assert rows[4].pivot_ids == [4, 5]
    assert rows[4].confidence == {"zh": 0.7, "ar": 0.4}
    assert rows[4].method == {"zh": "length", "ar": "anchors"}


def test_en_zh_ar_all_three():
    rows = table(["zh", "ar"], pivot_lang="en")
    assert [r.cells for r in rows][3:] == [
        {"en": [], "zh": [37], "ar": []},
        {"en": [4, 5], "zh": [34, 35], "ar": [24]},
        {"en": [6], "zh": [36], "ar": []},
    ]


def test_a_row_with_nothing_to_show_is_left_out():
    links = {"zh": [Link((1,), (31,), 0.9, "anchors"), Link((2,), (), 0.1, "length")]}
    rows = build_table([1, 2], links, {"zh": [31]})
    assert [r.cells for r in rows] == [{"zh": [31]}]


def test_extra_paragraph_before_everything_comes_first():
    links = {"zh": [Link((), (30,), 0.1, "length"), Link((1,), (31,), 0.9, "anchors")]}
    rows = build_table([1], links, {"zh": [30, 31]}, pivot_lang="en")
    assert [r.cells for r in rows] == [{"en": [], "zh": [30]}, {"en": [1], "zh": [31]}]


def test_extras_of_several_languages_after_one_merge_follow_it_in_language_order():
    """0:1 paragraphs after a 2:1 merge come right after the merged row, the
    first language's before the second's, each in its reading order."""
    links = {
        "zh": [Link((1, 2), (31,), 0.9, "anchors"), Link((), (32,), 0.2, "length"),
               Link((3,), (33,), 0.9, "anchors")],
        "ar": [Link((1,), (21,), 0.9, "anchors"), Link((2,), (22,), 0.9, "anchors"),
               Link((3,), (24,), 0.8, "length")],
    }
    rows = build_table([1, 2, 3], links, {"zh": [31, 32, 33], "ar": [21, 22, 23, 24]},
                       pivot_lang="en")
    assert [r.cells for r in rows] == [
        {"en": [1, 2], "zh": [31], "ar": [21, 22]},
        {"en": [], "zh": [32], "ar": []},
        {"en": [], "zh": [], "ar": [23]},  # placed by no link: after its predecessor's row
        {"en": [3], "zh": [33], "ar": [24]},
    ]
    assert rows[2].method == {"ar": "none"} and rows[2].confidence == {"ar": 0.0}
    assert rows[0].confidence == {"zh": 0.9, "ar": 0.9} and rows[0].manual == {
        "zh": False, "ar": False}
