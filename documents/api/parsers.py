"""Request body parsers of the API, with limits a hostile body cannot get
round: JSON nested deeper than any real request (an ingest body is one
flat object) is a 400, not a RecursionError and a 500.

The size of a body is limited before any parser runs
(``config.middleware.RequestLimitsMiddleware``: 413).
"""

from __future__ import annotations

from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser

MAX_JSON_DEPTH = 20
JSON_TOO_DEEP = "JSON parse error - the body is nested more than {limit} levels deep"


def json_depth(value) -> int:
    """How deeply lists and objects nest in ``value`` (a scalar is 0),
    without recursion."""
    deepest = 0
    stack = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        deepest = max(deepest, depth + 1)
        stack.extend((child, depth + 1) for child in children)
    return deepest


class LimitedJSONParser(JSONParser):
    """DRF's JSON parser, refusing bodies nested more than MAX_JSON_DEPTH
    levels (a RecursionError from the decoder included) with a ParseError."""

    def parse(self, stream, media_type=None, parser_context=None):
        too_deep = ParseError(JSON_TOO_DEEP.format(limit=MAX_JSON_DEPTH))
        try:
            data = super().parse(stream, media_type, parser_context)
        except RecursionError:
            raise too_deep from None
        if json_depth(data) > MAX_JSON_DEPTH:
            raise too_deep
        return data
