"""Security Council resolutions, presidential statements and General
Assembly decisions: symbol, kind, language, body and date are read from the
text, and their paragraphs get the parts of their kind.

The inputs keep each paragraph on one line, as the sample corpus does.
"""
# ruff: noqa: E501

from collections import Counter

import pytest

from documents.ingest.errors import NO_STRUCTURE, IngestError
from documents.ingest.pipeline import parse_version

SC_RESOLUTION_EN = """United Nations

Security Council

Distr.: General
1 July 2020

Resolution 2532 (2020)

Adopted by the Security Council at its 8743rd meeting, on 1 July 2020

The Security Council,

Recalling its resolutions 2177 (2014) and 2439 (2018),

Expressing grave concern about the devastating impact of the COVID-19 pandemic,

1. Demands a general and immediate cessation of hostilities in all situations on its agenda;

2. Calls upon all parties to armed conflicts to engage immediately in a durable humanitarian pause:

(a) For at least 90 consecutive days;

(b) To enable the safe delivery of humanitarian assistance;

3. Decides to remain actively seized of the matter.
"""

SC_RESOLUTION_FR = """Nations Unies

Conseil de sécurité

Résolution 2532 (2020)

Adoptée par le Conseil de sécurité à sa 8743e séance, le 1er juillet 2020

Le Conseil de sécurité,

Rappelant ses résolutions 2177 (2014) et 2439 (2018),

Se déclarant gravement préoccupé par les effets dévastateurs de la pandémie de COVID-19,

1. Exige une cessation générale et immédiate des hostilités dans toutes les situations;

2. Demande à toutes les parties aux conflits armés de s'engager immédiatement dans une pause :

a) D'au moins 90 jours consécutifs;

b) Permettant l'acheminement de l'aide humanitaire;

3. Décide de rester activement saisi de la question.
"""

SC_RESOLUTION_ZH = """安全理事会

第 2532 (2020) 号决议

2020年7月1日安全理事会第8743次会议通过

安全理事会，

回顾其第 2177 (2014) 号和第 2439 (2018) 号决议，

严重关切2019冠状病毒病大流行产生的破坏性影响，

1. 要求在其议程上的所有局势中全面立即停止敌对行动；

2. 吁请武装冲突所有各方立即实行持久人道主义暂停：

(a) 至少连续 90 天；

(b) 以便安全地运送人道主义援助；

3. 决定继续积极处理此案。
"""


@pytest.mark.parametrize(
    ("text", "language"),
    [(SC_RESOLUTION_EN, "en"), (SC_RESOLUTION_FR, "fr"), (SC_RESOLUTION_ZH, "zh")],
    ids=["en", "fr", "zh"],
)
def test_security_council_resolution(text, language):
    version = parse_version(text.encode("utf-8"))
    assert (version.symbol, version.kind, version.body) == ("S/RES/2532(2020)", "resolution", "SC")
    assert (version.language, version.date) == (language, "2020-07-01")
    kinds = Counter(p.kind for p in version.paragraphs)
    assert (kinds["preamble_intro"], kinds["preambular"], kinds["operative"]) == (1, 2, 3)
    subs = [p.anchor for p in version.paragraphs if p.kind == "sub_paragraph"]
    assert subs == ["op-2-a", "op-2-b"]
    assert [p.anchor for p in version.paragraphs if p.kind == "title"] == ["title"]
    assert not version.warnings


PRST_EN = """United Nations

S/PRST/2013/16

Security Council

Distr.: General
25 October 2013

Original: English

Statement by the President of the Security Council

At the 7050th meeting of the Security Council, held on 25 October 2013, in connection with the Council's consideration of the item entitled "Women and peace and security", the President of the Security Council made the following statement on behalf of the Council:

"The Security Council reaffirms its commitment to the full and effective implementation of resolutions 1325 (2000) and 2122 (2013).

"The Security Council recognizes the important role of women's civil society organizations and calls upon Member States:

(a) To support their participation;

(b) To report on progress.

"The Security Council will remain seized of the matter."
"""

PRST_ZH = """联合国

S/PRST/2013/16

安全理事会

Distr.: General
25 October 2013

Chinese
Original: English

安全理事会主席的声明

在2013年10月25日安全理事会第7050次会议上，就安理会审议题为"妇女与和平与安全"的项目，安全理事会主席代表安理会发表以下声明：

"安全理事会重申致力于全面有效执行第 1325 (2000) 号和第 2122 (2013) 号决议。

"安全理事会确认妇女民间社会组织的重要作用，并吁请会员国：

(a) 支持她们参与；

(b) 报告进展情况。

"安全理事会将继续处理此案。"
"""


