"""Stage 1: bytes to text.

Reads: the raw bytes of an uploaded or imported file.
Produces: a ``str``. UTF-8 (with or without BOM) and UTF-16 with a BOM are
accepted; anything else is an ``IngestError`` that names the first bad byte.
Not in charge of: line endings or any other clean-up (see ``normalise``).
"""

from __future__ import annotations

import codecs

from .errors import BINARY_INPUT, EMPTY_INPUT, TOO_LARGE, UNDECODABLE_INPUT, IngestError

MAX_BYTES = 5 * 1024 * 1024


def check_upload_size(size: int, *, limit: int = MAX_BYTES) -> None:
    """Refuse a file by its size before reading it into memory."""
    if size > limit:
        raise IngestError(TOO_LARGE.format(size=size, limit=limit))


def decode(raw: bytes, *, limit: int = MAX_BYTES) -> str:
    """Decode ``raw`` or raise ``IngestError`` with a one-line reason."""
    check_upload_size(len(raw), limit=limit)
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise IngestError(UNDECODABLE_INPUT.format(offset=exc.start)) from None
    else:
        nul = raw.find(b"\x00")
        if nul >= 0:
            raise IngestError(BINARY_INPUT.format(offset=nul))
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            offset = exc.start + (3 if raw.startswith(codecs.BOM_UTF8) else 0)
            raise IngestError(UNDECODABLE_INPUT.format(offset=offset)) from None
    text = text.lstrip("\ufeff")
    if "\x00" in text:
        raise IngestError(BINARY_INPUT.format(offset=text.index("\x00")))
    if not text.strip():
        raise IngestError(EMPTY_INPUT)
    return text
