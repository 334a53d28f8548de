"""The interface in the six UN languages (Django i18n): LocaleMiddleware
chooses from the language cookie, then Accept-Language; the switcher
remembers the choice; the Arabic interface is mirrored; dates as each
language writes them. The catalogues are committed compiled and complete,
and every string marked on the curators' pages (upload, review, correction,
history, the admin's lists and forms of documents and versions) and in the
services' refusals and change reasons is translated in each of them."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import polib
import pytest

from . import interface
from .helpers import parse_page

LOCALE = Path(interface.LOCALE_PATHS[0])
CATALOGUES = sorted(LOCALE.glob("*/LC_MESSAGES/django.po"))
ROOT = LOCALE.parent
# the curators' pages (upload, review, correction, history, and the admin's
# document and version pages): their templates and the modules whose marked
# strings they show, the services' refusals and change reasons among them
CURATION_PAGES = [
    *sorted((ROOT / "templates" / "admin" / "curation").glob("*.html")),
    *sorted((ROOT / "templates" / "admin" / "documents").glob("**/*.html")),
    ROOT / "documents" / "admin.py",
    ROOT / "documents" / "web" / "curation.py",
    ROOT / "documents" / "web" / "curation_forms.py",
    ROOT / "documents" / "curation.py",
    ROOT / "documents" / "history.py",
    ROOT / "alignment" / "review.py",
    ROOT / "alignment" / "services.py",
]
GETTEXT_CALLS = {"_", "gettext", "gettext_lazy", "gettext_noop", "ngettext", "ngettext_lazy",
                 "pgettext", "pgettext_lazy", "npgettext", "npgettext_lazy"}
# a call in the Python that Django's templatize makes of a template:
# gettext(u'...'), ngettext(u'...', u'...', count), pgettext(u'ctx', u'...')
TEMPLATIZED_CALL = re.compile(r"\b(n?p?gettext)\(((?:u'(?:[^'\\]|\\.)*'(?:, )?)+)")
PY_LITERAL = re.compile(r"u'(?:[^'\\]|\\.)*'")


@pytest.fixture
def i18n(settings):
    interface.apply(settings)


def html_tag(html):
    return re.search(r"<html [^>]*>", html).group(0)


def marked_messages(path: Path) -> set[tuple[str | None, str]]:
    """The (context, msgid) pairs marked for translation in a template
    (read as makemessages reads it, through Django's templatize) or in a
    Python module (calls of gettext and its kin with literal strings)."""
    text = path.read_text(encoding="utf-8")
    found = set()
    if path.suffix == ".html":
        from django.utils.translation.template import templatize

        for function, arguments in TEMPLATIZED_CALL.findall(templatize(text, str(path))):
            strings = [ast.literal_eval(s) for s in PY_LITERAL.findall(arguments)]
            context = strings.pop(0) if function.startswith(("pgettext", "npgettext")) else None
            found.add((context, strings[0]))
        return found
    for node in ast.walk(ast.parse(text)):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", getattr(node.func, "attr", ""))
        strings = [a.value for a in node.args
                   if isinstance(a, ast.Constant) and isinstance(a.value, str)]
        if name in GETTEXT_CALLS and strings:
            context = strings.pop(0) if name.startswith(("pgettext", "npgettext")) else None
            found.add((context, strings[0]))
    return found


def test_every_string_of_the_curation_pages_is_translated_in_every_catalogue():
    marked = set().union(*(marked_messages(path) for path in CURATION_PAGES))
    # the reading finds what each kind of source marks
    assert {(None, "Relink to previous"), (None, "%(counter)s row, weakest first."),
            (None, "Split here"), (None, "Revert"), (None, "Review %(language)s"),
            (None, "a paragraph needs some text"), (None, "preambular paragraph"),
            (None, "History of %(symbol)s"), (None, "Upload a text"), (None, "Save as draft"),
            (None, "Withdraw (make draft)"), (None, "correct"),
            (None, "this link holds no pivot paragraph: it is already not in the pivot"),
            (None, "this paragraph no longer exists"), (None, "relinked to the next paragraph"),
            (None, "reverted change {history_id}"), ("what a correction changed", "kind"),
            ("no warnings", "none")} <= marked
    for path in CATALOGUES:
        catalogue = polib.pofile(str(path))
        missing = sorted(msgid for context, msgid in marked
                         if not ((entry := catalogue.find(msgid, msgctxt=context or False))
                                 and entry.translated()))
        assert not missing, (path, missing)


def test_every_catalogue_is_complete_and_keeps_the_placeholders():
    assert {p.parts[-3] for p in CATALOGUES} == {"ar", "zh_Hans", "fr", "ru", "es"}
    placeholder = re.compile(r"%\(\w+\)s|\{\w+(?:![rsa])?\}|<[^>]+>")
    for path in CATALOGUES:
        catalogue = polib.pofile(str(path))
        assert catalogue.percent_translated() == 100, path
        for entry in catalogue:
            wanted = sorted(placeholder.findall(entry.msgid))
            forms = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
            for form in forms:
                assert sorted(placeholder.findall(form)) == wanted, (path, entry.msgid)


def test_the_compiled_catalogues_are_up_to_date():
    """The .mo files are committed; no gettext is needed to run or test."""
    result = subprocess.run([sys.executable, str(LOCALE / "compile_messages.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


@pytest.mark.django_db
def test_the_language_cookie_chooses_the_interface(client, i18n, sample_corpus):
    client.cookies["django_language"] = "fr"
    html = client.get("/A/RES/75/16/?langs=en,ar").content.decode()
    assert 'lang="fr" dir="ltr"' in html_tag(html)
    assert "Aller au paragraphe" in html and "Sommaire" in html
    assert "23 novembre 2020" in html  # the date as French writes it
    assert "Résolution" in html


@pytest.mark.django_db
def test_accept_language_chooses_the_interface(client, i18n, sample_corpus):
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="zh-CN,zh;q=0.9").content.decode()
    assert 'lang="zh-hans"' in html_tag(html)
    assert "文库" in html
    # the library shows titles in the reader's language
    assert "联合国同伊斯兰合作组织的合作" in html


@pytest.mark.django_db
def test_the_arabic_interface_is_mirrored(client, i18n, sample_corpus):
    client.cookies["django_language"] = "ar"
    html = client.get("/A/RES/75/16/?langs=ar").content.decode()
    assert 'lang="ar" dir="rtl"' in html_tag(html)
    assert "الانتقال إلى فقرة" in html
    assert "<title>A/RES/75/16 — التعاون بين الأمم المتحدة ومنظمة التعاون الإسلامي" in html


@pytest.mark.django_db
@pytest.mark.parametrize(("code", "words"), [
    ("ru", "Содержание"), ("es", "Índice"), ("zh", "目录"), ("en", "Contents")])
def test_each_interface_language_translates_the_reading_tools(client, i18n, sample_corpus,
                                                              code, words):
    response = client.get("/language/", {"ui": code, "next": "/A/RES/75/16/?langs=en"})
    assert response.status_code == 302
    assert response["Location"] == "/A/RES/75/16/?langs=en"
    assert response.cookies["django_language"].value == interface.LANGUAGES[
        [c.split("-")[0] for c, _ in interface.LANGUAGES].index(code)][0]
    assert words in client.get(response["Location"]).content.decode()


@pytest.mark.django_db
def test_the_switcher_goes_back_only_to_this_site(client, i18n):
    for unsafe in ("https://evil.example/", "//evil.example/", "javascript:alert(1)"):
        response = client.get("/language/", {"ui": "fr", "next": unsafe})
        assert response["Location"] == "/"
    response = client.get("/language/", {"ui": "xx", "next": "/"})
    assert "django_language" not in response.cookies


@pytest.mark.django_db
def test_the_switcher_links_come_back_to_the_page(client, i18n, sample_corpus):
    html = client.get("/A/RES/75/16/?langs=en,ar").content.decode()
    page = parse_page(html)
    switcher = [a for t, a in page.elements if t == "a" and a.get("href", "").startswith(
        "/language/")]
    assert len(switcher) == 6
    assert switcher[0]["href"] == "/language/?ui=ar&next=/A/RES/75/16/%3Flangs%3Den%2Car"
    assert {a["lang"] for a in switcher} == {"ar", "zh", "en", "fr", "ru", "es"}


@pytest.mark.django_db
def test_a_cached_page_is_not_served_in_another_interface_language(client, i18n, sample_corpus):
    english = client.get("/A/RES/75/16/?langs=en")
    client.cookies["django_language"] = "es"
    spanish = client.get("/A/RES/75/16/?langs=en", HTTP_IF_NONE_MATCH=english["ETag"])
    assert spanish.status_code == 200
    assert "Ir al párrafo" in spanish.content.decode()
