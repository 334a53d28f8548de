"""Real United Nations record layout: an English Security Council record
with the page furniture of a PDF text (job numbers, page counters, running
headers mid-turn) and a vote block, a General Assembly plenary record
(addresses, an Acting President, heads of State speaking by title), and the
chair's delegation and national capacity in all six languages.

The records are written from the layout of S/PV.7051 and A/68/PV.5; the
expectations were read off the text line by line."""

import pytest

from documents.ingest import record as record_module
from documents.ingest.record import parse_record

SECURITY_COUNCIL = """\
United Nations S/PV.7051

Security Council
Sixty-eighth year
7051st meeting
Tuesday, 29 October 2013, 10 a.m.
New York
Provisional

President: Mr. Mehdiyev ......... (Azerbaijan)

Members: Argentina ...... Mrs. Perceval
Australia ...... Mr. Quinlan
China ...... Mr. Liu Jieyi
France ...... Mr. Araud
Guatemala ...... Mr. Rosenthal
Luxembourg ...... Ms. Lucas
Morocco ...... Mr. Bouchaara
Pakistan ...... Mr. Masood Khan
Republic of Korea ...... Mr. Oh Joon
Russian Federation ...... Mr. Churkin
Rwanda ...... Mr. Gasana
Togo ...... Mr. M'Beou
United Kingdom of Great Britain and
Northern Ireland ...... Sir Mark Lyall Grant
United States of America ...... Ms. Power

Agenda

Women and peace and security

Report of the Secretary-General on women and peace and security (S/2013/525)

This record contains the text of speeches delivered in English and of the
translation of speeches delivered in other languages. The final text will be
printed in the Official Records of the Security Council. Corrections should be
submitted to the original languages only. They should be incorporated in a copy
of the record and sent under the signature of a member of the delegation
concerned to the Chief of the Verbatim Reporting Service, room U-0506
(verbatimrecords@un.org). Corrected records will be reissued electronically on
the Official Document System of the United Nations (http://documents.un.org).

13-53210 (E)
*1353210*
Please recycle

The meeting was called to order at 10.05 a.m.

Adoption of the agenda

The agenda was adopted.

Women and peace and security

Report of the Secretary-General on women and peace and security (S/2013/525)

The President: Members of the Council have before them document S/2013/640,
which contains the text of a draft resolution submitted by Argentina,
Australia, Azerbaijan and the United Kingdom.

The Council is ready to proceed to the vote on the draft resolution before it.
I shall put the draft resolution to the vote now.

A vote was taken by show of hands.

In favour:
Argentina, Australia, Azerbaijan, China, France, Guatemala, Luxembourg,
Morocco, Pakistan, Republic of Korea,

2/31 13-53210

S/PV.7051 Women and peace and security 29/10/2013

Russian Federation, Rwanda, Togo, United Kingdom of Great Britain and
Northern Ireland, United States of America

Against:
None

Abstaining:
None

The President: The draft resolution received 15 votes in favour. The draft
resolution has been adopted unanimously as resolution 2122 (2013).

I now give the floor to the Secretary-General.

The Secretary-General: I thank the Council for its adoption of resolution
2122 (2013), which recalls resolution 1325 (2000) and the presidential
statement S/PRST/2013/16 of 18 October.

Mr. Churkin (Russian Federation) (spoke in Russian): The Russian Federation
supported the resolution. We believe that the women and peace and security
agenda must be implemented in a way that respects the primary responsibility
of States, and we stress that the Council must not take on tasks that belong
to other bodies, including the General Assembly and the

13-53210 3/31

29/10/2013 Women and peace and security S/PV.7051

Human Rights Council.

We also note the report of the Secretary-General (S/2013/525).

Mr. Liu Jieyi (China) (spoke in Chinese): China voted in favour.

Sir Mark Lyall Grant (United Kingdom): The United Kingdom welcomes today's
resolution.

The President: I shall now make a statement in my capacity as the
representative of Azerbaijan.

Azerbaijan welcomes the adoption of resolution 2122 (2013).

I now resume my functions as President of the Council.

There are no more names inscribed on the list of speakers.

The meeting rose at 1.10 p.m.

4/31 13-53210
"""

