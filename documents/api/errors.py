"""One place that turns errors into JSON responses with a clear message."""

from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework import status
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
    return drf_exception_handler(exc, context)
