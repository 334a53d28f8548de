"""Records as printed from the 1990s on: what the PDF text of real General
Assembly and Security Council records holds and the parser must read.

Each text below is written in the layout of the real records of
tests/realdata/records (A/49/PV.100, A/49/PV.104, A/53/PV.100, A/61/PV.90,
S/PV.3600, S/PV.5600, A/48/PV.63/Corr.1): hard-wrapped lines, labels split
over two lines, stage directions printed without a blank line before the
next label, old running headers and bare page numbers."""

import json
import re
from pathlib import Path

import pytest

from documents.ingest import record as record_module
from documents.ingest.record import (
    ends_sentence,
    first_sentence,
    is_corrections_notice,
    is_running_title,
    parse_record,
    read_record_symbol,
)

OPENING = "The meeting was called to order at 10.40 a.m.\n\n"


def turns(record):
    return [
        (p.speaker.name, p.speaker.role, p.speaker.delegation, p.speaker.language)
        for p in record.paragraphs
        if p.speaker and p.anchor == f"turn-{p.speaker.turn}"
    ]


def kinds(record):
    return [p.kind for p in record.paragraphs]


def body(text, language="en"):
    return parse_record(OPENING + text, language=language)


# -- Speaker labels -----------------------------------------------------------


def test_label_wrapped_over_two_lines_with_a_function_and_an_interpretation_note():
    """A/49/PV.100: "Mr. Djacta (Algeria), Rapporteur of the Fifth" /
    "Committee (interpretation from French): I have ..." is one label: the
    function printed after the delegation is the role, and "interpretation
    from French" (before 1999) means the speaker spoke French."""
    record = body(
        "Mr. Djacta (Algeria), Rapporteur of the Fifth\n"
        "Committee (interpretation from French): I have the honour\n"
        "today to introduce the reports of the Fifth Committee.\n"
    )
    assert turns(record) == [("Mr. Djacta", "Rapporteur of the Fifth Committee", "Algeria", "fr")]
    assert record.paragraphs[-1].text == (
        "I have the honour today to introduce the reports of the Fifth Committee."
    )


@pytest.mark.parametrize(
    "language, line, expected",
    [
        ("en", "The President (interpretation from French): I thank him.",
         ("The President", "President", "", "fr")),
        ("en", "The PRESIDENT (interpretation from French): I thank him.",
         ("The PRESIDENT", "President", "", "fr")),
        ("en", "Mr. Qin Huasun (China) (interpretation from Chinese): A breakthrough.",
         ("Mr. Qin Huasun", "", "China", "zh")),
        ("fr", "M. Qin Huasun (Chine) (interprétation du chinois) : Un progrès.",
         ("M. Qin Huasun", "", "Chine", "zh")),
        ("fr", "Le Président (interprétation de l'anglais) : Je remercie le représentant.",
         ("Le Président", "President", "", "en")),
        ("es", "El Presidente (interpretación del inglés): Doy las gracias.",
         ("El Presidente", "President", "", "en")),
    ],
)  # fmt: skip
def test_interpretation_notes_of_older_records(language, line, expected):
    """Before 1999 the label names the interpretation instead of the
    language spoken; both give the speaker's language. Older records print
    the role in capitals ("The PRESIDENT"): still the President."""
    record = parse_record(line + "\n", language=language)
    assert turns(record) == [expected]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Mr. Nobilo (Croatia), whom I welcome, said: the Council must act.",
        "Finally (and above all), Member States: we must act.",
        "Mr. Nobilo (Croatia), Rapporteur for 1995: the Council must act.",
    ],
)
def test_a_clause_after_a_bracket_is_not_a_function(paragraph):
    """A sentence that happens to hold a bracket, a comma and a colon is no
    label: a function follows a name with an honorific, a role or a title,
    starts with a capital and holds no digits."""
    record = body(f"The President: I give the floor to the next speaker.\n\n{paragraph}\n")
    assert len(turns(record)) == 1
    assert record.paragraphs[-1].text == paragraph


