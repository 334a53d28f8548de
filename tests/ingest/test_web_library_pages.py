"""Web libraries (Wikisource and its mirrors) name a presidential statement
by the page's title only and print a licence footer under every UN text:
the title gives the symbol, the footer is not the document's text."""

from __future__ import annotations

from documents.ingest.detect import statement_page_title_symbol
from documents.ingest.languages import LANGUAGES
from documents.ingest.pipeline import parse_version

ZH = LANGUAGES["zh"]
OPENING = (
    "安全理事会主席在1998年1月14日安全理事会第3848次会议上,就安全理事会审议的题为"
    "“伊拉克与科威特间局势”的项目,代表安理会发表声明如下:"
)
FOOTER = [
    "本作品来自联合国官方文件。此组织之政策为于公有领域保存其大部份文献。",
    "",
    "根据ST/AI/189/Add.9/Rev.2第2条(仅供英文版),下列联合国文件在全球属于公有领域:",
    "",
    "  1. 官方纪录(会议、逐字、摘要记录等);",
    "  2. 带有联合国标志发布的文献;",
]


def page(*head: str, footer=FOOTER) -> bytes:
    body = [
        OPENING,
        "",
        "  “安全理事会对伊拉克的声明感到遗憾。",
        "",
        "  “安全理事会将继续处理此案。”",
    ]
    return "\n".join([*head, "", *body, "", *footer]).encode()


def test_a_page_title_names_the_statement():
    assert statement_page_title_symbol("联合国安理会主席声明1998年第1号\n", ZH) == "S/PRST/1998/1"
    title = "跳转到内容\n\n聯合國安理會主席聲明2010年第13号 维基文库"
    assert statement_page_title_symbol(title, ZH) == "S/PRST/2010/13"


def test_a_navigation_row_names_no_statement():
    """Previous, this and next on one row: which one is the page's?"""
    row = (
        "联合国安理会主席声明2000年第18号 联合国安理会主席声明2000年第19号\n"
        "联合国安理会主席声明2000年第20号"
    )
    assert statement_page_title_symbol(row, ZH) == ""


def test_a_statement_named_by_its_page_title_parses_with_nothing_given():
    parsed = parse_version(page("跳转到内容", "联合国安理会主席声明1998年第1号"))
    assert (parsed.symbol, parsed.kind, parsed.date) == (
        "S/PRST/1998/1", "presidential_statement", "1998-01-14"
    )


def test_the_licence_footer_is_not_the_documents_text():
    parsed = parse_version(page("联合国安理会主席声明1998年第1号"))
    texts = [p.text for p in parsed.paragraphs if p.kind == "other"]
    assert len(texts) == 3, texts
    assert not any("公有领域" in t or "官方纪录" in t for t in texts)


def test_words_of_the_note_inside_a_paragraph_stay():
    quoted = ["  “安全理事会指出,本作品来自联合国官方文件。”"]
    parsed = parse_version(page("联合国安理会主席声明1998年第1号", footer=quoted))
    assert any("本作品来自联合国官方文件" in p.text for p in parsed.paragraphs)


def test_a_title_right_above_the_opening_formula_is_the_title():
    """"安全理事会主席声明" / "  安全理事会主席在..." with no blank line between."""
    raw = page("联合国安理会主席声明1998年第1号").decode().replace(
        OPENING, "安全理事会主席声明\n  " + OPENING
    )
    parsed = parse_version(raw.encode())
    assert parsed.title == "安全理事会主席声明"
    first = next(p for p in parsed.paragraphs if p.kind == "other")
    assert first.text == OPENING
