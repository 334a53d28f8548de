"""The sample resolutions parse to the paragraphs a reader counts by eye.

Golden files under golden/ hold the full parse of each sample; run with
UPDATE_GOLDEN=1 to rewrite them after a deliberate change, then review the
diff.
"""

from __future__ import annotations

import json
import os
from collections import Counter

import pytest

from documents.ingest.pipeline import parse_file
from tests.ingest.samples import CORPUS, MANIFEST, RESOLUTION_FILES, summary

GOLDEN = CORPUS.parents[1] / "tests" / "ingest" / "golden"

# counted by reading the source files, not by running the parser
EXPECTED = {
    "A-RES-75-16.en.txt": (29, 26, 6),
    "A-RES-75-16.zh.txt": (29, 26, 6),
    "A-RES-75-16.ar.txt": (28, 26, 6),
    "A-RES-63-114.zh.txt": (19, 16, 3),
}


def parse(name):
    return parse_file(CORPUS / name)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_paragraph_and_footnote_counts(name):
    version = parse(name)
    kinds = Counter(p.kind for p in version.paragraphs)
    preambular, operative, footnotes = EXPECTED[name]
    assert kinds["preambular"] == preambular
    assert kinds["operative"] == operative
    assert len(version.footnotes) == footnotes
    assert kinds["preamble_intro"] == 1 and kinds["signature"] == 1


@pytest.mark.parametrize("name", RESOLUTION_FILES)
def test_detected_facts_match_the_manifest(name):
    entry = next(f for f in MANIFEST["files"] if f["file"] == name)
    version = parse(name)
    assert version.symbol == entry["symbol"]
    assert version.language == entry["language"]
    assert version.kind == "resolution"
    assert version.date == entry["date"]
    assert version.session == entry["session"]
    assert version.title == entry["title"]


@pytest.mark.parametrize("name", RESOLUTION_FILES)
def test_operatives_are_numbered_one_to_n_with_stable_anchors(name):
    version = parse(name)
    operatives = [p for p in version.paragraphs if p.kind == "operative"]
    assert [p.number for p in operatives] == [str(i) for i in range(1, len(operatives) + 1)]
    assert [p.anchor for p in operatives] == [f"op-{i}" for i in range(1, len(operatives) + 1)]
    anchors = [p.anchor for p in version.paragraphs]
    assert len(anchors) == len(set(anchors))
    assert not any(w for w in version.warnings if "operative" in w)


@pytest.mark.parametrize("name", RESOLUTION_FILES)
def test_every_mark_links_to_a_footnote_and_every_footnote_is_cited(name):
    version = parse(name)
    markers = {f.marker for f in version.footnotes}
    cited = [r.marker for p in version.paragraphs for r in p.footnote_refs]
    assert set(cited) == markers
    for p in version.paragraphs:
        for ref in p.footnote_refs:
            assert f'href="#fn-{ref.marker}"' in p.html
        assert not any(ch in p.text for ch in "¹²³⁴⁵⁶⁽⁾")
    assert not [w for w in version.warnings if "footnote" in w]


def test_english_operative_6_is_whole_across_the_page_break_and_italic_numbers_are_found():
    version = parse("A-RES-75-16.en.txt")
    op = {p.number: p for p in version.paragraphs if p.kind == "operative"}
    assert op["6"].text.startswith("6. Welcomes the strong commitment")
    assert "Centre for Dialogue, Peace and Understanding within" in op["6"].text
    assert op["6"].text.endswith("through social media;")
    assert op["1"].text.startswith("1. Takes note") and "<em>" in op["1"].html
    assert not any(p.text.startswith("Peace and Understanding") for p in version.paragraphs)


def test_preambular_paragraph_cut_by_footnotes_is_joined():
    version = parse("A-RES-75-16.en.txt")
    texts = [p.text for p in version.paragraphs]
    assert any("to review and appraise the level of cooperation" in t for t in texts)
    assert any("Organization of Islamic Cooperation Member States on Mediation" in t for t in texts)


def test_arabic_fourth_preambular_holds_two_english_ones():
    version = parse("A-RES-75-16.ar.txt")
    pp4 = next(p for p in version.paragraphs if p.anchor == "pp-4")
    assert "وقد نظرت" in pp4.text
    assert "<strong>وقد نظرت</strong>" in pp4.html


def test_hard_wrapped_chinese_footnote_two_is_cited_twice():
    version = parse("A-RES-63-114.zh.txt")
    cited = [(p.anchor, r.marker) for p in version.paragraphs for r in p.footnote_refs]
    assert cited.count(("op-1", "2")) == 1
    assert sum(1 for _anchor, marker in cited if marker == "2") == 2
    op1 = next(p for p in version.paragraphs if p.anchor == "op-1")
    assert op1.text == "1. 满意地注意到秘书长的报告；"
    pp4 = next(p for p in version.paragraphs if p.anchor == "pp-4")
    assert "《十年行动纲领》和 2008 年" in pp4.text


@pytest.mark.parametrize("name", RESOLUTION_FILES)
def test_golden(name):
    path = GOLDEN / (name.removesuffix(".txt") + ".json")
    actual = summary(parse(name))
    if os.environ.get("UPDATE_GOLDEN") == "1" or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(actual, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        if os.environ.get("UPDATE_GOLDEN") != "1":
            pytest.fail(f"wrote the missing golden file {path.name}; review and commit it")
    assert actual == json.loads(path.read_text(encoding="utf-8"))
