"""An operative paragraph keeps its number as printed, without list
decoration: "- 3 - تلاحظ" -> "3 - تلاحظ", like "1 - تحيط" and "1. Takes"."""

import re

import pytest

from documents.ingest.pipeline import parse_file, parse_version
from tests.ingest.samples import CORPUS, RESOLUTION_FILES

ARABIC = """99/75 - عنوان

إن الجمعية العامة،

إذ تشير إلى قرارها 4/74،

{first} تحيط علما بتقرير الأمين العام؛

{second} **تقرر** أن تبقي المسألة قيد نظرها؛

{third} تطلب إلى الأمين العام أن يقدم تقريرا.

الجلسة العامة 10
1 كانون الأول/ديسمبر 2020
"""


def _operatives(text, language):
    version = parse_version(text.encode("utf-8"), language=language, kind="resolution")
    return [(p.number, p.text) for p in version.paragraphs if p.kind == "operative"]


@pytest.mark.parametrize(
    "first, second, third",
    [
        ("- 1 -", "- 2 -", "- 3 -"),
        ("1 -", "- 2 -", "3 -"),
        ("– 1 –", "– 2 –", "– 3 –"),
        ("1 -", "2 -", "3 -"),
    ],
)
def test_arabic_operatives_keep_the_number_without_a_leading_dash(first, second, third):
    operatives = _operatives(ARABIC.format(first=first, second=second, third=third), "ar")
    assert [n for n, _t in operatives] == ["1", "2", "3"]
    for (_number, text), printed in zip(operatives, (first, second, third), strict=True):
        kept = printed.lstrip("-– ")  # "3 -": the number and its own separator
        assert text.startswith(f"{kept} "), text
    assert operatives[1][1] == f"{second.lstrip('-– ')} تقرر أن تبقي المسألة قيد نظرها؛"


def test_a_dash_inside_an_operative_paragraph_stays():
    text = ARABIC.format(first="- 1 -", second="- 2 -", third="- 3 - - 4 -")
    assert _operatives(text, "ar")[2][1].startswith("3 - - 4 -")


@pytest.mark.parametrize("name", RESOLUTION_FILES)
def test_every_sample_operative_opens_with_its_number_as_printed(name):
    version = parse_file(CORPUS / name)
    for p in version.paragraphs:
        if p.kind == "operative":
            assert re.match(rf"{p.number}\s*(?:[.．]|[-–] )", p.text), p.text[:20]