def test_label_printed_under_a_stage_direction_starts_a_turn():
    """A/49/PV.100 and A/61/PV.90: "The draft decision was adopted." /
    "The President: May I take it ..." with no blank line between are a
    stage direction and a new turn, not one procedural paragraph."""
    record = body(
        "The President: May I take it that the Assembly wishes to adopt\n"
        "the draft decision?\n\n"
        "The draft decision was adopted.\n"
        "The President: May I take it that it is the wish of\n"
        "the General Assembly to conclude its consideration of\n"
        "agenda item 106?\n"
    )
    assert kinds(record) == ["procedural", "speaker_turn", "procedural", "speaker_turn"]
    assert record.paragraphs[2].text == "The draft decision was adopted."
    assert record.paragraphs[3].text.startswith("May I take it that it is the wish")
    assert record.paragraphs[3].line == 7


def test_label_printed_under_the_last_line_of_a_stage_direction_wrapped_in_two():
    """A/61/PV.90: "The draft resolution was adopted (resolution" / "61/258)."
    / "The Acting President: The Assembly has thus ..."."""
    record = body(
        "The Acting President: May I take it that the Assembly wishes to do the same?\n\n"
        "The draft resolution was adopted (resolution\n"
        "61/258).\n"
        "The Acting President: The Assembly has thus\n"
        "concluded this stage of its consideration of agenda item 117.\n"
    )
    assert [p.text for p in record.paragraphs if p.kind == "procedural"][-1] == (
        "The draft resolution was adopted (resolution 61/258)."
    )
    assert len(turns(record)) == 2


def test_agenda_item_printed_under_a_sentence_is_a_heading():
    """A/53/PV.100: a column change gives "... document" / "A/53/835." /
    "Agenda item 113 (continued)" with no blank line: the heading ends the
    turn."""
    record = body(
        "The Acting President (spoke in French): This\n"
        "information will be reflected in an addendum to document\n"
        "A/53/835.\n"
        "Agenda item 113 (continued)\n\n"
        "Programme budget for the biennium 1998-1999\n"
    )
    assert kinds(record) == ["procedural", "speaker_turn", "heading", "heading"]
    assert record.paragraphs[1].text.endswith("document A/53/835.")


def test_a_quoted_clause_label_does_not_cut_a_paragraph():
    """Only a label naming a role, an honorific or a title cuts a block: a
    quoted "Article 5 (a): ..." line after a full stop stays in the speech."""
    record = body(
        "The President: The text reads as follows.\nArticle (a): the Parties shall cooperate.\n"
    )
    assert kinds(record) == ["procedural", "speaker_turn"]
    assert record.paragraphs[-1].text.endswith("Article (a): the Parties shall cooperate.")


# -- Stage directions ---------------------------------------------------------


def test_a_stage_direction_is_one_sentence_inside_a_turn():
    """A/49/PV.100: "The draft decision was adopted by the Committee without
    a vote. May I consider that the General Assembly wishes to do the same?"
    is the President speaking; the stage direction after it is procedural
    and ends the turn."""
    record = body(
        "The President: The Assembly will now take a decision.\n\n"
        "The draft decision was adopted by the Committee\n"
        "without a vote. May I consider that the General Assembly\n"
        "wishes to do the same?\n\n"
        "The draft decision was adopted.\n"
    )
    assert kinds(record) == ["procedural", "speaker_turn", "speaker_turn", "procedural"]
    assert record.paragraphs[2].anchor == "turn-1-2"


OPENING_IN = {
    "en": OPENING,
    "fr": "La séance est ouverte à 10 heures.\n\n",
    "es": "Se abre la sesión a las 10.00 horas.\n\n",
    "ru": "Заседание открывается в 10 ч. 00 м.\n\n",
    "zh": "上午10时开会。\n\n",
    "ar": "افتتحت الجلسة الساعة 10/00.\n\n",
}


