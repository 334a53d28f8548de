"""Links between a version's paragraphs and those of its document's pivot.

A link joins one or two pivot paragraphs with one or two paragraphs of the
other version, or a paragraph with nothing (an omission). The table shown for
any set of languages is derived from these links (``alignment.table``).
"""

from django.core.exceptions import ValidationError
from django.db import models

LINK_EMPTY = "a link joins at least one paragraph"
LINK_PIVOT = "the pivot side must hold paragraphs of the {language} (pivot) version"
LINK_OTHER = "the other side must hold paragraphs of {version}"


class Link(models.Model):
    class Method(models.TextChoices):
        STRUCTURAL = "structural"
        ANCHORS = "anchors"
        LENGTH = "length"
        MANUAL = "manual"

    version = models.ForeignKey(
        "documents.Version", on_delete=models.CASCADE, related_name="alignment_links",
        help_text="The non-pivot version this link places against the pivot.",
    )
    pivot_first = models.ForeignKey(
        "documents.Paragraph", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    pivot_second = models.ForeignKey(
        "documents.Paragraph", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    other_first = models.ForeignKey(
        "documents.Paragraph", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    other_second = models.ForeignKey(
        "documents.Paragraph", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    confidence = models.FloatField()
    method = models.CharField(max_length=16, choices=Method.choices)
    checked = models.BooleanField(default=False, help_text="Confirmed by a curator.")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["version", "id"]
        indexes = [models.Index(fields=["version", "confidence"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(pivot_first__isnull=False) | models.Q(other_first__isnull=False),
                name="link_not_empty",
            )
        ]

    def __str__(self):
        return f"{self.version}: {self.pivot_ids} <-> {self.other_ids} ({self.method})"

    def clean(self):
        """A link joins paragraphs of the document's pivot version with
        paragraphs of its own version, never anything else."""
        document = self.version.document
        pivot = [p for p in (self.pivot_first, self.pivot_second) if p]
        other = [p for p in (self.other_first, self.other_second) if p]
        if not pivot and not other:
            raise ValidationError(LINK_EMPTY)
        if any(p.version.document_id != document.pk
               or p.version.language != document.pivot_language for p in pivot):
            raise ValidationError(LINK_PIVOT.format(language=document.pivot_language))
        if any(p.version_id != self.version_id for p in other):
            raise ValidationError(LINK_OTHER.format(version=self.version))

    @property
    def pivot_ids(self) -> tuple[int, ...]:
        return tuple(i for i in (self.pivot_first_id, self.pivot_second_id) if i)

    @property
    def other_ids(self) -> tuple[int, ...]:
        return tuple(i for i in (self.other_first_id, self.other_second_id) if i)

    @property
    def manual(self) -> bool:
        return self.method == self.Method.MANUAL
