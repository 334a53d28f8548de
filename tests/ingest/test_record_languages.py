"""English, French and Spanish records parse with the same fidelity as the
Chinese sample; Russian and Arabic speaker lines are read too."""

import pytest

from documents.ingest.record import parse_record, read_record_symbol

ENGLISH = """\
United Nations
S/PV.7051
Security Council
Sixty-eighth year
7051st meeting
Tuesday, 29 October 2013, 3 p.m.
New York
Provisional

President: Mr. Mehdiyev . . . . . . . . . . . . . . . . . . . . . . . . (Azerbaijan)

Members: Argentina . . . . . . . . . . . . . . . . . . Mrs. Perceval
Australia . . . . . . . . . . . . . . . . . . . . Mr. Quinlan
China . . . . . . . . . . . . . . . . . . . . . . Mr. Liu Jieyi
France . . . . . . . . . . . . . . . . . . . . . Mr. Araud
Guatemala . . . . . . . . . . . . . . . . . . . . Mr. Rosenthal
Luxembourg . . . . . . . . . . . . . . . . . . . Ms. Lucas
Morocco . . . . . . . . . . . . . . . . . . . . . Mr. Bouchaara
Pakistan . . . . . . . . . . . . . . . . . . . . Mr. Masood Khan
Republic of Korea . . . . . . . . . . . . . . . . Mr. Oh Joon
Russian Federation . . . . . . . . . . . . . . . Mr. Churkin
Rwanda . . . . . . . . . . . . . . . . . . . . . Mr. Gasana
Togo . . . . . . . . . . . . . . . . . . . . . . Mr. M'Beou
United Kingdom of Great Britain and
Northern Ireland . . . . . . . . . . . . . . . . . Sir Mark Lyall Grant
United States of America . . . . . . . . . . . . Ms. DiCarlo

Agenda

The situation in the Middle East

Report of the Secretary-General (S/2013/612)

This record contains the text of speeches delivered in English and of the
translation of speeches delivered in the other languages.

The meeting was called to order at 3.05 p.m.

Adoption of the agenda

The agenda was adopted.

The situation in the Middle East

The President: Under rule 39 of the Council's provisional rules of procedure,
I invite Ms. Sigrid Kaag to participate in this meeting.

I now give the floor to Ms. Kaag.

Ms. Kaag: I thank the Council for this opportunity. Resolution 2118 (2013)
is being implemented.

Mr. Churkin (Russian Federation) (spoke in Russian): We thank Ms. Kaag for
her briefing and recall resolution 67/262 of the General Assembly and

13-53210 3/5
S/PV.7051 29/10/2013

document S/2013/612.

Mr. Liu Jieyi (China) (spoke in Chinese): China welcomes the briefing.

Mr. Araud (France) (spoke in French): I shall be brief.

Mrs. Perceval (Argentina) (spoke in Spanish): We align ourselves with the
statement to be made on behalf of the Group of 77.

Mr. Bouchaara (Morocco) (spoke in Arabic): Morocco supports the efforts.

The President: I shall now make a statement in my capacity as the
representative of Azerbaijan.

Azerbaijan supports the Joint Mission.

I now resume my functions as President of the Council.

There are no more names inscribed on the list of speakers.

The Secretary-General: I thank the Council.

The meeting rose at 4.20 p.m.
"""