@pytest.mark.parametrize(
    "language, line",
    [
        ("en", "It was so decided."),
        ("en", "The members of the General Assembly observed a minute of silence."),
        ("en", "The members of the Council observed a minute of silent prayer or meditation."),
        ("fr", "Il en est ainsi décidé."),
        ("fr", "Les membres de l'Assemblée générale observent une minute de silence."),
        ("es", "Así queda acordado."),
        ("es", "Los miembros del Consejo guardan un minuto de silencio."),
        ("ru", "Решение принимается."),
        ("ru", "Члены Совета почтили минутой молчания память погибших."),
        ("zh", "就这样决定。"),
        ("zh", "安理会成员起立默哀一分钟。"),
        ("ar", "تقرر ذلك."),
    ],
)
def test_decisions_and_minutes_of_silence_are_stage_directions(language, line):
    """ "It was so decided." and the minute of silence are printed in italics
    between turns: procedural, not the last speaker's words."""
    record = parse_record(f"{OPENING_IN[language]}{line}\n", language=language)
    assert kinds(record) == ["procedural", "procedural"]
    assert record_module.TEXT_BEFORE_SPEAKER[:10] not in " ".join(record.warnings)


def test_tellers_and_seats_taken_at_the_invitation_of_the_president_are_not_turns():
    """A/49/PV.104 and S/PV.3600: "At the invitation of the President, Mr.
    Houansou" / "(Benin), ... acted as tellers." names people with their
    delegations, but nobody speaks."""
    record = body(
        "The President: Ballot papers will now be distributed.\n\n"
        "At the invitation of the President, Mr. Houansou\n"
        "(Benin), Ms. Chaves (Costa Rica) and Mr. Noh\n"
        "(Republic of Korea) acted as tellers.\n\n"
        "At the invitation of the President, Mr. Nobilo\n"
        "(Croatia) took a seat at the Council table.\n"
    )
    assert kinds(record) == ["procedural", "speaker_turn", "procedural", "procedural"]
    assert len(turns(record)) == 1


def test_ballot_results_are_the_presidents_words_not_turns():
    """A/49/PV.104: "Number of ballot papers: 163" looks like a label, and
    "Mr. Luigi Ferrari Bravo (Italy) 72" like a speaker; neither is."""
    record = body(
        "The President: The result of the voting is as follows:\n\n"
        "Number of ballot papers: 163\n"
        "Abstentions: 0\n"
        "Required majority: 94\n"
        "Number of votes obtained:\n"
        "Mr. Luigi Ferrari Bravo (Italy) 72\n"
        "Mr. Pieter Hendrik Kooijmans (Netherlands) 36\n\n"
        "The President: Since none of the candidates has\n"
        "obtained an absolute majority, we shall vote again.\n"
    )
    assert [name for name, *_ in turns(record)] == ["The President", "The President"]
    table = record.paragraphs[2]
    assert (table.kind, table.anchor) == ("speaker_turn", "turn-1-2")
    assert "Required majority: 94" in table.text
    assert table.text.endswith("Mr. Pieter Hendrik Kooijmans (Netherlands) 36")


def test_language_change_inside_a_turn():
    """A/49/PV.104: "(spoke in Arabic)" alone inside Mr. Arsalai's turn: the
    note is procedural, the turn goes on, its next paragraphs are in Arabic
    until "(spoke in English)"."""
    record = body(
        "Mr. Arsalai (Afghanistan): We were deeply grieved.\n\n"
        "(spoke in Arabic)\n\n"
        '"To God we belong, and to Him is our return".\n\n'
        "(spoke in English)\n\n"
        "Ambassador Pazhwâk was a famous writer.\n"
    )
    assert kinds(record) == [
        "procedural", "speaker_turn", "procedural", "speaker_turn", "procedural", "speaker_turn"
    ]  # fmt: skip
    spoken = [(p.anchor, p.speaker.language) for p in record.paragraphs if p.speaker]
    assert spoken == [("turn-1", "en"), ("turn-1-2", "ar"), ("turn-1-3", "en")]


# -- Headings -----------------------------------------------------------------


