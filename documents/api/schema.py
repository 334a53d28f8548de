"""Additions to the generated OpenAPI schema that hold for every operation.

Any operation may answer 429 (throttled: anonymous clients, counted in the
shared cache) and 503 (the database cannot be reached), both with the
``Error`` body and a Retry-After header; documenting them once here keeps
the schema honest without repeating them on every view.
"""

from __future__ import annotations

ERROR_REF = {"$ref": "#/components/schemas/Error"}
RETRY_AFTER = {
    "Retry-After": {
        "description": "Seconds to wait before trying again.",
        "schema": {"type": "integer"},
    }
}
EVERYWHERE = {
    "429": "Too many requests from this client; wait as Retry-After says.",
    "503": "The database cannot be reached; try again as Retry-After says.",
}


def add_common_responses(result, generator, request, public):
    """drf-spectacular postprocessing hook: 429 and 503 on every operation."""
    for operations in result.get("paths", {}).values():
        for operation in operations.values():
            responses = operation.setdefault("responses", {})
            for status, description in EVERYWHERE.items():
                responses.setdefault(status, {
                    "description": description,
                    "headers": RETRY_AFTER,
                    "content": {"application/json": {"schema": ERROR_REF}},
                })
    return result