GENERAL_ASSEMBLY = """\
United Nations A/68/PV.5

General Assembly
Sixty-eighth session
5th plenary meeting
Tuesday, 24 September 2013, 9 a.m.
New York
Official Records

President: Mr. Ashe ....... (Antigua and Barbuda)

The meeting was called to order at 9.05 a.m.

This record contains the text of speeches delivered in English and of the
translation of speeches delivered in other languages. Corrections should be
submitted to the original languages only.

13-48173 (E)
*1348173*

Address by Mr. Ólafur Ragnar Grímsson, President of the Republic of Iceland

The President: The Assembly will now hear an address by the President of the
Republic of Iceland.

Mr. Ólafur Ragnar Grímsson, President of the Republic of Iceland, was escorted
into the General Assembly Hall.

The President: On behalf of the General Assembly, I have the honour to welcome
to the United Nations His Excellency Mr. Ólafur Ragnar Grímsson, President of
the Republic of Iceland, and to invite him to address the Assembly.

President Grímsson: It is an honour to address the Assembly. Iceland supports
General Assembly resolution 67/19 and decision 67/555, and we recall the
Assembly's resolution 66/288.

The President: On behalf of the General Assembly, I wish to thank the President
of the Republic of Iceland for the statement he has just made.

Mr. Ólafur Ragnar Grímsson, President of the Republic of Iceland, was escorted
from the General Assembly Hall.

Agenda item 8 (continued)

General debate

In the absence of the President, Mr. Kamau (Kenya), Vice-President, took the
Chair.

The Acting President: I now give the floor to His Excellency Mr. Mark Rutte,
Prime Minister of the Kingdom of the Netherlands.

Mr. Rutte (Netherlands): The Netherlands is committed to the rule of law and

2/24 13-48173

A/68/PV.5 24/09/2013

to the International Court of Justice in The Hague.

Mr. Ashe (Antigua and Barbuda) resumed the Chair.

The President: I now give the floor to the Minister for Foreign Affairs of
Cuba.

Mr. Rodríguez Parrilla (Cuba) (spoke in Spanish): Cuba calls for an end to
the embargo.

The meeting rose at 1.10 p.m.
"""


def turns(record):
    return [
        (p.speaker.name, p.speaker.role, p.speaker.delegation, p.speaker.language)
        for p in record.paragraphs
        if p.speaker and p.anchor == f"turn-{p.speaker.turn}"
    ]


def line_of(text, fragment):
    return next(n for n, line in enumerate(text.splitlines(), start=1) if fragment in line)


@pytest.fixture(scope="module")
def council():
    return parse_record(SECURITY_COUNCIL, language="en")


@pytest.fixture(scope="module")
def assembly():
    return parse_record(GENERAL_ASSEMBLY, language="en")


# -- Security Council ---------------------------------------------------------


def test_council_header_with_organization_name_before_the_symbol(council):
    meeting = council.meeting
    assert (council.symbol, council.body, council.date) == ("S/PV.7051", "SC", "2013-10-29")
    assert (meeting.number, meeting.session, meeting.time) == (7051, "Sixty-eighth year", "10:00")
    assert (meeting.opened_at, meeting.closed_at, meeting.provisional) == ("10:05", "13:10", True)
    assert council.title == "Women and peace and security"
    assert council.warnings == []


def test_translation_note_is_not_an_agenda_item(council):
    assert council.meeting.agenda == [
        "Women and peace and security",
        "Report of the Secretary-General on women and peace and security (S/2013/525)",
    ]
    note = next(p for p in council.paragraphs if p.text.startswith("This record contains"))
    assert note.kind == "other"
    assert note.text.endswith("(http://documents.un.org).")


def test_wrapped_member_keeps_its_whole_printed_line(council):
    members = [(a.delegation, a.name) for a in council.meeting.attendance if a.role == "member"]
    assert len(members) == 14
    assert members[-2] == (
        "United Kingdom of Great Britain and Northern Ireland",
        "Sir Mark Lyall Grant",
    )
    wrapped = next(p for p in council.paragraphs if p.line == line_of(SECURITY_COUNCIL, "Great"))
    assert wrapped.kind == "attendance"
    assert wrapped.text.startswith("United Kingdom of Great Britain and Northern Ireland")


def test_council_turns_with_the_presidents_delegation(council):
    assert turns(council) == [
        ("The President", "President", "Azerbaijan", "en"),
        ("The President", "President", "Azerbaijan", "en"),
        ("The Secretary-General", "Secretary-General", "", "en"),
        ("Mr. Churkin", "", "Russian Federation", "ru"),
        ("Mr. Liu Jieyi", "", "China", "zh"),
        ("Sir Mark Lyall Grant", "", "United Kingdom", "en"),
        ("The President", "President", "Azerbaijan", "en"),
    ]


