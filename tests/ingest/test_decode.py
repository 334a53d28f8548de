"""Decoding: UTF-8, UTF-8 with BOM and UTF-16 with BOM are text; the rest is
a one-line IngestError naming what is wrong."""

import codecs

import pytest

from documents.ingest.decode import decode
from documents.ingest.errors import IngestError

TEXT = "The General Assembly,\n大会，\nإن الجمعية العامة،\n"


@pytest.mark.parametrize(
    "raw",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # BOM included
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom"],
)
def test_accepted_encodings_decode_to_the_same_text(raw):
    assert decode(raw) == TEXT


def test_latin1_bytes_are_undecodable_and_the_offset_is_named():
    with pytest.raises(IngestError, match=r"not valid UTF-8 or UTF-16 text \(byte 3\)"):
        decode("Café résolution".encode("latin-1"))


def test_empty_and_whitespace_only_are_empty():
    for raw in (b"", b"  \n\t\r\n", codecs.BOM_UTF8):
        with pytest.raises(IngestError, match="the file is empty"):
            decode(raw)


def test_nul_bytes_outside_utf16_mean_binary():
    with pytest.raises(IngestError, match=r"binary.*byte 3"):
        decode(b"PK\x03\x00\x14\x00")


def test_size_limit():
    with pytest.raises(IngestError, match="the limit is 10 bytes"):
        decode(b"x" * 11, limit=10)
