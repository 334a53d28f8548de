"""Arabic web copies of Council resolutions letter their sub-paragraphs with
a dash ("أ – ...", the official text brackets them: "(أ)") and print the
date under the title after "بتاريخ" ("dated")."""

from __future__ import annotations

from documents.ingest.pipeline import parse_version
from documents.ingest.resolution import SUB_PARAGRAPH

RESOLUTION = "\n".join(
    [
        "قرار مجلس الأمن رقم 242 (1967)",
        "بتاريخ 22 تشرين الثاني (نوفمبر) 1967",
        "إن مجلس الأمن،",
        "إذ يعرب عن قلقه المستمر بشأن الوضع الخطر في الشرق الأوسط،",
        "1 – يؤكد أن تطبيق مبادئ الميثاق يستوجب تطبيق كلا المبدأين التاليين :",
        "أ – انسحاب القوات المسلحة من الأراضي التي احتلتها في النزاع الأخير،",
        "ب – إنهاء جميع ادعاءات أو حالات الحرب.",
        "2 – يطلب إلى الأمين العام أن يقدم تقريرا.",
    ]
)


def test_a_letter_and_a_dash_label_a_sub_paragraph():
    assert SUB_PARAGRAPH.match("أ – انسحاب القوات").group("label") == "أ"
    assert SUB_PARAGRAPH.match("(ب) تحقيق تسوية").group("label") == "ب"


def test_a_word_and_a_dash_label_nothing():
    assert SUB_PARAGRAPH.match("يؤكد – أن تطبيق") is None
    assert SUB_PARAGRAPH.match("أ–انسحاب") is None  # the dash stands between spaces


def test_the_web_copy_parses_with_its_sub_paragraphs_and_date():
    parsed = parse_version(RESOLUTION.encode())
    kinds = [(p.kind, p.anchor) for p in parsed.paragraphs if p.kind != "heading"]
    assert kinds == [
        ("preamble_intro", "intro"),
        ("preambular", "pp-1"),
        ("operative", "op-1"),
        ("sub_paragraph", "op-1-a"),
        ("sub_paragraph", "op-1-b"),
        ("operative", "op-2"),
    ]
    assert (parsed.symbol, parsed.date) == ("S/RES/242(1967)", "1967-11-22")
