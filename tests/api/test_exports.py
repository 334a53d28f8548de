"""Bitext exports: the pure builders, and the endpoint
GET /api/v1/documents/<symbol>/export/?format=tmx|jsonl|txt&langs=..."""

import json
import xml.etree.ElementTree as ET

import pytest

from documents.api.editions import memory_tmx
from documents.api.exports import tmx_tuv, to_jsonl, to_tmx, to_txt
from documents.api.serializers import BAD_LANGUAGE_LIST

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
URL = "/api/v1/documents/A/RES/76/1/export/"


def paragraph(anchor, text):
    return {"id": 1, "anchor": anchor, "kind": "preambular", "number": "", "text": text,
            "html": text, "footnote_refs": [], "speaker": None}


TABLE = {
    "symbol": "A/RES/75/16",
    "languages": ["en", "ar"],
    "pivot": "en",
    "rows": [
        {"index": 1, "kind": "preambular", "anchor": "pp-4",
         "cells": {"en": [paragraph("pp-4", "Recalling <its> resolution,"),
                          paragraph("pp-5", "Noting\tthe report\x0b,")],
                   "ar": [paragraph("pp-4", "إذ تشير")]},
         "confidence": {"ar": 0.45}, "checked": {"ar": False}},
        {"index": 2, "kind": "operative", "anchor": "op-1",
         "cells": {"en": [paragraph("op-1", "Decides & acts;")], "ar": []},
         "confidence": {}, "checked": {"ar": False}},
    ],
}


def test_tmx_has_a_header_and_one_unit_per_row():
    root = ET.fromstring(to_tmx(TABLE).encode())
    assert root.tag == "tmx" and root.get("version") == "1.4"
    header = root.find("header")
    assert header.get("srclang") == "en" and header.get("segtype") == "paragraph"
    units = root.findall("body/tu")
    assert len(units) == 2
    first = units[0]
    assert first.find("prop[@type='x-anchor']").text == "pp-4"
    en, ar = first.findall("tuv")
    assert en.get(XML_LANG) == "en" and ar.get(XML_LANG) == "ar"
    assert en.find("prop[@type='x-anchor']").text == "pp-4 pp-5"
    assert en.find("seg").text == "Recalling <its> resolution, Noting\tthe report,"
    # an omission: only the language that has text
    assert [t.get(XML_LANG) for t in units[1].findall("tuv")] == ["en"]
    assert units[1].find("tuv/seg").text == "Decides & acts;"


def test_a_tuv_carries_its_anchors_its_confidence_when_given_then_its_segment():
    tu = ET.Element("tu")
    tmx_tuv(tu, "ar", ["pp-4", "pp-5"], "إذ تشير\x0b", confidence=0.456)
    tmx_tuv(tu, "en", ["op-1"], "Decides;")
    ar, en = tu
    assert ar.get(XML_LANG) == "ar" and en.get(XML_LANG) == "en"
    assert [(e.tag, e.get("type"), e.text) for e in ar] == [
        ("prop", "x-anchor", "pp-4 pp-5"), ("prop", "x-confidence", "0.46"),
        ("seg", None, "إذ تشير")]
    assert [(e.tag, e.get("type"), e.text) for e in en] == [
        ("prop", "x-anchor", "op-1"), ("seg", None, "Decides;")]


def test_the_translation_memory_is_written_as_the_export_is():
    """Both TMX come from the same helpers: the same declaration and header
    (here with the same srclang), the same layout of a unit's languages."""
    memory = {"symbol": "A/RES/76/1", "language": "en", "languages": ["ar"], "matches": [
        {"anchor": "op-1", "match": 90,
         "source": {"symbol": "A/RES/75/16", "anchor": "pp-4", "text": "Recalling,"},
         "translations": {"ar": {"anchors": ["pp-4"], "text": "إذ تشير"}}}]}
    export, tmx = to_tmx(TABLE), memory_tmx(memory)
    assert tmx.splitlines()[:4] == export.splitlines()[:4]  # declaration, tmx, header, body
    assert tmx.endswith("</tmx>\n") and export.endswith("</tmx>\n")
    (unit,) = ET.fromstring(tmx.encode()).findall("body/tu")
    assert [(tuv.get(XML_LANG), [e.tag for e in tuv]) for tuv in unit.findall("tuv")] == [
        ("en", ["prop", "seg"]), ("ar", ["prop", "seg"])]


