"""A curation service's refusal, in English for the API and in the
curator's language for the admin pages.

The paragraph corrections (``documents.curation.CurationError``), the link
review (``alignment.services.ReviewError``) and the revert
(``documents.history.RevertError``) refuse with a message template marked
``gettext_noop`` and its values. ``str()`` is the English message, which the
API returns as it is (its contract); ``translated()`` is the same message in
the active language, which the admin pages show:

    >>> error = CurationError(BAD_SPLIT, last=41)
    >>> str(error)
    'split between the first and the last character: 1 to 41'
    >>> with translation.override("fr"):
    ...     error.translated()
    'scinder entre le premier et le dernier caractère : de 1 à 41'

The values are data (anchors, numbers, language codes) and are not
translated: a word that changes with the case (previous or next, paragraph
or link) gets a message of its own instead.
"""

from __future__ import annotations

from django.utils.translation import gettext


class Refusal(Exception):
    """A write a curation service will not make; the message says why."""

    def __init__(self, message: str, **values):
        super().__init__(message.format(**values))
        self.message, self.values = message, values

    def translated(self) -> str:
        return gettext(self.message).format(**self.values)