def test_agenda_heading_without_the_word_item_and_its_title():
    """A/49/PV.104 prints "Agenda 112 (continued)"; the title under it ends
    with the report's symbol in brackets "(A/49/838/Add.3)" and is a
    heading too, not the last speaker's words."""
    record = body(
        "Mr. Arsalai (Afghanistan): May Almighty God bestow his mercy.\n\n"
        "Agenda 112 (continued)\n\n"
        "Scale of assessments for the apportionment of the\n"
        "expenses of the United Nations (A/49/838/Add.3)\n\n"
        "The President: In a letter contained in document A/49/838/Add.3, ...\n"
    )
    assert kinds(record) == ["procedural", "speaker_turn", "heading", "heading", "speaker_turn"]
    assert not any(w.startswith("line") for w in record.warnings)


def test_a_long_agenda_title_is_a_heading():
    """A/49/PV.100: the title under "Agenda item 146 (continued)" runs to
    six printed lines."""
    record = body(
        "Agenda item 146 (continued)\n\n"
        "Financing of the International Tribunal for the\n"
        "Prosecution of Persons Responsible for Serious\n"
        "Violations of International Humanitarian Law\n"
        "Committed in the Territory of the Former Yugoslavia\n"
        "since 1991: report of the Fifth Committee (Part II)\n"
        "(A/49/810/Add.1)\n\n"
        "The President: The Assembly will now take a decision.\n"
    )
    assert kinds(record) == ["procedural", "heading", "heading", "speaker_turn"]


def test_a_title_where_no_one_speaks_is_a_heading():
    """A/49/PV.104 and S/PV.4001: right after the opening, "Tribute to the
    memory of Mr. Abdul Rahman Pazhwâk," / "President of the General
    Assembly at its twenty-first" / "session" is no sentence: a heading,
    without a warning."""
    record = body(
        "Tribute to the memory of Mr. Abdul Rahman Pazhwâk,\n"
        "President of the General Assembly at its twenty-first\n"
        "session\n\n"
        "The President: Before we take up the item on our agenda ...\n"
    )
    assert kinds(record) == ["procedural", "heading", "speaker_turn"]
    assert not any(w.startswith("line") for w in record.warnings)


def test_text_without_a_speaker_that_is_a_sentence_is_still_warned():
    """The heading rule takes only what is no sentence: a paragraph with no
    label before it keeps its warning."""
    record = body("This paragraph has no speaker before it.\n")
    assert record.paragraphs[-1].kind == "other"
    assert any(w.startswith("line 3: text with no speaker") for w in record.warnings)


# -- The chair ----------------------------------------------------------------

PRESIDENT = "President: Mr. Essy . . . . . . . . . . . . . . . . . . (Côte d'Ivoire)\n\n"


def test_vice_president_in_the_chair_before_the_opening():
    """A/49/PV.100: "In the absence of the President, Mr. Yassin (Sudan)" /
    "took the Chair." is printed before the opening line; the Vice-President
    is still labelled "The President": those turns are Sudan's, not the
    President's Côte d'Ivoire. The chair line is procedural, not a member."""
    record = parse_record(
        PRESIDENT
        + "In the absence of the President, Mr. Yassin (Sudan)\ntook the Chair.\n\n"
        + OPENING
        + "The President: This morning, the General Assembly will consider the reports.\n",
        language="en",
    )
    assert turns(record) == [("The President", "President", "Sudan", "en")]
    assert [(a.role, a.delegation) for a in record.meeting.attendance] == [
        ("president", "Côte d'Ivoire")
    ]
    assert kinds(record) == ["attendance", "procedural", "procedural", "speaker_turn"]
    assert not any("attendance line" in w for w in record.warnings)


def test_took_the_chair_inside_a_speech_changes_nothing():
    """Only a stage direction moves the Chair: a speaker recalling that
    someone "took the Chair" in a longer paragraph does not."""
    record = parse_record(
        PRESIDENT + OPENING + "The President: I thank the representative.\n\n"
        "In 1995 Mr. Yassin (Sudan) took the Chair. We remember it well.\n\n"
        "The President: I call on the next speaker.\n",
        language="en",
    )
    assert [t[2] for t in turns(record)] == ["Côte d'Ivoire", "Côte d'Ivoire"]


