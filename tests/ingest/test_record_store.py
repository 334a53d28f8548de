"""A verbatim record stored through the real ingest service: speaker turns
point at Delegation entities shared across languages, the meeting frame and
its attendance are rows, every turn paragraph has its turn, and the
alignment against the English pivot pairs the records turn by turn.

The English and Chinese texts below are two language versions of one short
meeting, written for this test (same speakers, same order)."""

from io import StringIO

import pytest
from django.core.management import call_command

from alignment.models import Link
from documents.models import Attendance, Document, Meeting, Paragraph, SpeakerTurn, Version
from documents.sample_corpus import SAMPLE_CORPUS_DIR
from documents.services import ingest_version

SYMBOL = "S/PV.9871"

MEMBERS_EN = [
    ("Argentina", "Mrs. Perceval"), ("Australia", "Mr. Quinlan"), ("China", "Mr. Liu Jieyi"),
    ("France", "Mr. Araud"), ("Guatemala", "Mr. Rosenthal"), ("Luxembourg", "Ms. Lucas"),
    ("Morocco", "Mr. Bouchaara"), ("Pakistan", "Mr. Masood Khan"),
    ("Republic of Korea", "Mr. Oh Joon"), ("Russian Federation", "Mr. Churkin"),
    ("Rwanda", "Mr. Gasana"), ("Togo", "Mr. M'Beou"),
    ("United Kingdom of Great Britain and Northern Ireland", "Sir Mark Lyall Grant"),
    ("United States of America", "Ms. Power"),
]  # fmt: skip

MEMBERS_ZH = [
    ("阿根廷", "斯奎福女士"), ("澳大利亚", "昆兰先生"), ("中国", "刘结一先生"),
    ("法国", "阿罗先生"), ("危地马拉", "罗森塔尔先生"), ("卢森堡", "卢卡斯女士"),
    ("摩洛哥", "Bouaida女士"), ("巴基斯坦", "马苏德汗先生"), ("大韩民国", "吴俊先生"),
    ("俄罗斯联邦", "丘尔金先生"), ("卢旺达", "加萨纳先生"), ("多哥", "姆贝乌先生"),
    ("大不列颠及北爱尔兰联合王国", "马克·莱尔·格兰特爵士"), ("美利坚合众国", "鲍尔女士"),
]  # fmt: skip


def members(rows, label):
    lines = [f"{delegation} ...... {name}" for delegation, name in rows]
    return f"{label} {lines[0]}\n" + "\n".join(lines[1:])


ENGLISH = f"""\
United Nations S/PV.9871

Security Council
Sixty-eighth year
9871st meeting
Tuesday, 29 October 2013, 10 a.m.
New York
Provisional

President: Mr. Mehdiyev ......... (Azerbaijan)

{members(MEMBERS_EN, "Members:")}

Agenda

Maintenance of international peace and security

This record contains the text of speeches delivered in English and of the
translation of speeches delivered in other languages.

The meeting was called to order at 10.05 a.m.

Adoption of the agenda

The agenda was adopted.

Maintenance of international peace and security

The President: I welcome the Ministers present today.

I now give the floor to the representative of the Russian Federation.

Mr. Churkin (Russian Federation) (spoke in Russian): We thank the presidency
for convening this meeting on an important subject.

Our delegation supports the draft presidential statement.

Mr. Liu Jieyi (China) (spoke in Chinese): China welcomes the debate.

Mr. Araud (France) (spoke in French): France fully agrees.

The President: I shall now make a statement in my capacity as the
representative of Azerbaijan.

Azerbaijan supports regional organizations.

I now resume my functions as President of the Council.

The meeting rose at 11.20 a.m.
"""

CHINESE = f"""\
联合国 S/PV.9871

安全理事会
第六十八年
临时逐字记录
第九八七一次会议
2013年10月29日星期二上午10时举行
纽约

主席： 马梅德亚罗夫先生..... (阿塞拜疆)

{members(MEMBERS_ZH, "成员：")}

议程项目

维护国际和平与安全

本记录包括中文发言的文本和其他语言发言的译文。

上午10时5分开会。

通过议程

议程通过。

维护国际和平与安全

主席（以英语发言）：我欢迎今天在座的各位部长。

我现在请俄罗斯联邦代表发言。

丘尔金先生（俄罗斯联邦）（以俄语发言）：我们感谢主席召开这次关于一个重要问题的会议。

我国代表团支持主席声明草案。

刘结一先生（中国）：中国欢迎这次辩论。

阿罗先生（法国）（以法语发言）：法国完全同意。

主席（以英语发言）：我现在以阿塞拜疆代表的身份发言。

阿塞拜疆支持区域组织。

我现在恢复行使安全理事会主席的职能。

上午11时20分散会。
"""

#: (name, delegation key, language spoken, paragraphs) of each turn, in order
EXPECTED_TURNS = {
    "en": [("The President", "AZE", "en", 2), ("Mr. Churkin", "RUS", "ru", 2),
           ("Mr. Liu Jieyi", "CHN", "zh", 1), ("Mr. Araud", "FRA", "fr", 1),
           ("The President", "AZE", "en", 3)],
    "zh": [("主席", "AZE", "en", 2), ("丘尔金先生", "RUS", "ru", 2), ("刘结一先生", "CHN", "zh", 1),
           ("阿罗先生", "FRA", "fr", 1), ("主席", "AZE", "en", 3)],
}  # fmt: skip


