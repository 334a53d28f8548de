"""Verbatim records align turn by turn, then paragraph by paragraph."""

from alignment.aligner import align_versions
from alignment.units import AlignParagraph

EN_TURNS = [
    (
        "The President",
        [
            "The meeting is called to order at 10.10 a.m.",
            "I welcome Mr. Bouaida, Minister of Morocco, to the Council.",
        ],
    ),
    (
        "Mr. Bouaida (Morocco)",
        [
            "I thank you, Mr. President, for convening this meeting on "
            "cooperation with regional organizations.",
            "Resolution 2033 (2012) set out the framework, and on 28 October 2013 we meet again.",
            "We welcome the statement S/PRST/2013/16.",
        ],
    ),
    (
        "Mr. Churkin (Russian Federation)",
        ["We thank the Secretary-General for his report on the subject."],
    ),
    (
        "The President",
        [
            "There are no more names inscribed on the list of speakers.",
            "The meeting rose at 12.20 p.m.",
        ],
    ),
]
ZH_TURNS = [
    ("主席", ["上午10时10分宣布开会。", "我欢迎摩洛哥大臣 Bouaida 先生出席安理会会议。"]),
    (
        "Bouaida 先生（摩洛哥）",
        [
            "主席先生，我感谢你召开这次关于与区域组织合作的会议。",
            "第2033(2012)号决议规定了框架，2013年10月28日我们再次开会。",
            "我们欢迎 S/PRST/2013/16 号声明。",
        ],
    ),
    ("丘尔金先生（俄罗斯联邦）", ["我们感谢秘书长关于这个主题的报告。"]),
    ("主席", ["发言名单上没有其他发言者。", "中午12时20分散会。"]),
]


def record(turns, base, *, skip_turns=(), skip_paragraphs=()):
    paragraphs, k = [], 0
    for t, (speaker, texts) in enumerate(turns, start=1):
        if t in skip_turns:
            continue
        for n, text in enumerate(texts, start=1):
            k += 1
            if (t, n) in skip_paragraphs:
                continue
            paragraphs.append(
                AlignParagraph(base + 10 * t + n, "speaker_turn", "", text, turn=t, speaker=speaker)
            )
    return paragraphs


def shapes(links):
    return [(tuple(i % 1000 for i in lk.pivot), tuple(i % 1000 for i in lk.other)) for lk in links]


def test_record_turns_align_paragraph_by_paragraph():
    en, zh = record(EN_TURNS, 1000), record(ZH_TURNS, 2000)
    links = align_versions(en, zh, pivot_lang="en", other_lang="zh")
    assert shapes(links) == [((p.id % 1000,), (p.id % 1000,)) for p in en]


def test_a_missing_turn_leaves_its_paragraphs_unmatched_and_the_rest_in_place():
    en, zh = record(EN_TURNS, 1000), record(ZH_TURNS, 2000, skip_turns={3})
    links = align_versions(en, zh, pivot_lang="en", other_lang="zh")
    assert ((31,), ()) in shapes(links)
    assert ((41,), (41,)) in shapes(links) and ((42,), (42,)) in shapes(links)


def test_paragraphs_never_cross_turn_boundaries():
    """The last paragraph of turn 2 is missing in zh: it is an omission,
    not matched with the first paragraph of turn 3."""
    en = record(EN_TURNS, 1000)
    zh = record(ZH_TURNS, 2000, skip_paragraphs={(2, 3)})
    links = align_versions(en, zh, pivot_lang="en", other_lang="zh")
    assert ((23,), ()) in shapes(links)
    assert ((31,), (31,)) in shapes(links)


def test_turn_numbers_differing_between_versions_fall_back_to_content():
    en = record(EN_TURNS, 1000)
    zh = [
        AlignParagraph(p.id, p.kind, p.number, p.text, turn=(p.turn or 0) + 100, speaker=p.speaker)
        for p in record(ZH_TURNS, 2000)
    ]
    links = align_versions(en, zh, pivot_lang="en", other_lang="zh")
    assert all(lk.shape == "1:1" for lk in links)
    assert {p % 1000 for lk in links for p in lk.pivot} == {p.id % 1000 for p in en}
