"""/search/: paragraph hits, ranked and grouped by document, with their
aligned translations beside each, the matches marked, everything escaped,
queries flat in the number of hits; the concordance; the notice while the
index is missing. Each test has an index of its own that ``make_version``
keeps up to date, as the services do (``own_search_index``,
tests/conftest.py)."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from documents.search import index_version

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("own_search_index")]


def test_a_hit_shows_its_aligned_translations(client, resolution):
    response = client.get("/search/", {"q": "secretary-general", "lang": "en"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<mark>Secretary-General</mark>" in html
    assert "注意到秘书长的报告，" in html  # the Chinese preambular aligned with the hit
    assert 'href="/A/RES/1/1/?langs=en#en-pp-2"' in html
    assert 'href="/A/RES/1/1/?langs=en,zh#en-pp-2"' in html


def test_a_hit_in_arabic_shows_the_two_english_paragraphs_it_merges(client, resolution):
    response = client.get("/search/", {"q": "وإذ ترحب", "lang": "ar"})
    html = response.content.decode()
    assert "Noting the report of the Secretary-General," in html
    assert "Welcoming the cooperation of both organizations," in html


def test_language_filter_and_empty_results(client, resolution):
    in_english = client.get("/search/", {"q": "秘书长", "lang": "en"}).content.decode()
    assert "0 paragraphs" in in_english
    assert "3 paragraphs" in client.get("/search/", {"q": "秘书长", "lang": "zh"}).content.decode()
    html = client.get("/search/", {"q": "no such words anywhere"}).content.decode()
    assert "No paragraph contains" in html


def test_an_estimated_count_says_about(client, make_version, monkeypatch):
    from documents.searchindex import engine

    make_version("A/RES/2/3", "en", [("operative", str(n), f"Welcomes the zebra crossing {n};")
                                     for n in range(1, 4)])
    assert "3 paragraphs" in client.get("/search/", {"q": '"zebra crossing"'}).content.decode()
    monkeypatch.setattr(engine, "RELAXED_FROM", 0)
    monkeypatch.setattr(engine, "CANDIDATES", 2)
    html = client.get("/search/", {"q": '"the zebra crossing"'}).content.decode()
    assert "about 3 paragraphs" in html


def test_short_or_missing_queries_do_not_search(client, resolution):
    assert "at least two characters" in client.get("/search/", {"q": "a"}).content.decode()
    response = client.get("/search/")
    assert response.status_code == 200 and "result-count" not in response.content.decode()


def test_query_and_text_are_escaped(client, make_version):
    make_version("A/RES/2/2", "en", [("preambular", "", "Noting <script>alert(1)</script>,")])
    html = client.get("/search/", {"q": "<script>"}).content.decode()
    assert "<script>alert" not in html and "<script>" not in html.split("<main")[1]
    assert "&lt;<mark>script</mark>&gt;alert(1)&lt;/<mark>script</mark>&gt;" in html


def count_queries(client, q):
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/search/", {"q": q}).status_code == 200
    return len(queries)


def test_query_count_does_not_grow_with_hits(client, make_version):
    make_version("A/RES/3/3", "en", [("preambular", "", "Alpha once,")])
    make_version("A/RES/3/3", "zh", [("preambular", "", "阿尔法一次，")])
    few = count_queries(client, "Alpha")
    paragraphs = [("preambular", "", f"Beta paragraph {i} of 2001,") for i in range(40)]
    make_version("A/RES/4/4", "en", paragraphs)
    make_version("A/RES/4/4", "zh", [("preambular", "", f"贝塔 2001 年第 {i} 段，")
                                     for i in range(40)])
    assert count_queries(client, "Beta") == few


def test_nul_characters_in_the_query_are_not_a_500(client, resolution):
    response = client.get("/search/", {"q": "\x00report", "lang": "\x00en"})
    assert response.status_code == 200
    assert "<mark>report</mark>" in response.content.decode()


def hit_count(client, q, lang=""):
    html = client.get("/search/", {"q": q, "lang": lang}).content.decode()
    return int(re.search(r'class="result-count"[^>]*>(\d+) paragraph', html).group(1))


def test_arabic_without_hamza_finds_the_text_with_it(client, resolution):
    assert hit_count(client, "الأمين العام", "ar") == 2
    assert hit_count(client, "الامين العام", "ar") == 2
    assert hit_count(client, "المؤرخ 25 ايلول", "ar") == 1


def test_spaces_in_the_query_and_line_breaks_in_the_text(client, make_version):
    text = "Invites the Organisation of Islamic\nCooperation;"
    make_version("A/RES/5/5", "en", [("operative", "1", text)])
    assert hit_count(client, "Islamic Cooperation") == 1
    assert hit_count(client, " Islamic   Cooperation ") == 1


def test_chinese_words_separated_by_spaces(client, resolution):
    assert hit_count(client, "注意到 秘书长", "zh") == 2
    assert hit_count(client, "第 70/1 号 决议", "zh") == 1


def test_a_symbol_finds_the_paragraph_citing_it(client, resolution):
    from documents.models import Reference

    version = resolution.versions.get(language="en")
    first = version.paragraphs.get(order=1)
    Reference.objects.create(version=version, paragraph=first, symbol="A/RES/70/1",
                             text="70/1", offset=first.text.index("70/1"))
    index_version(version)  # the service stores references before it indexes
    html = client.get("/search/", {"q": "A/RES/70/1"}).content.decode()
    assert "1 paragraph" in html and "Recalling its resolution <mark>70/1</mark>" in html
    assert hit_count(client, "resolution 70/1") == 1


def test_a_hit_found_through_normalisation_is_highlighted(client, make_version):
    make_version("A/RES/5/5", "ar", [("preambular", "", "منظمة التعاون الإسلامي،")])
    html = client.get("/search/", {"q": "الاسلامي"}).content.decode()
    assert "<mark>الإسلامي</mark>" in html


def test_hits_are_grouped_by_document_with_their_count(client, make_version):
    make_version("A/RES/6/6", "en", [("preambular", "", f"Wombat {i}, wombats,")
                                     for i in range(3)])
    make_version("A/RES/7/7", "en", [("operative", "1", "A wombat;")])
    html = client.get("/search/", {"q": "wombat"}).content.decode()
    assert html.count('class="hit-group"') == 2
    assert re.search(r"A/RES/6/6</span></a> · 3 paragraphs", html)
    assert re.search(r"A/RES/7/7</span></a> · 1 paragraph\b", html)


def test_a_long_document_links_to_all_its_hits(client, make_version, settings):
    from documents.web import views

    make_version("A/RES/6/6", "en", [("preambular", "", f"Wombat {i},") for i in range(30)])
    html = client.get("/search/", {"q": "wombat"}).content.decode()
    assert views.SEARCH_PAGE_SIZE < 30 and "30 paragraphs" in html
    assert 'href="/search/?q=wombat&amp;document=A%2FRES%2F6%2F6"' in html
    only = client.get("/search/", {"q": "wombat", "document": "A/RES/6/6"}).content.decode()
    assert "all in this document" not in only


def test_one_chinese_character_is_searched(client, resolution):
    assert hit_count(client, "报", "zh") == 3


def test_recalls_finds_recalling(client, resolution):
    html = client.get("/search/", {"q": "Recalls"}).content.decode()
    assert "<mark>Recalling</mark> its resolution 70/1" in html


def test_the_concordance_shows_one_line_per_occurrence_and_its_translation(client, resolution):
    html = client.get("/search/", {"q": "report", "lang": "en", "mode": "concordance",
                                   "sort": "right", "pair": "zh"}).content.decode()
    assert "3 lines" in html and html.count('class="kwic-line"') == 3
    assert '<td class="kwic-key" lang="en" dir="ltr"><mark>report</mark></td>' in html
    assert "注意到秘书长的报告；" in html and "Welcoming" not in html
    assert 'lang="ar"' not in html.split('class="kwic"')[1]  # only the pair asked for


def test_without_an_index_the_page_says_so_and_the_database_answers(
    client, no_search_index, resolution
):
    html = client.get("/search/", {"q": "Secretary-General"}).content.decode()
    assert "has not been built" in html and "rebuild_search_index" in html
    assert "3 paragraphs" in html and "<mark>Secretary-General</mark>" in html


def _hit_sources(html: str) -> dict[str, str]:
    """href -> label of each hit's source link ("A/RES/75/16 · Arabic · pp-7")."""
    found = re.findall(
        r'<p class="hit-source"><a href="([^"]+)"><span class="symbol">[^<]+</span> · '
        r"[^·<]+ · ([^<]+)</a>", html)
    return dict(found)


