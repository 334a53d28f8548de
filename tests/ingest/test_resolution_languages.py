"""Resolutions written in French, Spanish and Russian layouts parse with the
same rules as the samples: intro, preambular, operative, sub-paragraphs,
footnotes, symbol and date."""

from collections import Counter

import pytest

from documents.ingest.pipeline import parse_version

FRENCH = """Assemblée générale

Résolution adoptée par l'Assemblée générale le 1er décembre 2021

76/12. Coopération entre l'Organisation des Nations Unies et l'Union africaine

L'Assemblée générale,

Rappelant sa résolution 74/4 du 15 novembre 2019,

Ayant examiné le rapport du Secrétaire général¹,

Consciente de la nécessité de renforcer la coopération,

¹ A/76/300.

1. *Prend note* du rapport du Secrétaire général;

2. *Prie* le Secrétaire général :
a) De renforcer la coopération;
b) De lui présenter un rapport;

3. *Décide* d'inscrire la question à l'ordre du jour de sa soixante-dix-huitième session.

45e séance plénière
1er décembre 2021
"""

SPANISH = """Resolución aprobada por la Asamblea General el 9 de diciembre de 2021

76/30. Cooperación entre las Naciones Unidas y la Unión Africana

La Asamblea General,

Recordando su resolución 74/4, de 15 de noviembre de 2019⁽¹⁾,

Observando con aprecio la labor realizada,

⁽¹⁾ Véase A/74/PV.20.

1. Toma nota del informe del Secretario General⁽¹⁾;

2. Exhorta a los Estados Miembros a que:

(a) Apoyen la cooperación;

(b) Informen periódicamente;

3. Decide seguir ocupándose de la cuestión.

50ª sesión plenaria
9 de diciembre de 2021
"""

RUSSIAN = """Резолюция, принятая Генеральной Ассамблеей 2 декабря 2021 года

76/40. Сотрудничество между Организацией Объединенных Наций и Африканским союзом

Генеральная Ассамблея,

ссылаясь на свою резолюцию 74/4 от 15 ноября 2019 года,

рассмотрев доклад Генерального секретаря²,

² A/76/301.

1. принимает к сведению доклад Генерального секретаря;

2. просит Генерального секретаря:

a) укреплять сотрудничество;

b) представить доклад;

3. постановляет продолжать заниматься этим вопросом.

48-е пленарное заседание
2 декабря 2021 года
"""


@pytest.mark.parametrize(
    ("text", "language", "symbol", "date", "preambular"),
    [
        (FRENCH, "fr", "A/RES/76/12", "2021-12-01", 3),
        (SPANISH, "es", "A/RES/76/30", "2021-12-09", 2),
        (RUSSIAN, "ru", "A/RES/76/40", "2021-12-02", 2),
    ],
    ids=["fr", "es", "ru"],
)
def test_resolution_in_language(text, language, symbol, date, preambular):
    version = parse_version(text.encode("utf-8"))
    assert (version.language, version.symbol, version.date) == (language, symbol, date)
    kinds = Counter(p.kind for p in version.paragraphs)
    assert kinds["preamble_intro"] == 1
    assert kinds["preambular"] == preambular
    assert kinds["operative"] == 3
    assert kinds["sub_paragraph"] == 2
    assert kinds["signature"] == 1
    subs = [(p.anchor, p.number) for p in version.paragraphs if p.kind == "sub_paragraph"]
    assert subs == [("op-2-a", "(a)"), ("op-2-b", "(b)")]
    assert len(version.footnotes) == 1
    marker = version.footnotes[0].marker
    refs = [r.marker for p in version.paragraphs for r in p.footnote_refs]
    assert refs and set(refs) == {marker}
    assert not [w for w in version.warnings if "footnote" in w or "operative" in w]


def test_spanish_footnote_cited_twice_keeps_both_marks():
    version = parse_version(SPANISH.encode("utf-8"))
    cited = [p.anchor for p in version.paragraphs for r in p.footnote_refs]
    assert cited == ["pp-1", "op-1"]


def test_broken_numbering_is_a_warning_naming_the_line():
    text = FRENCH.replace("3. *Décide*", "5. *Décide*")
    version = parse_version(text.encode("utf-8"))
    assert any(
        "operative paragraph 5 follows 2" in w and w.startswith("line ") for w in version.warnings
    )


def _subs(text: str) -> list[tuple[str, str]]:
    version = parse_version(text.encode("utf-8"))
    return [(p.anchor, p.number) for p in version.paragraphs if p.kind == "sub_paragraph"]


ENGLISH_SUBS = """75/99. Letters and numerals

The General Assembly,

Recalling its resolution 74/4,

1. Decides:

(a) To act;

(b) To report:

(i) Once;

(ii) Twice;

(c) To review;

(d) To consult;

(e) To remain seized.

10th plenary meeting
1 December 2020
"""

ARABIC_SUBS = """99/75 - حروف وأرقام

إن الجمعية العامة،

إذ تشير إلى قرارها 4/74،

1 - تقرر ما يلي:

(أ) أن تعمل؛

(ب) أن تقدم تقريرا:

(i) مرة؛

(ii) مرتين؛

(ج) أن تستعرض؛

(د) أن تتشاور؛

(هـ) أن تبقي المسألة قيد نظرها.

الجلسة العامة 10
1 كانون الأول/ديسمبر 2020
"""

RUSSIAN_SUBS = """75/99. Буквы и цифры

Генеральная Ассамблея,

ссылаясь на свою резолюцию 74/4,

1. постановляет:

а) действовать;

б) представить доклад:

i) один раз;

ii) дважды;

в) провести обзор;

г) провести консультации;

д) продолжать заниматься этим вопросом.

10-е пленарное заседание
1 декабря 2020 года
"""


def test_sub_paragraph_anchors_use_latin_letters_in_every_language():
    """Anchors are comparable across languages (op-1-b is the second item
    everywhere); ``number`` keeps the label as printed."""
    english = _subs(ENGLISH_SUBS)
    arabic = _subs(ARABIC_SUBS)
    russian = _subs(RUSSIAN_SUBS)
    anchors = ["op-1-a", "op-1-b", "op-1-b-i", "op-1-b-ii", "op-1-c", "op-1-d", "op-1-e"]
    assert [a for a, _n in english] == anchors
    assert [a for a, _n in arabic] == anchors
    assert [a for a, _n in russian] == anchors
    assert [n for _a, n in arabic] == ["(أ)", "(ب)", "(i)", "(ii)", "(ج)", "(د)", "(هـ)"]
    assert [n for _a, n in russian] == ["(а)", "(б)", "(i)", "(ii)", "(в)", "(г)", "(д)"]


def test_russian_letter_i_is_a_letter_not_a_roman_numeral():
    """Cyrillic "и)" is the ninth letter (anchor "i"), never roman one."""
    items = "".join(f"{letter}) пункт;\n\n" for letter in "абвгдежзик")
    text = RUSSIAN_SUBS.split("а) действовать")[0] + items + "2. постановляет продолжать.\n"
    anchors = [a for a, _n in _subs(text)]
    assert anchors == [f"op-1-{c}" for c in "abcdefghij"]
