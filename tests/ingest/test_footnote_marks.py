"""The text around a removed footnote mark is kept as printed (French
"général ;"), and "(1)" is a mark only where the document prints its
footnotes "(1) text", never after a digit or in an identifier."""

import pytest

from documents.ingest.footnotes import take_marks
from documents.ingest.pipeline import parse_version

# --------------------------------------------------------------------------
# The text around a removed mark
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "printed, plain",
    [
        ("le rapport du Secrétaire général² ;", "le rapport du Secrétaire général ;"),
        ("comme suit² : a", "comme suit : a"),
        ("vraiment¹ !", "vraiment !"),
        ("pourquoi¹ ?", "pourquoi ?"),
        ("« le texte¹ » et", "« le texte » et"),
        ("général ² ; et", "général ; et"),  # a doubled space is one
        ("the Conference ¹ to", "the Conference to"),
        ("the report¹, and", "the report, and"),
        ("the report¹ , and", "the report, and"),  # no language spaces a comma
        ("the report¹.", "the report."),
        ("伊斯兰会议组织¹ 以观察员身份", "伊斯兰会议组织以观察员身份"),
        ("秘书长的报告¹ ；", "秘书长的报告；"),
    ],
)
def test_text_around_a_removed_mark_is_kept_as_printed(printed, plain):
    marked = take_marks(printed, [], {"1", "2"})
    assert marked.plain == plain
    assert len(marked.refs) == 1


def test_french_resolution_keeps_its_space_before_high_punctuation():
    text = """76/12. Titre

L'Assemblée générale,

Rappelant sa résolution 74/4,

1. *Prend note* du rapport du Secrétaire général¹ ;

2. *Décide* de rester saisie de la question : elle y reviendra² !

¹ A/76/300.
² A/76/301.

45e séance plénière
1er décembre 2021
"""
    operatives = _operatives(text, "fr")
    assert operatives[0][1] == "1. Prend note du rapport du Secrétaire général ;"
    assert operatives[1][1] == "2. Décide de rester saisie de la question : elle y reviendra !"


# --------------------------------------------------------------------------
# "(1)" marks
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "printed",
    [
        "under article 2(1) of the Charter",
        "under article 2.(1) of the Charter",
        "under article 12,(1) of the Charter",
        "the call window.alert(1) was run",
        "the string <script>alert(1)</script> is escaped",
        "the value x_1(1) is set",
        "call f(1).then it",
        "matrix m(1)(2) here",
    ],
)
def test_a_parenthesised_number_after_a_digit_or_in_code_is_no_mark(printed):
    marked = take_marks(printed, [], {"1", "2"}, paren_marks=True)
    assert marked.plain == printed and marked.refs == []


@pytest.mark.parametrize(
    "printed, plain",
    [
        ("the organizations(1) were", "the organizations were"),
        ("the report,(1) and", "the report, and"),
        ("منظمة المؤتمر الإسلامي(1) إلى", "منظمة المؤتمر الإسلامي إلى"),
    ],
)
def test_a_parenthesised_number_after_a_word_is_a_mark_in_paren_style(printed, plain):
    marked = take_marks(printed, [], {"1"}, paren_marks=True)
    assert marked.plain == plain and [r.marker for r in marked.refs] == ["1"]
    assert take_marks(printed, [], {"1"}).plain == printed  # not in another style


RESOLUTION = """75/99. Title

The General Assembly,

Recalling article 2(1) of the Charter, the organizations(1) and the Convention{mark},

1. Decides to remain seized of the matter.

{note} A/75/300.

30th plenary meeting
23 November 2020
"""


def _pp1(mark, note):
    text = RESOLUTION.format(mark=mark, note=note)
    version = parse_version(text.encode("utf-8"), language="en", kind="resolution")
    return next(p for p in version.paragraphs if p.anchor == "pp-1"), version


def test_paren_marks_count_only_when_the_footnotes_are_printed_so():
    pp1, version = _pp1("¹", "¹")  # footnotes printed "¹ text": "(1)" is text
    assert pp1.text == (
        "Recalling article 2(1) of the Charter, the organizations(1) and the Convention,"
    )
    assert [(r.marker, r.offset) for r in pp1.footnote_refs] == [("1", len(pp1.text) - 1)]
    assert not any("footnote" in w for w in version.warnings)

    pp1, version = _pp1("(1)", "(1)")  # footnotes printed "(1) text"
    assert pp1.text == (
        "Recalling article 2(1) of the Charter, the organizations and the Convention,"
    )
    assert [r.marker for r in pp1.footnote_refs] == ["1", "1"]


def _operatives(text, language):
    version = parse_version(text.encode("utf-8"), language=language, kind="resolution")
    return [(p.number, p.text) for p in version.paragraphs if p.kind == "operative"]
