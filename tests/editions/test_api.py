"""The editions API: series, changes and the translation memory (JSON and
TMX). Routes as tests/editions/urls.py puts them, the way
documents/api/urls.py is to have them."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.editions.urls")]

HERE = Path(__file__).resolve().parent
BASE = "/api/v1/documents"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
EXPECTED_EN = json.loads((HERE / "data" / "A-RES-77-999.expected.json").read_text("utf-8"))


@pytest.fixture
def three_editions(sample_corpus):
    """The sample corpus, the constructed English edition A/RES/77/999, and
    the series found."""
    from documents.series import find_series
    from documents.services import ingest_version

    ingest_version(raw=(HERE / "data" / "A-RES-77-999.en.txt").read_bytes(),
                   symbol="A/RES/77/999", language="en")
    find_series()


def test_changes_of_the_chinese_editions(client, sample_corpus):
    response = client.get(f"{BASE}/A/RES/75/16/changes/?since=A/RES/63/114&lang=zh")
    assert response.status_code == 200
    data = response.json()
    assert (data["symbol"], data["since"], data["language"]) == (
        "A/RES/75/16", "A/RES/63/114", "zh")
    assert data["summary"] == {"unchanged": 2, "changed": 34, "new": 27, "dropped": 2,
                               "moved": 1}
    title = next(p for p in data["pairs"] if p["new"] and p["new"]["anchor"] == "title")
    assert title["status"] == "changed" and title["match"] == 85
    assert title["old"]["url"] == "/A/RES/63/114/?langs=zh#zh-title"
    assert {"op": "delete", "text": "会议"} in title["diff"]
    moved = [p for p in data["pairs"] if p["moved"]]
    assert [(p["old"]["anchor"], p["new"]["anchor"]) for p in moved] == [("op-14", "op-20")]
    dropped = [p["old"]["anchor"] for p in data["pairs"] if p["status"] == "dropped"]
    assert dropped == ["pp-8", "op-8"] and all(
        p["new"] is None and p["diff"] == [] for p in data["pairs"] if p["status"] == "dropped")


def test_each_changed_paragraph_is_offered_with_the_chinese_and_arabic_of_before(
    client, three_editions
):
    """The constructed English edition against A/RES/75/16: every changed
    paragraph gets its A/RES/75/16 paragraph, that paragraph's aligned
    Chinese and Arabic, and the match percentage the comparison gives."""
    from documents.selectors import aligned_table, get_document

    changes = client.get(f"{BASE}/A/RES/77/999/changes/?lang=en").json()
    assert changes["since"] == "A/RES/75/16", "the previous edition by default"
    memory = client.get(f"{BASE}/A/RES/77/999/memory/?lang=en&langs=zh,ar&minimum=0").json()
    assert memory["since"] == ["A/RES/75/16"], "every earlier edition that has English"
    assert memory["languages"] == ["zh", "ar"] and memory["minimum"] == 0
    offered = {m["anchor"]: m for m in memory["matches"]}
    table = aligned_table(get_document("A/RES/75/16"), ["en", "zh", "ar"])
    row_of = {p["anchor"]: row for row in table["rows"] for p in row["cells"]["en"]}

    changed = [p for p in changes["pairs"] if p["status"] == "changed"]
    assert len(changed) == len(EXPECTED_EN["changed"])
    for pair in changed:
        match = offered[pair["new"]["anchor"]]
        assert match["source"]["symbol"] == "A/RES/75/16"
        assert match["source"]["anchor"] == pair["old"]["anchor"]
        assert match["match"] == pair["match"] and 0 < match["match"] < 100
        row = row_of[pair["old"]["anchor"]]
        for lang, joiner in (("zh", ""), ("ar", " ")):
            expected = joiner.join(p["text"] for p in row["cells"][lang])
            assert match["translations"].get(lang, {"text": ""})["text"] == expected
        if not pair["old"]["kind"] == "heading":
            # the resolution's own paragraphs are in all three languages
            assert match["translations"]["zh"]["text"] and match["translations"]["ar"]["text"]
    # unchanged paragraphs are 100 % matches
    for pair in changes["pairs"]:
        if pair["status"] == "unchanged":
            assert offered[pair["new"]["anchor"]]["match"] == 100
    # by default a match under 50 % is not offered, as in CAT tools: the
    # closing line (33 %) and the new paragraphs have nothing close enough
    default = client.get(f"{BASE}/A/RES/77/999/memory/?lang=en&langs=zh,ar").json()
    assert default["minimum"] == 50
    weak = [m["anchor"] for m in default["matches"] if m["source"] is None]
    assert weak == ["pp-20", "op-19", "signature"]
    assert offered["signature"]["match"] == 33


def test_the_memory_as_tmx(client, three_editions):
    response = client.get(
        f"{BASE}/A/RES/77/999/memory/?since=A/RES/75/16&lang=en&langs=zh,ar&format=tmx")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/x-tmx+xml")
    assert 'filename="A-RES-77-999.memory.en.tmx"' in response["Content-Disposition"]
    root = ET.fromstring(response.content)
    assert root.get("version") == "1.4" and root.find("header").get("srclang") == "en"
    units = root.findall("body/tu")
    by_anchor = {u.get("tuid"): u for u in units}
    unit = by_anchor["A/RES/77/999#op-25"]
    props = {p.get("type"): p.text for p in unit.findall("prop")}
    assert props == {"x-match": "96", "x-symbol": "A/RES/75/16", "x-anchor": "op-25",
                     "x-new-symbol": "A/RES/77/999", "x-new-anchor": "op-25"}
    segs = {t.get(XML_LANG): t.find("seg").text for t in unit.findall("tuv")}
    assert set(segs) == {"en", "zh", "ar"}
    assert "seventy-seventh session" in segs["en"], "the entry is the earlier text"
    assert "第七十七届会议" in segs["zh"]
    assert "A/RES/77/999#op-19" not in by_anchor, "a new paragraph has no entry"


def test_the_series_endpoint(client, three_editions):
    data = client.get(f"{BASE}/A/RES/75/16/series/").json()
    assert [e["symbol"] for e in data["editions"]] == [
        "A/RES/63/114", "A/RES/75/16", "A/RES/77/999"]
    assert data["editions"][2]["previous"] == "A/RES/75/16"
    assert data["confirmed"] is False and data["confidence"] >= 0.9
    assert client.get(f"{BASE}/S/PV.7050/series/").status_code == 404


@pytest.mark.parametrize(
    ("url", "status", "detail"),
    [
        ("/A/RES/1/1/changes/", 404, "no published document 'A/RES/1/1'"),
        ("/A/RES/75/16/changes/?since=A/RES/1/1", 400, "since: no published document"),
        ("/A/RES/75/16/changes/", 400, "since: A/RES/75/16 has no earlier edition"),
        ("/A/RES/75/16/changes/?since=A/RES/63/114&lang=en", 400,
         "lang: A/RES/63/114 has no published en version"),
        ("/A/RES/75/16/changes/?since=A/RES/63/114&lang=xx", 400, "lang:"),
        ("/A/RES/75/16/memory/?since=A/RES/63/114&minimum=101", 400, "minimum:"),
        ("/A/RES/75/16/memory/?since=A/RES/63/114&format=pdf", 400, "format:"),
        # asked for TMX, told what is wrong in JSON
        ("/A/RES/75/16/memory/?since=A/RES/63/114&format=tmx&minimum=101", 400, "minimum:"),
        ("/A/RES/75/16/memory/?since=A/RES/63/114&lang=zh&langs=zh,xx", 400, "langs:"),
        ("/A/RES/75/16/memory/", 400, "since: A/RES/75/16 has no earlier edition"),
    ],
)
def test_errors_say_what_is_wrong(client, sample_corpus, url, status, detail):
    response = client.get(BASE + url)
    assert response.status_code == status
    assert detail in response.json()["detail"]


def test_changes_query_count_does_not_grow_with_paragraphs(client, make_version):
    def texts(count, year):
        return [("preambular", "", f"Recalling the report number {n} of {year if n % 2 else 1},")
                for n in range(1, count + 1)]

    counts = []
    for count in (4, 150):
        make_version(f"A/RES/8/{count}", "en", texts(count, 2001))
        make_version(f"A/RES/9/{count}", "en", texts(count, 2002))
        with CaptureQueriesContext(connection) as queries:
            response = client.get(f"{BASE}/A/RES/9/{count}/changes/?since=A/RES/8/{count}")
        assert response.status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1]