@pytest.mark.parametrize("mode", ["", "concordance"])
def test_a_hit_is_named_as_the_reading_view_names_its_row(client, sample_corpus, search_index,
                                                          mode):
    """The Arabic sixth preambular paragraph of A/RES/75/16 stands in row
    pp-7 of the reading view (the Arabic fourth holds the English fourth
    and fifth): its hit says pp-7 and links to its own paragraph, #ar-pp-6;
    the merged one says pp-4–5."""
    from documents.models import Paragraph

    search_index()
    arabic = {
        p.anchor: p.text for p in Paragraph.objects.filter(
            version__document__symbol="A/RES/75/16", version__language="ar")
    }  # fmt: skip
    labels = {}
    for anchor in ("pp-6", "pp-4"):
        words = " ".join(arabic[anchor].split()[1:4])
        html = client.get("/search/", {"q": f'"{words}"', "lang": "ar", "mode": mode,
                                       "document": "A/RES/75/16"}).content.decode()
        if mode:
            sources = dict(re.findall(
                r'<td class="kwic-source"><a href="([^"]+)"><span class="symbol">[^<]+</span>'
                r" · ar · ([^<]+)</a>", html))
        else:
            sources = _hit_sources(html)
        labels[anchor] = sources.get(f"/A/RES/75/16/?langs=ar#ar-{anchor}")
    assert labels == {"pp-6": "pp-7", "pp-4": "pp-4–5"}