@pytest.mark.parametrize(("text", "language"), [(PRST_EN, "en"), (PRST_ZH, "zh")], ids=["en", "zh"])
def test_presidential_statement(text, language):
    version = parse_version(text.encode("utf-8"))
    assert (version.symbol, version.kind, version.body) == (
        "S/PRST/2013/16",
        "presidential_statement",
        "SC",
    )
    assert (version.language, version.date) == (language, "2013-10-25")
    assert version.title in (
        "Statement by the President of the Security Council",
        "安全理事会主席的声明",
    )
    parts = [(p.kind, p.anchor) for p in version.paragraphs if p.kind != "heading"]
    assert parts == [
        ("title", "title"),
        ("other", "p-1"),
        ("other", "p-2"),
        ("other", "p-3"),
        ("sub_paragraph", "p-3-a"),
        ("sub_paragraph", "p-3-b"),
        ("other", "p-4"),
    ]
    assert not version.warnings


def test_presidential_statement_symbol_may_be_given_and_the_title_may_be_missing():
    text = PRST_EN.replace("S/PRST/2013/16\n", "").replace(
        "Statement by the President of the Security Council\n", ""
    )
    version = parse_version(text.encode(), symbol="S/PRST/2013/16", kind="presidential_statement")
    assert version.symbol == "S/PRST/2013/16"
    assert [p.anchor for p in version.paragraphs if p.kind == "other"] == [
        "p-1",
        "p-2",
        "p-3",
        "p-4",
    ]
    assert not any(
        p.kind in ("preamble_intro", "preambular", "operative") for p in version.paragraphs
    )


DECISION_EN = """75/501. Admission of the Republic of Example to membership in the United Nations

At its 30th plenary meeting, on 23 November 2020, the General Assembly, on the recommendation of the General Committee, decided:

(a) To include in the agenda of its seventy-fifth session an additional item;

(b) To consider the item directly in plenary meeting.
"""

DECISION_FR = """75/501. Admission de la République d'Exemple à l'Organisation des Nations Unies

À sa 30e séance plénière, le 23 novembre 2020, l'Assemblée générale, sur la recommandation du Bureau, a décidé :

a) D'inscrire à l'ordre du jour de sa soixante-quinzième session une question supplémentaire;

b) D'examiner la question directement en séance plénière.
"""

DECISION_ZH = """75/501. 接纳示例共和国为联合国会员国

在2020年11月23日第30次全体会议上，大会根据总务委员会的建议，决定：

(a) 在第七十五届会议议程中增列一个项目；

(b) 直接在全体会议上审议该项目。
"""


@pytest.mark.parametrize(
    ("text", "language"),
    [(DECISION_EN, "en"), (DECISION_FR, "fr"), (DECISION_ZH, "zh")],
    ids=["en", "fr", "zh"],
)
def test_general_assembly_decision(text, language):
    version = parse_version(text.encode("utf-8"))
    assert (version.symbol, version.kind, version.body) == ("A/DEC/75/501", "decision", "GA")
    assert (version.language, version.session, version.date) == (language, 75, "2020-11-23")
    assert version.title and not version.title.startswith("75/501")
    parts = [(p.kind, p.anchor, p.number) for p in version.paragraphs]
    assert parts == [
        ("title", "title", ""),
        ("other", "p-1", ""),
        ("sub_paragraph", "p-1-a", "(a)"),
        ("sub_paragraph", "p-1-b", "(b)"),
    ]
    assert not version.warnings


def test_a_resolution_citing_a_plenary_meeting_is_still_a_resolution():
    text = (
        "75/16. Title\n\nThe General Assembly,\n\nRecalling its decision 74/501,\n\n"
        "1. Notes that at its 30th plenary meeting, on 23 November 2020, the General Assembly"
        " decided to hold a debate;\n"
    )
    version = parse_version(text.encode())
    assert (version.kind, version.symbol) == ("resolution", "A/RES/75/16")


def test_a_statement_with_nothing_after_its_title_is_an_error():
    text = (
        "S/PRST/2013/16\n\nSecurity Council\n\nStatement by the President of the Security Council\n"
    )
    with pytest.raises(IngestError) as exc_info:
        parse_version(text.encode(), language="en")
    assert str(exc_info.value) == NO_STRUCTURE.format(what="paragraphs after the title")
