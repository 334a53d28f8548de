"""The changes page, /<symbol>/changes/?since=...&lang=...: statuses and
diffs of the real editions, the previous edition by default, clear errors,
document text escaped, no inline script, and a query count that does not
grow with the number of paragraphs."""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.web.helpers import parse_page

pytestmark = pytest.mark.django_db

URL = "/A/RES/75/16/changes/?since=A/RES/63/114&lang=zh"


@pytest.fixture
def series(sample_corpus):
    from documents.series import find_series

    find_series()


def rows(page) -> list[dict]:
    return [attrs for tag, attrs in page.elements if "change-row" in (attrs.get("class") or "")]


def test_the_chinese_editions_side_by_side(client, sample_corpus):
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    page = parse_page(html)
    classes = [r["class"] for r in rows(page)]
    assert len(classes) == 63 + 2  # every paragraph of 75/16, and the two dropped
    assert sum("status-changed" in c for c in classes) == 34
    assert sum("status-new" in c for c in classes) == 27
    assert sum("status-dropped" in c for c in classes) == 2
    assert sum("is-moved" in c for c in classes) == 1
    # the title: the renamed organisation, character by character
    title = html[html.index('id="new-title"'):]
    title = title[:title.index('class="change-row')]
    assert "联合国同伊斯兰<del>会议</del>组织的合作" in title
    assert "联合国同伊斯兰<ins>合作</ins>组织的合作" in title
    assert "85 %" in title
    assert 'id="old-pp-8"' in html and "not in A/RES/75/16" in html
    assert "moved: was op-14 in A/RES/63/114" in html
    assert page.inline_scripts == 0 and page.inline_styles == 0
    assert "/static/js/changes.js" in html and "/static/css/changes.css" in html


def test_the_previous_edition_of_the_series_is_the_default(client, series):
    response = client.get("/A/RES/75/16/changes/?lang=zh")
    assert response.status_code == 200
    assert "since <a href=\"/A/RES/63/114/\">" in response.content.decode()


def test_a_language_the_older_edition_lacks_falls_back_with_a_note(client, series):
    html = client.get("/A/RES/75/16/changes/?lang=en").content.decode()
    assert "A/RES/63/114 has no English version: the comparison is in Chinese." in html
    assert 'data-language="zh"' in html


def test_changes_only_leaves_unchanged_paragraphs_out(client, sample_corpus):
    page = parse_page(client.get(URL + "&only=changes").content.decode())
    classes = [r["class"] for r in rows(page)]
    assert len(classes) == 65 - 2
    assert not any("status-unchanged" in c for c in classes)


def test_translations_of_the_older_edition_on_demand(client, sample_corpus, make_version):
    """With langs=, each paragraph shows how the closest earlier one was
    translated (the older edition's aligned paragraphs)."""
    from pathlib import Path

    from documents.services import ingest_version

    edition = Path(__file__).resolve().parent / "data" / "A-RES-77-999.en.txt"
    ingest_version(raw=edition.read_bytes(), symbol="A/RES/77/999", language="en")
    html = client.get("/A/RES/77/999/changes/?since=A/RES/75/16&lang=en&langs=zh,ar")
    html = html.content.decode()
    row = html[html.index('id="new-op-25"'):]
    row = row[:row.index('class="change-row')]
    assert "96 %</span> match with" in row
    assert "请秘书长向大会第七十七届会议报告联合国与伊斯兰合作组织的合作情况" in row
    assert 'lang="ar" dir="rtl"' in row
    assert "<details" in row  # on demand, without JavaScript


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("/A/RES/75/16/changes/?since=A/RES/1/1", "no published document &#x27;A/RES/1/1&#x27;"),
        ("/A/RES/75/16/changes/?since=A/RES/75/16", "compare A/RES/75/16 with another edition"),
        ("/A/RES/75/16/changes/", "A/RES/75/16 has no earlier edition in a series yet"),
        ("/A/RES/75/16/changes/?since=S/PV.7050&lang=xx", "unknown language code(s): xx"),
    ],
)
def test_what_cannot_be_compared_is_a_400_that_says_why(client, sample_corpus, url, message):
    response = client.get(url)
    assert response.status_code == 400
    assert message in response.content.decode()


def test_an_unknown_document_is_a_404(client, sample_corpus):
    assert client.get("/A/RES/1/1/changes/").status_code == 404
    assert client.get("/A/RES/1/1%00/changes/").status_code == 404


HOSTILE = '<script>alert("x")</script> & <b>bold</b>'


def test_document_text_is_escaped_in_the_diff(client, make_version):
    make_version("A/RES/1/1", "en", [("preambular", "", "Recalling the report,"),
                                     ("operative", "1", f"1. Decides {HOSTILE};")])
    make_version("A/RES/2/1", "en", [("preambular", "", "Recalling the report,"),
                                     ("operative", "1", f"1. Decides {HOSTILE} again;")])
    html = client.get("/A/RES/2/1/changes/?since=A/RES/1/1").content.decode()
    assert "<script>alert" not in html and "<b>bold" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "&lt;b&gt;bold&lt;/b&gt; <ins>again</ins>;" in html
    assert parse_page(html).inline_scripts == 0


def editions(make_version, count: int, symbol_old: str, symbol_new: str):
    """Two English-Chinese editions of ``count`` paragraphs, every third one
    changed, with their alignment."""
    def paragraphs(lang: str, year: int):
        text = {"en": "Recalling the report number {n} of {year},",
                "zh": "回顾{year}年第{n}号报告，"}[lang]
        return [("preambular", "", text.format(n=n, year=year if n % 3 == 0 else 2000))
                for n in range(1, count + 1)]

    for lang in ("en", "zh"):
        make_version(symbol_old, lang, paragraphs(lang, 2001))
        make_version(symbol_new, lang, paragraphs(lang, 2002))


def count_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_query_count_does_not_grow_with_paragraphs(client, make_version):
    editions(make_version, 5, "A/RES/5/5", "A/RES/6/5")
    editions(make_version, 200, "A/RES/5/200", "A/RES/6/200")
    counts = {
        (n, langs): count_queries(
            client, f"/A/RES/6/{n}/changes/?since=A/RES/5/{n}&lang=en{langs}")
        for n in (5, 200)
        for langs in ("", "&langs=zh")
    }
    print("changes page queries:", counts)
    assert counts[(5, "")] == counts[(200, "")]
    assert counts[(5, "&langs=zh")] == counts[(200, "&langs=zh")]
    assert max(counts.values()) <= 20


def test_every_row_id_is_unique_and_links_to_the_reading_view(client, sample_corpus):
    page = parse_page(client.get(URL).content.decode())
    assert len(page.ids) == len(set(page.ids))
    anchors = [a.get("href") for t, a in page.elements if "para-anchor" in (a.get("class") or "")]
    assert "/A/RES/63/114/?langs=zh#zh-pp-8" in anchors
    assert all(re.fullmatch(r"/A/RES/(63/114|75/16)/\?langs=zh#zh-[\w-]+", h) for h in anchors)
