"""Turn a stored pdf2xml file (pdftohtml -xml output) into plain text.

The UN verbatim records in tests/realdata/records/ were found only as
pdf2xml files (aidan/parlparse, undata/pdfxml/). This script is the whole
and only transformation between those stored files (kept verbatim in this
folder) and the .txt files one level up. It adds no words and drops none:

* pages in order; each page's <text> elements in stored order;
* consecutive elements with the same `top` are one line, their texts
  (stripped) joined by a single space; empty elements are skipped;
* inline tags (<i>, <b>, <a ...>) are removed, entities unescaped;
* a blank line before a line whose `top` is more than 22 px below the
  previous line's `top` (a paragraph gap in these layouts: the line step
  is 18 px, a paragraph gap 27 or 36 px); no blank line when `top` goes
  back up (the second column, or the page furniture pdftohtml emits out
  of order);
* pages are separated as pdftotext does: "\n\f" (the form feed begins the
  next page's first line).

Usage: python3 pdfxml2txt.py SOURCE.xml OUT.txt
"""

import html
import re
import sys

PAGE = re.compile(r"<page\b[^>]*>(.*?)</page>", re.S)
TEXT = re.compile(r'<text top="(\d+)"[^>]*>(.*?)</text>', re.S)
TAG = re.compile(r"</?(?:i|b|a)(?:\s[^>]*)?>")
PARAGRAPH_GAP = 22


def page_lines(body):
    rows = []  # (top, [texts])
    for m in TEXT.finditer(body):
        top = int(m.group(1))
        text = html.unescape(TAG.sub("", m.group(2))).strip()
        if rows and rows[-1][0] == top:
            rows[-1][1].append(text)
        else:
            rows.append((top, [text]))
    lines, prev_top = [], None
    for top, parts in rows:
        line = " ".join(p for p in parts if p)
        if not line:
            continue
        if prev_top is not None and top - prev_top > PARAGRAPH_GAP:
            lines.append("")
        lines.append(line)
        prev_top = top
    return lines


def convert(xml):
    pages = ["\n".join(page_lines(m.group(1))) for m in PAGE.finditer(xml)]
    return "\n\f".join(pages) + "\n"


if __name__ == "__main__":
    source, out = sys.argv[1], sys.argv[2]
    with open(source, encoding="utf-8") as f:
        xml = f.read()
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(convert(xml))
