"""One place that turns errors into JSON responses ``{"detail": "..."}``.

IngestError (bad input to the parser) and Django validation errors become
400s with their message; a body read past the size limit a 413. DRF's
own errors keep their status; validation errors, which DRF renders as
``{field: [messages]}``, are flattened into one ``detail`` sentence
naming the fields, with the per-field messages kept under ``errors`` for
scripts. Anything else is raised on, to
``config.middleware.DatabaseUnavailableMiddleware`` (a JSON 503 when the
database cannot be reached) or Django's handler500
(``config.errors.server_error``: a JSON 500, logged with its traceback).
"""

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework import status
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from config.errors import BODY_TOO_LARGE_UNKNOWN
from documents.ingest.errors import IngestError


def exception_handler(exc, context):
    """IngestError and Django validation errors become 400s with the
    parser's message; everything DRF knows keeps its status, with a
    ``detail`` message."""
    if isinstance(exc, IngestError):
        return Response({"detail": str(exc)}, status=status.HTTP_400_BAD_REQUEST)
    if isinstance(exc, DjangoValidationError):
        return Response({"detail": "; ".join(exc.messages)}, status=status.HTTP_400_BAD_REQUEST)
    if isinstance(exc, RequestDataTooBig):  # a body without a length, read past the limit
        return Response(
            {"detail": BODY_TOO_LARGE_UNKNOWN.format(limit=settings.DATA_UPLOAD_MAX_MEMORY_SIZE)},
            status=status.HTTP_413_REQUEST_ENTITY_TOO_LARGE,
        )
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
