"""The one domain error of ingestion, and its messages.

A curator must understand every message; where a line is at fault, the
message names it. Tests import these constants rather than repeating text.
"""

EMPTY_INPUT = "the file is empty"
BINARY_INPUT = "the file is binary, not text (NUL bytes at byte {offset})"
UNDECODABLE_INPUT = "the file is not valid UTF-8 or UTF-16 text (byte {offset})"
TOO_LARGE = "the file is {size} bytes; the limit is {limit} bytes"
UNKNOWN_LANGUAGE = "cannot tell the language of the text; give the language explicitly"
UNSUPPORTED_LANGUAGE = "unsupported language {language!r}; use one of ar, zh, en, fr, ru, es"
UNKNOWN_SYMBOL = "cannot find the document symbol in the text; give the symbol explicitly"
UNKNOWN_KIND = "unknown document kind {kind!r}"
NO_STRUCTURE = "no recognisable structure: found no {what}"


class IngestError(Exception):
    """Bad input: the message says what is wrong, naming the line if any."""

    def __init__(self, message: str, *, line: int | None = None):
        self.line = line
        super().__init__(f"line {line}: {message}" if line else message)