def test_vote_block_is_procedural_and_joined_across_the_page_break(council):
    procedural = [p.text for p in council.paragraphs if p.kind == "procedural"]
    assert procedural[5:9] == [
        "A vote was taken by show of hands.",
        "In favour: Argentina, Australia, Azerbaijan, China, France, Guatemala, Luxembourg, "
        "Morocco, Pakistan, Republic of Korea, Russian Federation, Rwanda, Togo, United Kingdom "
        "of Great Britain and Northern Ireland, United States of America",
        "Against: None",
        "Abstaining: None",
    ]
    assert not any(w.startswith("line") for w in council.warnings)
    # the President's words before and after the vote stay two turns
    assert [p.speaker.turn for p in council.paragraphs if p.speaker][:3] == [1, 1, 2]


def test_result_of_the_vote_cites_the_new_resolution(council):
    result = next(p for p in council.paragraphs if p.anchor == "turn-2")
    assert result.text.endswith("adopted unanimously as resolution 2122 (2013).")
    assert [r.symbol for r in result.references] == ["S/RES/2122(2013)"]


def test_running_headers_job_numbers_and_page_counters_are_dropped(council):
    text = " ".join(p.text for p in council.paragraphs)
    for furniture in ("13-53210", "2/31", "3/31", "29/10/2013", "*1353210*", "Please recycle"):
        assert furniture not in text
    churkin = [p for p in council.paragraphs if p.speaker and p.speaker.name == "Mr. Churkin"]
    assert len(churkin) == 2
    assert churkin[0].text.endswith("including the General Assembly and the Human Rights Council.")


def test_council_national_capacity(council):
    last = [p for p in council.paragraphs if p.speaker and p.speaker.turn == 7]
    assert [p.speaker.national_capacity for p in last] == [False, True, False, False]


# -- General Assembly ---------------------------------------------------------


def test_assembly_header(assembly):
    meeting = assembly.meeting
    assert (assembly.symbol, assembly.body, assembly.date) == ("A/68/PV.5", "GA", "2013-09-24")
    assert (meeting.number, meeting.session) == (5, "Sixty-eighth session")
    assert (meeting.opened_at, meeting.closed_at, meeting.provisional) == ("09:05", "13:10", False)
    assert [(a.role, a.name, a.delegation) for a in meeting.attendance] == [
        ("president", "Mr. Ashe", "Antigua and Barbuda")
    ]
    assert assembly.warnings == []


def test_assembly_turns_acting_president_and_head_of_state(assembly):
    assert turns(assembly) == [
        ("The President", "President", "Antigua and Barbuda", "en"),
        ("The President", "President", "Antigua and Barbuda", "en"),
        ("President Grímsson", "", "", "en"),
        ("The President", "President", "Antigua and Barbuda", "en"),
        ("The Acting President", "Acting President", "Kenya", "en"),
        ("Mr. Rutte", "", "Netherlands", "en"),
        ("The President", "President", "Antigua and Barbuda", "en"),
        ("Mr. Rodríguez Parrilla", "", "Cuba", "es"),
    ]


def test_assembly_headings_and_procedural_lines(assembly):
    opening = next(i for i, p in enumerate(assembly.paragraphs) if p.kind == "procedural")
    body = [
        (p.kind, p.text.split(",")[0])
        for p in assembly.paragraphs[opening:]
        if p.kind in ("heading", "procedural")
    ]
    assert body == [
        ("procedural", "The meeting was called to order at 9.05 a.m."),
        ("heading", "Address by Mr. Ólafur Ragnar Grímsson"),
        ("procedural", "Mr. Ólafur Ragnar Grímsson"),
        ("procedural", "Mr. Ólafur Ragnar Grímsson"),
        ("heading", "Agenda item 8 (continued)"),
        ("heading", "General debate"),
        ("procedural", "In the absence of the President"),
        ("procedural", "Mr. Ashe (Antigua and Barbuda) resumed the Chair."),
        ("procedural", "The meeting rose at 1.10 p.m."),
    ]


def test_note_at_the_foot_of_page_one_is_not_a_speech(assembly):
    note = next(p for p in assembly.paragraphs if p.text.startswith("This record contains"))
    assert (note.kind, note.speaker) == ("other", None)
    rutte = next(p for p in assembly.paragraphs if p.speaker and p.speaker.name == "Mr. Rutte")
    assert rutte.text.endswith(
        "rule of law and to the International Court of Justice in The Hague."
    )