@pytest.fixture
def i18n(settings):
    from . import interface

    interface.apply(settings)


#: Words of templates/search.html that must not be left in English.
ENGLISH = ["Words in a paragraph", "Any language", "Any kind", "Session or year",
           "Concordance (one line per occurrence)", "read side by side", "paragraphs"]


def test_the_search_page_speaks_the_interface_language(client, i18n, resolution):
    client.cookies["django_language"] = "fr"
    html = client.get("/search/", {"q": "Secretary-General"}).content.decode()
    assert "Mots d’un paragraphe" in html and "Toutes les langues" in html
    assert "3 paragraphes" in html and "lire en regard" in html
    assert ">Résolution</option>" in html  # the kinds too
    assert not [words for words in ENGLISH if words in html]
    assert "<mark>Secretary-General</mark>" in html  # document text stays as it is


def test_the_concordance_and_the_short_query_message_are_translated(client, i18n, resolution):
    client.cookies["django_language"] = "ru"
    html = client.get("/search/", {"q": "report", "lang": "en",
                                   "mode": "concordance"}).content.decode()
    assert "Сортировать строки по" in html and "Левому контексту" in html
    assert re.search(r"\d+ строк", html) and "Источник" in html
    client.cookies["django_language"] = "ar"
    html = client.get("/search/", {"q": "a"}).content.decode()
    assert "اكتب حرفين على الأقل" in html and 'dir="rtl"' in html


def test_the_fallback_notice_is_translated(client, i18n, no_search_index, resolution):
    client.cookies["django_language"] = "zh-hans"
    html = client.get("/search/", {"q": "Secretary-General"}).content.decode()
    assert "检索索引尚未建立" in html and "rebuild_search_index" in html
    assert "以下结果来自数据库" in html and "3 个段落" in html
