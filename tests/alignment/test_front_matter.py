"""Front matter: headings differ between language versions (not every
version prints the same letterhead lines), so a heading pairing or merge
that no shared anchor (number, date, symbol) supports is weak, and an
omission is preferred to a merge of unrelated lines."""

from __future__ import annotations

from alignment.aligner import align_versions
from alignment.units import AlignParagraph
from tests.alignment.test_aligner import assert_partition

EN_HEADER = [
    "General Assembly",
    "Distr.: General 30 November 2020",
    "Seventy-fifth session",
    "Agenda item 130 (b)",
    "Cooperation between the United Nations and regional and other organizations",
    "Resolution adopted by the General Assembly on 23 November 2020",
]


def heading(pid: int, text: str) -> AlignParagraph:
    return AlignParagraph(pid, "heading", "", text)


def header(texts: list[str], base: int) -> list[AlignParagraph]:
    return [heading(base + k, text) for k, text in enumerate(texts, start=1)]


def pairs(links):
    return {(lk.pivot, lk.other): lk for lk in links}


def test_heading_missing_from_chinese_is_an_omission_not_a_merge():
    en = header(EN_HEADER, 0)
    zh = header(
        [
            "第七十五届会议",
            "议程项目 130(b)",
            "联合国同各区域组织及其他组织的合作",
            "2020年11月23日大会决议",
        ],
        100,
    )
    links = align_versions(en, zh, pivot_lang="en", other_lang="zh")
    assert_partition(en, zh, links)
    found = pairs(links)
    assert ((4,), (102,)) in found  # Agenda item 130 (b) : 议程项目 130(b)
    assert ((6,), (104,)) in found and found[((6,), (104,))].confidence >= 0.5
    assert not [lk for lk in links if len(lk.pivot) > 1 or len(lk.other) > 1]
    assert ((1,), ()) in found  # "General Assembly" is not printed in Chinese
    for lk in links:
        if 1 in lk.pivot or 3 in lk.pivot:
            assert lk.confidence < 0.5


def test_latin_letterhead_line_in_arabic_pairs_by_its_anchors():
    en = header(EN_HEADER[:4], 0)
    ar = header(
        [
            "Distr.: General 30 November 2020",
            "الدورة الخامسة والسبعون",
            "البند 130 (ب) من جدول الأعمال",
        ],
        200,
    )
    links = align_versions(en, ar, pivot_lang="en", other_lang="ar")
    assert_partition(en, ar, links)
    found = pairs(links)
    assert ((1,), ()) in found
    assert ((2,), (201,)) in found and found[((2,), (201,))].confidence >= 0.5
    assert ((4,), (203,)) in found and found[((4,), (203,))].confidence >= 0.5


def test_heading_pairing_without_shared_anchors_is_weak():
    en = header(["Seventy-fifth session"], 0)
    ar = header(["الدورة الخامسة والسبعون"], 200)
    [link] = align_versions(en, ar, pivot_lang="en", other_lang="ar")
    assert link.shape == "1:1" and link.confidence < 0.5


def test_heading_merge_supported_by_anchors_is_kept():
    en = header(["Agenda item 12", "Agenda item 13", "Resolution 75/16"], 0)
    zh = header(["议程项目 12 和 13", "第 75/16 号决议"], 100)
    links = align_versions(en, zh, pivot_lang="en", other_lang="zh")
    assert [(lk.pivot, lk.other) for lk in links] == [((1, 2), (101,)), ((3,), (102,))]


def test_body_pairings_without_anchors_keep_their_confidence():
    """The rule is for front matter only: preambular paragraphs without
    numbers are still confident when their lengths agree."""
    en = [AlignParagraph(1, "preambular", "", "Recognizing the importance of cooperation,")]
    ar = [AlignParagraph(2, "preambular", "", "وإذ تسلم بأهمية التعاون بين المنظمتين،")]
    [link] = align_versions(en, ar, pivot_lang="en", other_lang="ar")
    assert link.confidence >= 0.5


def test_unrelated_heading_lines_of_unlike_length_are_omissions():
    """Two heading lines with no anchor in common and lengths far apart are
    more likely lines printed in one version only than a translation."""
    en = header(["General Assembly", "Agenda item 130 (b)"], 0)
    zh = header(
        ["联合国同各区域组织及其他组织的合作：联合国同伊斯兰合作组织的合作", "议程项目 130(b)"],
        100,
    )
    links = align_versions(en, zh, pivot_lang="en", other_lang="zh")
    assert set(pairs(links)) == {((1,), ()), ((), (101,)), ((2,), (102,))}