FRENCH = """\
Conseil de sécurité
Soixante-huitième année
7051e séance
Mardi 29 octobre 2013, à 15 heures
New York
Provisoire

Président : M. Mehdiyev . . . . . . . . . . . . . . . . . . . (Azerbaïdjan)

Membres : Argentine . . . . . . . . . . . . . . . Mme Perceval
Australie . . . . . . . . . . . . . . . M. Quinlan
Chine . . . . . . . . . . . . . . . . . M. Liu Jieyi
États-Unis d'Amérique . . . . . . . . Mme DiCarlo
Fédération de Russie . . . . . . . . . M. Churkin
France . . . . . . . . . . . . . . . . M. Araud
Guatemala . . . . . . . . . . . . . . M. Rosenthal
Luxembourg . . . . . . . . . . . . . . Mme Lucas
Maroc . . . . . . . . . . . . . . . . M. Bouchaara
Pakistan . . . . . . . . . . . . . . . M. Masood Khan
République de Corée . . . . . . . . . M. Oh Joon
Royaume-Uni de Grande-Bretagne et d'Irlande du Nord . . Sir Mark Lyall Grant
Rwanda . . . . . . . . . . . . . . . . M. Gasana
Togo . . . . . . . . . . . . . . . . . M. M'Beou

Ordre du jour

La situation au Moyen-Orient

Le présent procès-verbal contient le texte des déclarations prononcées en
français et la traduction des autres déclarations.

La séance est ouverte à 15 h 5.

Adoption de l'ordre du jour

L'ordre du jour est adopté.

La situation au Moyen-Orient

Le Président (parle en anglais) : Conformément à l'article 39, j'invite
Mme Kaag à participer à la séance.

Mme Kaag (parle en anglais) : Je remercie le Conseil. La résolution
2118 (2013) est mise en œuvre.

M. Churkin (Fédération de Russie) (parle en russe) : Nous remercions
Mme Kaag.

M. Araud (France) : Je serai bref.

Sr. Rosenthal (Guatemala) (parle en espagnol) : Merci.

Le Président (parle en anglais) : Je vais maintenant faire une déclaration
en ma qualité de représentant de l'Azerbaïdjan.

L'Azerbaïdjan appuie la Mission.

Je reprends mes fonctions de Président du Conseil.

La séance est levée à 16 h 20.
"""

SPANISH = """\
Consejo de Seguridad
Año sexagésimo octavo
7051ª sesión
Martes 29 de octubre de 2013, a las 15.00 horas
Nueva York
Provisional

Presidente: Sr. Mehdiyev . . . . . . . . . . . . . . . . . (Azerbaiyán)

Miembros: Argentina . . . . . . . . . . . . . . Sra. Perceval
Australia . . . . . . . . . . . . . . . Sr. Quinlan
China . . . . . . . . . . . . . . . . . Sr. Liu Jieyi
Estados Unidos de América . . . . . . Sra. DiCarlo
Federación de Rusia . . . . . . . . . Sr. Churkin
Francia . . . . . . . . . . . . . . . Sr. Araud
Guatemala . . . . . . . . . . . . . . Sr. Rosenthal
Luxemburgo . . . . . . . . . . . . . . Sra. Lucas
Marruecos . . . . . . . . . . . . . . Sr. Bouchaara
Pakistán . . . . . . . . . . . . . . . Sr. Masood Khan
Reino Unido de Gran Bretaña e Irlanda del Norte . . Sir Mark Lyall Grant
República de Corea . . . . . . . . . . Sr. Oh Joon
Rwanda . . . . . . . . . . . . . . . . Sr. Gasana
Togo . . . . . . . . . . . . . . . . . Sr. M'Beou

Orden del día

La situación en Oriente Medio

La presente acta contiene la versión literal de los discursos pronunciados en
español y de la interpretación de los demás discursos.

Se abre la sesión a las 15.05 horas.

Aprobación del orden del día

Queda aprobado el orden del día.

La situación en Oriente Medio

El Presidente (habla en inglés): De conformidad con el artículo 39, invito
a la Sra. Kaag a participar en esta sesión.

Sra. Kaag (habla en inglés): Agradezco al Consejo. Se aplica la resolución
2118 (2013).

Sr. Churkin (Federación de Rusia) (habla en ruso): Damos las gracias.

Sr. Rosenthal (Guatemala): Seré breve.

Sr. Araud (Francia) (habla en francés): Gracias.

Se levanta la sesión a las 16.20 horas.
"""


@pytest.fixture(scope="module")
def english():
    return parse_record(ENGLISH, language="en")