@pytest.fixture
def meeting(db):
    """The meeting in English and Chinese, Chinese ingested first so that
    the English pivot arrives second and the document is re-aligned."""
    for language, text in (("zh", CHINESE), ("en", ENGLISH)):
        result = ingest_version(raw=text.encode(), symbol=SYMBOL, language=language)
        assert result.warnings == [], (language, result.warnings)
    return Document.objects.get(symbol=SYMBOL)


def version(document, language):
    return Version.objects.get(document=document, language=language)


@pytest.mark.django_db
def test_document_is_a_verbatim_record_with_the_english_pivot(meeting):
    assert (meeting.kind, meeting.body, meeting.meeting_number) == ("verbatim_record", "SC", 9871)
    assert meeting.pivot_language == "en"


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "zh"])
def test_speaker_turn_rows(meeting, language):
    turns = SpeakerTurn.objects.filter(version=version(meeting, language)).order_by("index")
    assert [
        (t.name, t.delegation.key if t.delegation else "", t.language, t.paragraphs.count())
        for t in turns
    ] == EXPECTED_TURNS[language]
    assert [t.index for t in turns] == [1, 2, 3, 4, 5]


@pytest.mark.django_db
def test_delegations_are_one_entity_across_languages(meeting):
    russia = SpeakerTurn.objects.filter(delegation__key="RUS", version__document=meeting)
    assert sorted(russia.values_list("version__language", "delegation_printed")) == [
        ("en", "Russian Federation"),
        ("zh", "俄罗斯联邦"),
    ]
    assert len({t.delegation_id for t in russia}) == 1
    presidents = SpeakerTurn.objects.filter(version__document=meeting, role="President")
    assert {t.delegation.key for t in presidents} == {"AZE"}
    assert presidents.count() == 4


@pytest.mark.django_db
def test_meeting_and_attendance_rows(meeting):
    for language, president in (("en", "Mr. Mehdiyev"), ("zh", "马梅德亚罗夫先生")):
        row = Meeting.objects.get(version=version(meeting, language))
        assert (row.body, row.number, str(row.date)) == ("SC", 9871, "2013-10-29")
        assert (row.opened_at, row.closed_at) == ("10:05", "11:20")
        seats = Attendance.objects.filter(meeting=row).order_by("order")
        assert seats.count() == 15
        assert (seats[0].role, seats[0].name, seats[0].delegation.key) == (
            "president",
            president,
            "AZE",
        )
        assert all(seat.delegation_id for seat in seats)
    keys = {
        language: set(
            Attendance.objects.filter(meeting__version=version(meeting, language)).values_list(
                "delegation__key", flat=True
            )
        )
        for language in ("en", "zh")
    }
    assert keys["en"] == keys["zh"]
    assert {"RUS", "CHN", "GBR", "USA", "KOR"} <= keys["en"]


@pytest.mark.django_db
def test_every_speaker_turn_paragraph_has_its_turn(meeting):
    paragraphs = Paragraph.objects.filter(version__document=meeting, kind="speaker_turn")
    assert paragraphs.count() == 18
    assert not paragraphs.filter(turn__isnull=True).exists()
    for paragraph in paragraphs.select_related("turn"):
        assert paragraph.anchor.split("-")[1] == str(paragraph.turn.index)
        assert paragraph.turn.version_id == paragraph.version_id
    national = paragraphs.filter(text__in=["Azerbaijan supports regional organizations.",
                                           "阿塞拜疆支持区域组织。"])  # fmt: skip
    assert national.count() == 2


@pytest.mark.django_db
def test_alignment_pairs_the_records_turn_by_turn(meeting):
    links = Link.objects.filter(version=version(meeting, "zh")).select_related(
        "pivot_first__turn", "pivot_second__turn", "other_first__turn", "other_second__turn"
    )
    pivot_turns: set[int] = set()
    for link in links:
        pivot = [p for p in (link.pivot_first, link.pivot_second) if p]
        other = [p for p in (link.other_first, link.other_second) if p]
        if not any(p.kind == "speaker_turn" for p in pivot + other):
            continue
        assert pivot and other, f"turn paragraph left unpaired: {link}"
        indexes = {p.turn.index if p.turn else None for p in pivot + other}
        assert len(indexes) == 1, [p.text for p in pivot + other]
        pivot_turns |= indexes
    assert pivot_turns == {1, 2, 3, 4, 5}
    # each English turn paragraph is linked exactly once
    english = Paragraph.objects.filter(version=version(meeting, "en"), kind="speaker_turn")
    linked = [
        pid
        for link in links
        for pid in (link.pivot_first_id, link.pivot_second_id)
        if pid is not None
    ]
    assert sorted(p for p in linked if p in set(english.values_list("id", flat=True))) == sorted(
        english.values_list("id", flat=True)
    )


@pytest.mark.django_db
def test_sample_record_is_ingested_by_the_command_without_a_symbol():
    out = StringIO()
    call_command("ingest", str(SAMPLE_CORPUS_DIR / "S-PV-7050.zh.txt"), stdout=out)
    assert out.getvalue().startswith(f"{SAMPLE_CORPUS_DIR / 'S-PV-7050.zh.txt'}: S/PV.7050 [zh]")
    document = Document.objects.get(symbol="S/PV.7050")
    assert document.kind == "verbatim_record"
    chinese = version(document, "zh")
    assert SpeakerTurn.objects.filter(version=chinese).count() == 20
    chair = SpeakerTurn.objects.filter(version=chinese, role="President")
    assert {t.delegation.key for t in chair} == {"AZE"}