def test_acting_president_takes_the_delegation_of_the_header_chair_line():
    """A/61/PV.90: "In the absence of the President, Mr. Chidyausiku" /
    "(Zimbabwe), Vice-President, took the Chair." then "The Acting
    President:"."""
    record = parse_record(
        "President: Ms.  Al-Khalifa  . . . . . . . . . . . . (Bahrain)\n\n"
        "In the absence of the President, Mr. Chidyausiku\n"
        "(Zimbabwe), Vice-President, took the Chair.\n\n"
        + OPENING
        + "The Acting President: Before turning to the item on our agenda ...\n",
        language="en",
    )
    assert turns(record) == [("The Acting President", "Acting President", "Zimbabwe", "en")]
    assert record.meeting.attendance[0].name == "Ms. Al-Khalifa"


def test_vice_president_without_a_printed_delegation_gets_none():
    """ "Mr. Kamau, Vice-President, took the Chair." names no delegation:
    "The President" then is not the President's country either."""
    record = parse_record(
        PRESIDENT + OPENING + "Mr. Kamau, Vice-President, took the Chair.\n\n"
        "The President: I give the floor to the next speaker.\n",
        language="en",
    )
    assert turns(record) == [("The President", "President", "", "en")]


@pytest.mark.parametrize(
    "resumption",
    [
        "The President returned to the Chair.",
        "The President took the Chair.",
        "Mr. Essy (Côte d'Ivoire) took the Chair.",
    ],
)
def test_the_president_back_in_the_chair(resumption):
    """Once the President returns ("returned to the Chair", "The President
    took the Chair", or "took the Chair" with his own delegation), "The
    President" is his again."""
    record = parse_record(
        PRESIDENT + OPENING + "Mr. Yassin (Sudan), Vice-President, took the Chair.\n\n"
        "The President: I call on the next speaker.\n\n"
        f"{resumption}\n\n"
        "The President: I thank the Vice-President.\n",
        language="en",
    )
    assert [t[2] for t in turns(record)] == ["Sudan", "Côte d'Ivoire"]


# -- Page furniture -----------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "General Assembly 100th meeting",
        "Forty-ninth session 6 April 1995",
        "Security Council 3600th meeting",
        "Fiftieth year 30 November 1995",
        "6 April 1995 Forty-ninth session",
        "100th meeting General Assembly",
    ],
)
def test_running_headers_of_the_older_layout(line):
    """The running header of 1990s records repeats the masthead: body and
    meeting, session or year and date."""
    assert is_running_title(line, "en")
    assert record_module.is_page_furniture(line, "en")


@pytest.mark.parametrize(
    "line",
    [
        "General Assembly",
        "Forty-ninth session",
        "Thursday, 6 April 1995, 10 a.m.",
        "The session of 6 April 1995 was long.",
        "General Assembly resolution 49/241",
    ],
)
def test_masthead_lines_and_sentences_are_not_running_headers(line):
    """A masthead line alone, the date line and a sentence holding a date
    stay."""
    assert not is_running_title(line, "en")


def test_running_header_and_page_number_inside_a_turn_are_dropped():
    """A/49/PV.104: "... Accordingly, 94" / "2" / "General Assembly 104th
    meeting" / "Forty-ninth session 21 June 1995" / "votes constitute ...":
    the page number and the running header go, the sentence is joined."""
    record = body(
        "The President: The electors are all the Member States. Accordingly, 94\n\n"
        "2\n"
        "General Assembly 104th meeting\n"
        "Forty-ninth session 21 June 1995\n\n"
        "votes constitute an absolute majority.\n\n"
        "The meeting rose at 12.50 p.m.\n\n"
        "4\n"
    )
    assert [p.text for p in record.paragraphs if p.speaker] == [
        "The electors are all the Member States. Accordingly, 94 votes constitute an "
        "absolute majority."
    ]
    assert not any(w.startswith("line") for w in record.warnings)