def turns(record):
    return [
        (p.speaker.name, p.speaker.role, p.speaker.delegation, p.speaker.language)
        for p in record.paragraphs
        if p.speaker and p.anchor == f"turn-{p.speaker.turn}"
    ]


def test_english_header(english):
    meeting = english.meeting
    assert (english.symbol, english.body, english.date) == ("S/PV.7051", "SC", "2013-10-29")
    assert (meeting.number, meeting.session, meeting.time) == (7051, "Sixty-eighth year", "15:00")
    assert (meeting.place, meeting.provisional) == ("New York", True)
    assert (meeting.opened_at, meeting.closed_at) == ("15:05", "16:20")
    assert english.title == "The situation in the Middle East"
    assert english.meeting.agenda[1] == "Report of the Secretary-General (S/2013/612)"


def test_english_attendance_with_wrapped_country(english):
    attendance = english.meeting.attendance
    assert (attendance[0].name, attendance[0].delegation) == ("Mr. Mehdiyev", "Azerbaijan")
    members = {a.delegation: a.name for a in attendance if a.role == "member"}
    assert len(members) == 14
    assert members["United Kingdom of Great Britain and Northern Ireland"] == "Sir Mark Lyall Grant"
    assert members["Russian Federation"] == "Mr. Churkin"
    assert english.warnings == []


def test_english_turns(english):
    assert turns(english) == [
        ("The President", "President", "Azerbaijan", "en"),
        ("Ms. Kaag", "", "", "en"),
        ("Mr. Churkin", "", "Russian Federation", "ru"),
        ("Mr. Liu Jieyi", "", "China", "zh"),
        ("Mr. Araud", "", "France", "fr"),
        ("Mrs. Perceval", "", "Argentina", "es"),
        ("Mr. Bouchaara", "", "Morocco", "ar"),
        ("The President", "President", "Azerbaijan", "en"),
        ("The Secretary-General", "Secretary-General", "", "en"),
    ]


def test_english_turn_joined_across_page_furniture(english):
    churkin = [p for p in english.paragraphs if p.speaker and p.speaker.name == "Mr. Churkin"]
    assert len(churkin) == 1
    assert churkin[0].text.endswith("of the General Assembly and document S/2013/612.")
    assert [r.symbol for r in churkin[0].references] == ["A/RES/67/262", "S/2013/612"]
    assert "29/10/2013" not in churkin[0].text


def test_english_procedural_lines_and_national_capacity(english):
    kinds = [(p.kind, p.text) for p in english.paragraphs if p.kind == "procedural"]
    assert [text for _, text in kinds][:3] == [
        "The meeting was called to order at 3.05 p.m.",
        "Adoption of the agenda",
        "The agenda was adopted.",
    ]
    president = [p for p in english.paragraphs if p.speaker and p.speaker.turn == 8]
    assert [p.speaker.national_capacity for p in president] == [False, True, False, False]
    assert [p.anchor for p in president] == ["turn-8", "turn-8-2", "turn-8-3", "turn-8-4"]


def test_french_record():
    record = parse_record(FRENCH, language="fr")
    meeting = record.meeting
    assert (record.symbol, record.body, record.date) == ("S/PV.7051", "SC", "2013-10-29")
    assert (meeting.number, meeting.time, meeting.opened_at, meeting.closed_at) == (
        7051,
        "15:00",
        "15:05",
        "16:20",
    )
    assert meeting.attendance[0].delegation == "Azerbaïdjan"
    members = {a.delegation: a.name for a in meeting.attendance if a.role == "member"}
    assert len(members) == 14 and members["Fédération de Russie"] == "M. Churkin"
    assert turns(record) == [
        ("Le Président", "President", "Azerbaïdjan", "en"),
        ("Mme Kaag", "", "", "en"),
        ("M. Churkin", "", "Fédération de Russie", "ru"),
        ("M. Araud", "", "France", "fr"),
        ("Sr. Rosenthal", "", "Guatemala", "es"),
        ("Le Président", "President", "Azerbaïdjan", "en"),
    ]
    kaag = next(p for p in record.paragraphs if p.speaker and p.speaker.turn == 2)
    assert [r.symbol for r in kaag.references] == ["S/RES/2118(2013)"]
    last = [
        p.speaker.national_capacity for p in record.paragraphs if p.speaker and p.speaker.turn == 6
    ]
    assert last == [False, True, False]
    assert record.warnings == []


