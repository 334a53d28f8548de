"""Filters of the document list.

The filtering itself is ``documents.selectors.library_documents`` (shared
with the library page); the FilterSet only declares and validates the query
parameters, so django-filter and drf-spectacular document them, and hands
the cleaned values to the selector.
"""

import django_filters
from django.core.validators import RegexValidator

from documents.models import LANGUAGE_CHOICES, Document
from documents.selectors import library_documents

SESSION_FORMAT = "session must be a session number (75) or a year (2013)"
# One to four digits, not all zeros: there is no session 0, and no year 0
# (a date lookup on year 0 raises instead of matching nothing).
SESSION_PATTERN = r"^(?!0+$)\d{1,4}$"


class DocumentFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(
        choices=Document.Kind.choices, method="collect", help_text="Document kind."
    )
    body = django_filters.CharFilter(
        method="collect", max_length=8, help_text="Issuing body: GA, SC, ..."
    )
    session = django_filters.CharFilter(
        method="collect",
        max_length=4,
        validators=[RegexValidator(SESSION_PATTERN, SESSION_FORMAT)],
        help_text="Session number (75) or year (2013).",
    )
    language = django_filters.ChoiceFilter(
        choices=LANGUAGE_CHOICES,
        method="collect",
        help_text="Only documents with a published version in this language.",
    )
    q = django_filters.CharFilter(
        method="collect", max_length=200, help_text="Words of the symbol or a title."
    )

    class Meta:
        model = Document
        fields: list[str] = []

    def collect(self, queryset, name, value):
        """Filtering happens in ``filter_queryset``, through the selector."""
        return queryset

    def filter_queryset(self, queryset):
        given = {name: value or "" for name, value in self.form.cleaned_data.items()}
        return library_documents(**given)