def test_a_number_inside_a_table_is_not_a_page_number():
    """A bare number between two lines of text is a table's value, not a page
    number: only a number next to furniture or at the very end goes."""
    record = body(
        "The President: The result of the voting is as follows:\n\n"
        "Required majority:\n"
        "94\n"
        "Number of votes obtained: 102\n"
    )
    assert record.paragraphs[-1].text == ("Required majority: 94 Number of votes obtained: 102")


def test_job_number_with_a_page_number_before_the_opening_line():
    """S/PV.5600: page 2 starts "06-67208 2" / "The meeting was called to
    order at 12 noon.": the furniture goes and the opening time is read."""
    record = parse_record(
        "Agenda\n\nThreats to international peace and security\n"
        "S/PV.5600\n\n"
        "06-67208 2\n"
        "The meeting was called to order at 12 noon.\n\n"
        "The President (spoke in Arabic): The Security Council will now begin.\n",
        language="en",
    )
    assert record.meeting.opened_at == "12:00"
    assert record.meeting.agenda == ["Threats to international peace and security"]


def test_old_masthead_with_the_note_and_its_job_number_first():
    """1990s records: the page-1 footer comes first in extraction order, its
    job number glued before the note, and the masthead follows the note's
    last line with no blank line; "100" / "th Meeting" is one line cut in
    two."""
    record = parse_record(
        "United Nations\n"
        "A/49/PV.100\n\n"
        "95-85254 (E) This record contains the original text of speeches delivered in\n"
        "English and interpretations of speeches delivered in the other languages.\n"
        "Corrections will be issued after the end of the session in a\n"
        "consolidated corrigendum.\n"
        "General Assembly\n"
        "Official Records\n"
        "Forty-ninth Session\n\n"
        "100\n"
        "th Meeting\n"
        "Thursday, 6 April 1995, 10 a.m.\n"
        "New York\n\n" + PRESIDENT + OPENING + "The President: This morning ...\n",
        language="en",
    )
    meeting = record.meeting
    assert (meeting.body, meeting.session, meeting.number, meeting.date) == (
        "GA", "Forty-ninth Session", 100, "1995-04-06"
    )  # fmt: skip
    note = next(p for p in record.paragraphs if p.kind == "other")
    assert note.text.startswith("This record contains the original text")
    assert note.text.endswith("in a consolidated corrigendum.")
    assert "95-85254" not in " ".join(p.text for p in record.paragraphs)
    assert "100th Meeting" in [p.text for p in record.paragraphs if p.kind == "heading"]


def test_member_names_printed_with_double_spaces():
    """S/PV.5600 justifies the members list: "Russian  Federation . . .
    Mr.  Knyazev" is Russian Federation and Mr. Knyazev."""
    record = parse_record(
        "Members: Argentina  . . . . . . . . . . Mr. Mayoral\n"
        "Russian  Federation  . . . . . . . Mr.  Knyazev\n\n" + OPENING,
        language="en",
    )
    members = [(a.delegation, a.name) for a in record.meeting.attendance]
    assert members == [("Argentina", "Mr. Mayoral"), ("Russian Federation", "Mr. Knyazev")]


# -- A corrections notice -----------------------------------------------------

CORRIGENDUM = """\
United Nations
G E N E R A L

A S S E M B L Y

FORTY-EIGHTH SESSION

Official Records
63rd

PLENARY MEETING

Wednesday, 24 November 1993
at 10 a.m.

NEW YORK

Corrigendum

ANNEX

Changes in Recorded and/or Roll-call Votes

Resolution 48/23

Subsequent to the voting, the delegation of Norway advised the Secretariat
that it had intended to vote in favour.

-----

93-87454 (E)
Distr. GENERAL

A/48/PV.63/Corr.1
11 January 1994

ENGLISH
"""


