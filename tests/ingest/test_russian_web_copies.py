"""Russian resolutions as legal databases print them: the adoption line and
its date under the number with no blank line between, and preambular
paragraphs whose gerund follows an adverb ("настоятельно призывая")."""

from __future__ import annotations

from documents.ingest.languages import LANGUAGES
from documents.ingest.pipeline import parse_version

RU = LANGUAGES["ru"]
TEXT = "\n".join(
    [
        "Резолюция 1665 (2006),",
        "принятая Советом Безопасности на его 5402-м заседании",
        "29 марта 2006 года",
        "",
        "Совет Безопасности,",
        "",
        "ссылаясь на свои предыдущие резолюции, касающиеся положения в Судане,",
        "",
        "настоятельно призывая все стороны достичь договоренности,",
        "",
        "высоко оценивая усилия Африканского союза,",
        "",
        "1. настоятельно призывает все стороны продолжать переговоры;",
        "",
        "2. постановляет продолжать активно заниматься этим вопросом.",
    ]
)


def test_an_adverb_before_the_gerund_opens_a_preambular_paragraph():
    assert RU.preamble_openers.match("настоятельно призывая все стороны")
    assert RU.preamble_openers.match("высоко оценивая усилия")
    assert not RU.preamble_openers.match("настоятельно призывает все стороны")


def test_the_web_copy_parses_with_its_date_and_preamble():
    parsed = parse_version(TEXT.encode())
    assert (parsed.symbol, parsed.date) == ("S/RES/1665(2006)", "2006-03-29")
    kinds = [p.kind for p in parsed.paragraphs]
    assert kinds.count("preambular") == 3 and kinds.count("operative") == 2