def test_assembly_citations_of_resolutions_and_decisions(assembly):
    speech = next(p for p in assembly.paragraphs if p.speaker and p.speaker.turn == 3)
    assert [r.symbol for r in speech.references] == [
        "A/RES/67/19",
        "A/DEC/67/555",
        "A/RES/66/288",
    ]


# -- The chair in every language ----------------------------------------------

CHAIR = {
    "en": (
        "President: Mr. Mehdiyev . . . . . . (Azerbaijan)",
        "The President: I now make a statement in my capacity as the representative of Azerbaijan.",
        "Azerbaijan supports the Mission.",
        "I now resume my functions as President of the Council.",
        "Azerbaijan",
    ),
    "zh": (
        "主席： 马梅德亚罗夫先生..... (阿塞拜疆)",
        "主席（以英语发言）：我现在以阿塞拜疆代表的身份发言。",
        "阿塞拜疆支持特派团。",
        "我现在恢复行使安全理事会主席的职能。",
        "阿塞拜疆",
    ),
    "fr": (
        "Président : M. Mehdiyev . . . . . . (Azerbaïdjan)",
        "Le Président (parle en anglais) : Je fais maintenant une déclaration en ma qualité de "
        "représentant de l'Azerbaïdjan.",
        "L'Azerbaïdjan appuie la Mission.",
        "Je reprends à présent mes fonctions de Président du Conseil.",
        "Azerbaïdjan",
    ),
    "es": (
        "Presidente: Sr. Mehdiyev . . . . . . (Azerbaiyán)",
        "El Presidente (habla en inglés): Ahora formulo una declaración en mi calidad de "
        "representante de Azerbaiyán.",
        "Azerbaiyán apoya la Misión.",
        "Reasumo ahora mis funciones como Presidente del Consejo.",
        "Azerbaiyán",
    ),
    "ru": (
        "Председатель: г-н Мехтиев . . . . . . (Азербайджан)",
        "Председатель (говорит по-английски): Сейчас я сделаю заявление в качестве "
        "представителя Азербайджана.",
        "Азербайджан поддерживает Миссию.",
        "Теперь я возобновляю выполнение функций Председателя Совета.",
        "Азербайджан",
    ),
    "ar": (
        "الرئيس: السيد مهدييف . . . . . . (أذربيجان)",
        "الرئيس (تكلم بالإنكليزية): أدلي الآن ببيان بصفتي ممثل أذربيجان.",
        "تؤيد أذربيجان البعثة.",
        "أستأنف الآن مهامي بوصفي رئيسا للمجلس.",
        "أذربيجان",
    ),
}


@pytest.mark.parametrize("language", sorted(CHAIR))
def test_chair_has_the_attendance_delegation_and_speaks_in_national_capacity(language):
    president, announcement, statement, resumption, delegation = CHAIR[language]
    text = "\n\n".join([president, announcement, statement, resumption, statement])
    record = parse_record(text + "\n", language=language)
    chair = [p for p in record.paragraphs if p.speaker]
    assert [p.speaker.role for p in chair] == ["President"] * 4
    assert {p.speaker.delegation for p in chair} == {delegation}
    assert [p.speaker.national_capacity for p in chair] == [False, True, False, False]


@pytest.mark.parametrize(
    "language, paragraph",
    [
        ("en", "In my capacity as President of the Council, I welcome the Minister."),
        ("fr", "En ma qualité de Président du Conseil, je souhaite la bienvenue au Ministre."),
        ("es", "En mi calidad de Presidente del Consejo, doy la bienvenida al Ministro."),
        ("zh", "我现在以安全理事会主席的身份发言。"),
    ],
)
def test_speaking_as_president_is_not_national_capacity(language, paragraph):
    president, announcement, statement, _resumption, _delegation = CHAIR[language]
    speaker_line = announcement.split(":" if language != "zh" else "：", 1)[0]
    text = f"{president}\n\n{speaker_line}: {paragraph}\n\n{statement}\n"
    record = parse_record(text, language=language)
    assert [p.speaker.national_capacity for p in record.paragraphs if p.speaker] == [False, False]


def test_speaker_line_without_attendance_keeps_an_empty_delegation():
    record = parse_record("The President: I open the meeting.\n", language="en")
    assert record.paragraphs[-1].speaker.delegation == ""


