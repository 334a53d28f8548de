"""One place that turns errors into JSON responses ``{"detail": "..."}``.

IngestError (bad input to the parser) and Django validation errors become
400s with their message. DRF's own errors keep their status; validation
errors, which DRF renders as ``{field: [messages]}``, are flattened into one
``detail`` sentence naming the fields, with the per-field messages kept
under ``errors`` for scripts.
"""

from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework import status
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from documents.ingest.errors import IngestError


def exception_handler(exc, context):
    """IngestError and Django validation errors become 400s with the
    parser's message; everything DRF knows keeps its status, with a
    ``detail`` message."""
    if isinstance(exc, IngestError):
        return Response({"detail": str(exc)}, status=status.HTTP_400_BAD_REQUEST)
    if isinstance(exc, DjangoValidationError):
        return Response({"detail": "; ".join(exc.messages)}, status=status.HTTP_400_BAD_REQUEST)
    response = drf_exception_handler(exc, context)
    if response is not None and isinstance(exc, ValidationError):
        response.data = {"detail": validation_message(exc.detail), "errors": exc.detail}
    return response


def validation_message(detail, field: str = "") -> str:
    """``{"langs": ["bad code"]}`` -> ``"langs: bad code"``."""
    if isinstance(detail, dict):
        return "; ".join(
            validation_message(value, "" if key == "non_field_errors" else str(key))
            for key, value in detail.items()
        )
    if isinstance(detail, list):
        return "; ".join(validation_message(item, field) for item in detail)
    return f"{field}: {detail}" if field else str(detail)
