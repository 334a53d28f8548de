"""/search/: paragraph hits with their aligned translations beside each,
the query marked, everything escaped, queries flat in the number of hits."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db


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


def test_short_or_missing_queries_do_not_search(client, resolution):
    assert "at least two characters" in client.get("/search/", {"q": "a"}).content.decode()
    response = client.get("/search/")
    assert response.status_code == 200 and "result-count" not in response.content.decode()


def test_query_and_text_are_escaped(client, make_version):
    make_version("A/RES/2/2", "en", [("preambular", "", "Noting <script>alert(1)</script>,")])
    html = client.get("/search/", {"q": "<script>"}).content.decode()
    assert "<script>alert" not in html
    assert "<mark>&lt;script&gt;</mark>alert(1)&lt;/script&gt;" in html


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
    Reference.objects.create(version=version, paragraph=version.paragraphs.get(order=1),
                             symbol="A/RES/70/1", text="70/1")
    html = client.get("/search/", {"q": "A/RES/70/1"}).content.decode()
    assert "1 paragraph" in html and "Recalling its resolution 70/1" in html
    assert hit_count(client, "resolution 70/1") == 1


def test_a_hit_found_through_normalisation_is_highlighted(client, make_version):
    make_version("A/RES/5/5", "ar", [("preambular", "", "منظمة التعاون الإسلامي،")])
    html = client.get("/search/", {"q": "الاسلامي"}).content.decode()
    assert "<mark>الإسلامي</mark>" in html