def test_acting_president_without_a_chair_line_is_not_given_the_presidents_delegation():
    """The Acting President is a Vice-President: the President's delegation
    would be wrong, so without "took the Chair" none is filled in."""
    text = (
        "President: Mr. Ashe . . . . . (Antigua and Barbuda)\n\n"
        "The meeting was called to order at 9 a.m.\n\n"
        "The Acting President: I give the floor to the next speaker.\n"
    )
    record = parse_record(text, language="en")
    assert (record.paragraphs[-1].speaker.role, record.paragraphs[-1].speaker.delegation) == (
        "Acting President",
        "",
    )


OPENING = {
    "zh": "上午10时开会。",
    "fr": "La séance est ouverte à 10 heures.",
    "es": "Se abre la sesión a las 10.00 horas.",
    "ru": "Заседание открывается в 10 ч. 00 м.",
}


@pytest.mark.parametrize(
    "language, chair_line, delegation",
    [
        ("zh", "主席缺席，副主席卡毛先生（肯尼亚）主持会议。", "肯尼亚"),
        ("fr", "En l'absence du Président, M. Kamau (Kenya), Vice-Président, assume la présidence.",
         "Kenya"),
        ("es", "En ausencia del Presidente, el Sr. Kamau (Kenya), Vicepresidente, ocupa la "
         "Presidencia.", "Kenya"),
        ("ru", "В отсутствие Председателя место Председателя занимает заместитель Председателя "
         "г-н Камау (Кения).", "Кения"),
    ],
)  # fmt: skip
def test_acting_president_takes_the_delegation_of_the_chair_line(language, chair_line, delegation):
    acting = {"zh": "代理主席", "fr": "Le Président par intérim", "es": "El Presidente interino",
              "ru": "Исполняющий обязанности Председателя"}[language]  # fmt: skip
    text = f"{OPENING[language]}\n\n{chair_line}\n\n{acting}: …\n"
    record = parse_record(text, language=language)
    assert [p.kind for p in record.paragraphs] == ["procedural", "procedural", "speaker_turn"]
    speaker = record.paragraphs[-1].speaker
    assert (speaker.role, speaker.delegation) == ("Acting President", delegation)


@pytest.mark.parametrize(
    "language, lines",
    [
        ("zh", ["以举手方式进行表决。", "赞成：\n阿根廷、澳大利亚、阿塞拜疆",
                "反对：\n无", "弃权：\n无"]),
        ("fr", ["Il est procédé au vote à main levée.", "Votent pour :\nArgentine, Australie",
                "Votent contre :\nNéant", "S'abstiennent :\nNéant"]),
        ("es", ["Se procede a votación ordinaria.", "Votos a favor:\nArgentina, Australia",
                "Votos en contra:\nNinguno", "Abstenciones:\nNinguna"]),
        ("ru", ["Проводится голосование поднятием рук.", "Голосовали за:\nАргентина, Австралия",
                "Голосовали против:\nНет", "Воздержались:\nНет"]),
    ],
)  # fmt: skip
def test_vote_blocks_in_other_languages_are_procedural(language, lines):
    president, announcement, *_ = CHAIR[language]
    text = "\n\n".join([president, announcement, *lines, announcement]) + "\n"
    record = parse_record(text, language=language)
    kinds = [p.kind for p in record.paragraphs]
    assert kinds == ["attendance", "speaker_turn", *["procedural"] * 4, "speaker_turn"]
    assert not any(w.startswith("line") for w in record.warnings)


def test_text_after_a_vote_block_is_not_taken_for_a_vote_list():
    text = (
        "The President: We shall vote.\n\nIn favour:\nArgentina, Australia\n\n"
        "Against:\nNone\n\nThe draft resolution was adopted. The Council thanks everyone.\n"
    )
    record = parse_record(text, language="en")
    assert [p.text for p in record.paragraphs if p.kind == "procedural"][-1] == (
        "The draft resolution was adopted. The Council thanks everyone."
    )
    assert record.paragraphs[-2].text == "Against: None"


@pytest.mark.parametrize(
    "line",
    [
        "S/PV.7051 Women and peace and security 29/10/2013",
        "29/10/2013 Women and peace and security S/PV.7051",
        "A/68/PV.5 24/09/2013",
        "13-53210 3/31",
        "3/31 13-53210",
        "*1353210*",
        "Please recycle",
    ],
)
def test_page_furniture(line):
    assert record_module.is_page_furniture(line, "en")


def test_a_sentence_with_a_date_is_not_page_furniture():
    assert not record_module.is_page_furniture(
        "The letter of 29/10/2013 was circulated as S/2013/640.", "en"
    )