def test_a_corrections_notice_is_not_a_meeting():
    """A/48/PV.63/Corr.1: a corrigendum to a record has a masthead and a
    notice but no opening, speakers or closing: its kind is "other", its
    symbol the corrigendum's, and it gets no warnings about a meeting."""
    record = parse_record(CORRIGENDUM, language="en")
    assert (record.kind, record.symbol) == ("other", "A/48/PV.63/Corr.1")
    assert record.warnings == []
    assert not any(p.speaker for p in record.paragraphs)
    after = [p.text for p in record.paragraphs][
        [p.text for p in record.paragraphs].index("Corrigendum") + 1 :
    ]
    assert after[:3] == ["ANNEX", "Changes in Recorded and/or Roll-call Votes", "Resolution 48/23"]
    notice = next(p for p in record.paragraphs if p.text.startswith("Subsequent"))
    assert notice.kind == "other"
    assert [r.symbol for r in notice.references] == []
    assert "-----" not in [p.text for p in record.paragraphs]


def test_a_record_is_not_a_corrections_notice():
    """A record's note speaks of a "consolidated corrigendum": that is no
    corrigendum line of its own."""
    assert is_corrections_notice(CORRIGENDUM, "en")
    text = "A/49/PV.100\n\nCorrections will be issued in a consolidated corrigendum.\n"
    assert not is_corrections_notice(text, "en")
    assert parse_record(text + OPENING, language="en").kind == "verbatim_record"


@pytest.mark.parametrize(
    "text, symbol",
    [
        ("A/48/PV.63/Corr.1\n", "A/48/PV.63/Corr.1"),
        ("United Nations S/PV.7050/Corr.1\n", "S/PV.7050/Corr.1"),
    ],
)
def test_the_symbol_of_a_corrigendum(text, symbol):
    """The corrigendum's own symbol, "/Corr.1" included."""
    assert read_record_symbol(text) == symbol


# -- Sentences ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The draft decision was adopted.", True),
        ("The draft resolution was adopted (resolution 49/241).", True),
        ('... in the Committee."', True),
        ("就这样决定。", True),
        ("Agenda item 113 (continued)", False),
        ("report of the Fifth Committee (A/49/883)", False),
        ("Accordingly, 94", False),
    ],
)
def test_ends_sentence(text, expected):
    """Closing quotes and brackets are set aside: the mark before them
    decides."""
    assert ends_sentence(text) is expected


def test_first_sentence():
    """A sentence ends at a full stop after a word, not after "Mr." or
    "a.m."."""
    assert first_sentence("It was adopted. May I take it?") == ("It was adopted.", "May I take it?")
    assert first_sentence("Mr. Ka took the Chair at 3.15 p.m. today.")[1] == ""


# -- The development set ------------------------------------------------------

RECORDS = Path(__file__).resolve().parent.parent / "realdata" / "records"
SPOKEN_NOTE = re.compile(r"\((?:spoke in|interpretation from) (?P<language>\w+)\)")
LANGUAGE_CODES = {"English": "en", "French": "fr", "Spanish": "es", "Russian": "ru",
                  "Arabic": "ar", "Chinese": "zh"}  # fmt: skip


@pytest.mark.parametrize(
    "facts_path", sorted(RECORDS.glob("*.facts.json")), ids=lambda path: path.name
)
def test_first_speakers_of_the_real_records_as_read(facts_path):
    """The ``speakers`` fact of each real record (the labels of the first
    eight turns, as printed, counted by reading): each turn has the label's
    name, its printed delegation and the language its note names."""
    facts = json.loads(facts_path.read_text(encoding="utf-8"))
    text = (RECORDS / facts["file"]).read_text(encoding="utf-8")
    found = turns(parse_record(text, language=facts["language"]))[: len(facts["speakers"])]
    assert len(found) == len(facts["speakers"])
    for label, (name, role, delegation, language) in zip(facts["speakers"], found, strict=True):
        assert label == name or label.startswith(name + " ")
        if role not in ("President", "Acting President"):
            assert delegation == "" or f"({delegation})" in label
        note = SPOKEN_NOTE.search(label)
        assert language == (LANGUAGE_CODES[note.group("language")] if note else "en")