def test_jsonl_is_one_object_per_row():
    lines = to_jsonl(TABLE).splitlines()
    assert len(lines) == 2
    row = json.loads(lines[0])
    assert row["anchor"] == "pp-4"
    assert row["anchors"] == {"en": ["pp-4", "pp-5"], "ar": ["pp-4"]}
    assert row["text"]["ar"] == "إذ تشير"
    assert json.loads(lines[1])["text"]["ar"] == ""


def test_txt_is_tab_separated_with_a_header():
    lines = to_txt(TABLE).splitlines()
    assert lines[0] == "anchor\ten\tar"
    assert lines[1].split("\t") == ["pp-4", "Recalling <its> resolution, Noting the report ,",
                                    "إذ تشير"]
    assert lines[2].split("\t") == ["op-1", "Decides & acts;", ""]


def test_chinese_cells_join_without_spaces():
    table = {**TABLE, "languages": ["zh"], "rows": [
        {"index": 1, "kind": "preambular", "anchor": "pp-4",
         "cells": {"zh": [paragraph("pp-4", "回顾，"), paragraph("pp-5", "注意到，")]}}]}
    assert to_txt(table).splitlines()[1] == "pp-4\t回顾，注意到，"


@pytest.mark.parametrize(
    "fmt, content_type, extension",
    [("tmx", "application/x-tmx+xml", "tmx"), ("jsonl", "application/jsonl", "jsonl"),
     ("txt", "text/plain", "txt")],
)
def test_export_endpoint_formats(api, small_resolution, fmt, content_type, extension):
    response = api.get(URL, {"format": fmt, "langs": "en,zh"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith(content_type)
    assert response["Content-Disposition"] == (
        f'attachment; filename="A-RES-76-1.en-zh.{extension}"'
    )
    assert "赞赏地注意到报告" in response.content.decode()


def test_export_etag_and_304(api, small_resolution):
    etag = api.get(URL, {"format": "txt", "langs": "en,zh"})["ETag"]
    again = api.get(URL, {"format": "txt", "langs": "en,zh"}, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert api.get(URL, {"format": "tmx", "langs": "en,zh"})["ETag"] != etag


@pytest.mark.parametrize(
    "params, status, detail",
    [
        ({"format": "pdf", "langs": "en,zh"}, 400, 'format: "pdf" is not a valid choice.'),
        ({"format": "tmx", "langs": "en"}, 400,
         "langs: " + BAD_LANGUAGE_LIST.format(low=2, high=6)),
        ({"format": "tmx", "langs": "en,zh,xx"}, 400,
         "langs: " + BAD_LANGUAGE_LIST.format(low=2, high=6)),
    ],
)
def test_export_bad_parameters_are_400s(api, small_resolution, params, status, detail):
    response = api.get(URL, params)
    assert response.status_code == status
    assert response["Content-Type"] == "application/json"
    assert response.json()["detail"] == detail


def test_export_needs_two_languages_even_by_default(api, make_version):
    make_version("A/RES/94/1", "en", [("operative", "1", "Decides;")])
    response = api.get("/api/v1/documents/A/RES/94/1/export/")
    assert response.status_code == 400
    assert "two to six languages" in response.json()["detail"]


def test_export_of_unknown_symbol_is_a_404(api, db):
    response = api.get("/api/v1/documents/A/RES/1/1/export/", {"format": "tmx"})
    assert response.status_code == 404
    assert response.json()["detail"]


def test_tmx_of_a_res_75_16_en_zh_is_valid(api, corpus):
    response = api.get("/api/v1/documents/A/RES/75/16/export/", {"format": "tmx",
                                                                  "langs": "en,zh"})
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    units = root.findall("body/tu")
    assert len(units) >= 55
    languages = {tuv.get(XML_LANG) for tuv in root.iter("tuv")}
    assert languages == {"en", "zh"}
    for tu in units:
        assert tu.find("prop[@type='x-anchor']").text
        for tuv in tu.findall("tuv"):
            assert tuv.find("prop[@type='x-anchor']").text
            assert tuv.find("seg").text


def test_jsonl_keeps_one_row_a_line_whatever_the_text():
    table = {**TABLE, "languages": ["en"], "rows": [
        {"index": 1, "kind": "other", "anchor": "p-1",
         "cells": {"en": [paragraph("p-1", "a\u2028b\x85c\nd")]}}]}
    (line,) = to_jsonl(table).splitlines()
    assert json.loads(line)["text"]["en"] == "a\u2028b\x85c\nd"
