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