def test_spanish_record():
    record = parse_record(SPANISH, language="es")
    meeting = record.meeting
    assert (record.symbol, record.date, meeting.time) == ("S/PV.7051", "2013-10-29", "15:00")
    assert (meeting.opened_at, meeting.closed_at) == ("15:05", "16:20")
    members = {a.delegation: a.name for a in meeting.attendance if a.role == "member"}
    assert len(members) == 14 and members["Federación de Rusia"] == "Sr. Churkin"
    assert turns(record) == [
        ("El Presidente", "President", "Azerbaiyán", "en"),
        ("Sra. Kaag", "", "", "en"),
        ("Sr. Churkin", "", "Federación de Rusia", "ru"),
        ("Sr. Rosenthal", "", "Guatemala", "es"),
        ("Sr. Araud", "", "Francia", "fr"),
    ]
    procedural = [p.text for p in record.paragraphs if p.kind == "procedural"]
    assert "Queda aprobado el orden del día." in procedural
    assert record.warnings == []


@pytest.mark.parametrize(
    "language, line, expected",
    [
        ("ru", "Председатель (говорит по-английски): Слово имеет г-н Чуркин.",
         ("Председатель", "President", "", "en")),
        ("ru", "Г-н Чуркин (Российская Федерация): Спасибо.",
         ("Г-н Чуркин", "", "Российская Федерация", "ru")),
        ("ar", "الرئيس (تكلم بالإنكليزية): أعطي الكلمة الآن.", ("الرئيس", "President", "", "en")),
        ("ar", "السيد تشوركين (الاتحاد الروسي) (تكلم بالروسية): شكرا.",
         ("السيد تشوركين", "", "الاتحاد الروسي", "ru")),
        ("zh", "主席（以英语发言）：我现在请秘书长发言。", ("主席", "President", "", "en")),
        ("zh", "马苏德汗（巴基斯坦）(以英语发言)：主席先生。", ("马苏德汗", "", "巴基斯坦", "en")),
        ("en", "Mr. Zarif (Iran (Islamic Republic of)): Thank you.",
         ("Mr. Zarif", "", "Iran (Islamic Republic of)", "en")),
        ("fr", "La Présidente (parle en arabe) : Merci.", ("La Présidente", "President", "", "ar")),
        ("es", "La Presidenta (habla en francés): Gracias.",
         ("La Presidenta", "President", "", "fr")),
    ],
)  # fmt: skip
def test_speaker_lines_in_every_language(language, line, expected):
    record = parse_record(line + "\n", language=language)
    assert turns(record) == [expected]
    assert record.paragraphs[-1].text == line.split(":", 1)[-1].split("：", 1)[-1].strip()


@pytest.mark.parametrize(
    "text, symbol",
    [
        ("General Assembly\nSixty-eighth session\n5th plenary meeting\n", "A/68/PV.5"),
        ("大会\n第六十八届会议\n第5次全体会议\n", "A/68/PV.5"),
        ("Assemblée générale\nSoixante-huitième session\n5e séance plénière\n", "A/68/PV.5"),
        ("Security Council\n7050th meeting\n", "S/PV.7050"),
        ("Совет Безопасности\n7050-е заседание\n", "S/PV.7050"),
        ("مجلس الأمن\nالجلسة 7050\n", "S/PV.7050"),
        ("Just some text\n", None),
    ],
)
def test_read_record_symbol(text, symbol):
    assert read_record_symbol(text) == symbol
