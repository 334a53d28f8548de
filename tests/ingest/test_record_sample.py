"""The shipped Chinese record S/PV.7050 parses completely and faithfully.

The expected turns below were written by reading the file, line by line."""

from pathlib import Path

import pytest

from documents.ingest.record import parse_record, read_record_symbol

SAMPLE = Path(__file__).resolve().parents[2] / "documents/sample_corpus/S-PV-7050.zh.txt"

# (line, name, role, delegation, language spoken), read from the file; the
# President prints no delegation: it is the one of the attendance list
EXPECTED_TURNS = [
    (57, "主席", "President", "阿塞拜疆", "en"),
    (67, "秘书长", "Secretary-General", "", "en"),
    (95, "主席", "President", "阿塞拜疆", "en"),
    (97, "伊赫桑诺格鲁先生", "", "伊斯兰合作组织", "en"),
    (159, "主席", "President", "阿塞拜疆", "en"),
    (201, "Bouaida女士", "", "摩洛哥", "ar"),
    (227, "斯奎福女士", "", "阿根廷", "es"),
    (251, "加萨纳先生", "", "卢旺达", "en"),
    (269, "卢卡斯女士", "", "卢森堡", "fr"),
    (283, "昆兰先生", "", "澳大利亚", "en"),
    (307, "马苏德汗", "", "巴基斯坦", "en"),
    (343, "罗森塔尔先生", "", "危地马拉", "es"),
    (359, "迪卡洛夫人", "", "美利坚合众国", "en"),
    (379, "薛景勋先生", "", "大韩民国", "en"),
    (401, "马克·莱尔·格兰特爵士", "", "联合王国", "en"),
    (419, "姆贝乌先生", "", "多哥", "fr"),
    (435, "阿罗先生", "", "法国", "fr"),
    (465, "刘结一先生", "", "中国", "zh"),
    (479, "丘尔金先生", "", "俄罗斯联邦", "ru"),
    (503, "主席", "President", "阿塞拜疆", "en"),
]

EXPECTED_MEMBERS = [
    ("阿根廷", "斯奎福女士"),
    ("澳大利亚", "昆兰先生"),
    ("中国", "刘结一先生"),
    ("法国", "阿罗先生"),
    ("危地马拉", "罗森塔尔先生"),
    ("卢森堡", "卢卡斯女士"),
    ("摩洛哥", "Bouaida女士"),
    ("巴基斯坦", "马苏德汗先生"),
    ("大韩民国", "薛景勋先生"),
    ("俄罗斯联邦", "丘尔金先生"),
    ("卢旺达", "加萨纳先生"),
    ("多哥", "姆贝乌先生"),
    ("大不列颠及北爱尔兰联合王国", "马克·莱尔·格兰特爵士"),
    ("美利坚合众国", "迪卡洛夫人"),
]


@pytest.fixture(scope="module")
def record():
    return parse_record(SAMPLE.read_text(encoding="utf-8"), language="zh")


def first_paragraphs(record):
    return [p for p in record.paragraphs if p.speaker and p.anchor == f"turn-{p.speaker.turn}"]


def test_symbol_is_read_from_the_header():
    assert read_record_symbol(SAMPLE.read_text(encoding="utf-8")) == "S/PV.7050"


def test_header(record):
    meeting = record.meeting
    assert (record.symbol, record.body, record.date) == ("S/PV.7050", "SC", "2013-10-28")
    assert record.title == "联合国与区域和次区域组织在维护国际和平与安全方面的合作"
    assert meeting.number == 7050
    assert meeting.session == "第六十八年"
    assert meeting.year == 2013
    assert meeting.time == "10:00"
    assert meeting.place == "纽约"
    assert meeting.provisional is True
    assert (meeting.opened_at, meeting.closed_at) == ("10:10", "12:20")
    assert len(meeting.agenda) == 3
    assert "S/2013/588" in meeting.agenda[2]


def test_president_and_fourteen_members_with_delegations(record):
    attendance = record.meeting.attendance
    assert (attendance[0].role, attendance[0].name, attendance[0].delegation) == (
        "president",
        "马梅德亚罗夫先生",
        "阿塞拜疆",
    )
    members = [(a.delegation, a.name) for a in attendance if a.role == "member"]
    assert members == EXPECTED_MEMBERS


def test_twenty_turns_with_speaker_delegation_and_language(record):
    turns = [
        (p.line, p.speaker.name, p.speaker.role, p.speaker.delegation, p.speaker.language)
        for p in first_paragraphs(record)
    ]
    assert turns == EXPECTED_TURNS
    assert [p.speaker.turn for p in first_paragraphs(record)] == list(range(1, 21))


def test_every_turn_paragraph_carries_its_speaker_and_anchor(record):
    turn_paragraphs = [p for p in record.paragraphs if p.kind == "speaker_turn"]
    assert all(p.speaker is not None for p in turn_paragraphs)
    anchors = [p.anchor for p in record.paragraphs]
    assert len(anchors) == len(set(anchors))
    secretary_general = [p for p in turn_paragraphs if p.speaker.turn == 2]
    assert [p.anchor for p in secretary_general[:3]] == ["turn-2", "turn-2-2", "turn-2-3"]
    assert secretary_general[0].text.startswith("首先, 我谨欢迎")


def test_paragraph_cut_by_a_page_break_is_joined(record):
    cut = next(p for p in record.paragraphs if p.line == 79)
    assert cut.text.endswith("支持由阿富汗主导的和解进程。")
    assert not any(p.line == 81 for p in record.paragraphs)


def test_header_and_procedural_kinds(record):
    kinds = {p.line: p.kind for p in record.paragraphs}
    assert kinds[5] == "heading"  # 安全理事会
    assert kinds[17] == "attendance" and kinds[31] == "attendance"
    assert kinds[45] == "procedural"  # 上午10时10分开会。
    assert kinds[49] == "procedural"  # 议程通过。
    assert kinds[505] == "procedural"  # 中午12时20分散会。


def test_president_speaking_for_azerbaijan_is_marked(record):
    president = [p for p in record.paragraphs if p.speaker and p.speaker.turn == 5]
    flags = {p.line: p.speaker.national_capacity for p in president}
    assert flags[163] is False  # 我现在以阿塞拜疆外交部长的身份发言。
    assert flags[165] is True and flags[195] is True
    assert flags[197] is False  # 我现在恢复行使安全理事会主席的职能。
    assert flags[199] is False
    others = [p for p in record.paragraphs if p.speaker and p.speaker.turn != 5]
    assert not any(p.speaker.national_capacity for p in others)


def test_references_are_found_and_linked(record):
    symbols = {r.symbol for p in record.paragraphs for r in p.references}
    assert {"S/2013/588", "S/PRST/2013/16", "S/RES/822(1993)", "S/RES/884(1993)"} <= symbols
    cited = next(p for p in record.paragraphs if p.line == 63)
    assert 'data-symbol="S/2013/588"' in cited.html


def test_no_warnings(record):
    assert record.warnings == []
