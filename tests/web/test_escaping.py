"""No text from a document reaches a page unescaped: not from paragraph
text, not from stored HTML that somehow holds markup, not from titles or
footnotes."""

from __future__ import annotations

import pytest

from documents.models import Footnote, FootnoteRef, Paragraph, Version
from documents.web.rendering import column_html

from .helpers import parse_page

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert(1)</script>"
IMAGE = '<img src=x onerror="alert(2)">'
LINK = '<a href="javascript:alert(3)">click</a>'


@pytest.fixture
def hostile(make_version):
    version = make_version(
        "A/RES/6/66", "en",
        [("preambular", "", f"Recalling {SCRIPT} and {IMAGE},"),
         ("operative", "1", f"Decides {LINK};")],
    )
    make_version("A/RES/6/66", "ar", [("preambular", "", f"إذ تشير {IMAGE}"),
                                      ("operative", "1", f"تقرر {SCRIPT}")])
    Version.objects.filter(pk=version.pk).update(title=f"Title {SCRIPT} {IMAGE}")
    # stored html as a broken parser might have left it
    paragraph = Paragraph.objects.get(version=version, anchor="op-1")
    paragraph.html = (
        f"Decides {SCRIPT}{IMAGE}{LINK}" + '<sup class="fnref"><a href="#fn-1">1</a></sup>'
    )
    paragraph.save()
    footnote = Footnote.objects.create(version=version, order=1, marker="1",
                                       text=SCRIPT, html=f"See {SCRIPT}{IMAGE}")
    FootnoteRef.objects.create(paragraph=paragraph, footnote=footnote, offset=8)
    return version.document


def assert_clean(html: str) -> None:
    assert "<script>alert" not in html
    assert "<img" not in html
    assert 'href="javascript:' not in html
    page = parse_page(html)
    assert page.inline_scripts == 0, "no inline script or event handler"
    assert page.inline_styles == 0, "no inline style (the CSP forbids it)"


def test_reading_view_escapes_hostile_text(client, hostile):
    response = client.get("/A/RES/6/66/?langs=en,ar")
    assert response.status_code == 200
    html = response.content.decode()
    assert_clean(html)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # shown, as text


def test_library_escapes_hostile_titles(client, hostile):
    html = client.get("/?q=66").content.decode()
    assert "A/RES/6/66" in html
    assert_clean(html)


def test_the_language_notice_escapes_what_was_asked(client, hostile):
    """Unknown languages are named in a notice above the document, as text."""
    response = client.get("/A/RES/6/66/", {"langs": "<script>alert(4)</script>"})
    assert response.status_code == 200
    html = response.content.decode()
    assert_clean(html)
    assert "&lt;script&gt;alert(4)&lt;/script&gt;" in html


def test_column_html_keeps_only_the_allowlist():
    html = column_html(
        f'<em>ok</em>{SCRIPT}<a class="ref" data-symbol="X" href="javascript:alert(1)">x</a>'
        '<sup class="fnref" onclick="x()"><a href="#fn-1">1</a></sup>',
        language="en", anchor="op-1", notes={"1"},
    )
    assert "<em>ok</em>" in html
    assert "<script>" not in html and "javascript:" not in html and "onclick" not in html
