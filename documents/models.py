"""The corpus, after Akoma Ntoso / FRBR: a Document (the work) has one
Version per language (the expression), made of Paragraphs in reading order.

Models hold data only: no save() side effects. Writes go through
``documents.services``; reads that pages and the API share go through
``documents.selectors``.
"""

from django.db import models
from django.utils import timezone

from documents.ingest import limits

LANGUAGE_CHOICES = [
    ("ar", "العربية"),
    ("zh", "中文"),
    ("en", "English"),
    ("fr", "Français"),
    ("ru", "Русский"),
    ("es", "Español"),
]
RTL_LANGUAGES = frozenset({"ar"})


class Document(models.Model):
    class Kind(models.TextChoices):
        RESOLUTION = "resolution"
        DECISION = "decision"
        PRESIDENTIAL_STATEMENT = "presidential_statement"
        VERBATIM_RECORD = "verbatim_record"
        OTHER = "other"

    symbol = models.CharField(max_length=limits.SYMBOL_LENGTH, unique=True)
    kind = models.CharField(max_length=32, choices=Kind.choices, default=Kind.OTHER)
    body = models.CharField(max_length=8, blank=True, help_text="GA, SC, ...")
    session = models.PositiveIntegerField(null=True, blank=True)
    meeting_number = models.PositiveIntegerField(null=True, blank=True)
    date = models.DateField(null=True, blank=True)
    agenda_item = models.CharField(max_length=limits.AGENDA_ITEM_LENGTH, blank=True)
    pivot_language = models.CharField(max_length=2, choices=LANGUAGE_CHOICES, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # The freshness stamp of everything the document's pages show: bumped by
    # documents.changes.document_changed and, as a safety net, by database
    # triggers on any write to the document, its versions, links or edition
    # (migration 0004). Pages and API derive ETag and Last-Modified from it.
    revision = models.PositiveBigIntegerField(default=1, editable=False)
    changed_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["-date", "symbol"]
        indexes = [
            models.Index(fields=["kind", "body"]),
            models.Index(fields=["session"]),
            models.Index(fields=["date"]),
        ]

    def __str__(self):
        return self.symbol

    def get_absolute_url(self):
        return f"/{self.symbol}/"


class Version(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft"
        PUBLISHED = "published"

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="versions")
    language = models.CharField(max_length=2, choices=LANGUAGE_CHOICES)
    title = models.TextField(blank=True)
    source = models.BinaryField(help_text="The raw bytes as uploaded, kept verbatim.")
    source_sha256 = models.CharField(max_length=64)
    source_name = models.CharField(max_length=255, blank=True)
    text = models.TextField(blank=True, help_text="The decoded source text.")
    warnings = models.JSONField(default=list, blank=True)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PUBLISHED)
    ingested_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["document", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["document", "language"], name="one_version_per_language"
            )
        ]
        indexes = [models.Index(fields=["language", "status"])]

    def __str__(self):
        return f"{self.document.symbol} [{self.language}]"

    @property
    def is_rtl(self):
        return self.language in RTL_LANGUAGES


class Delegation(models.Model):
    """A member State or organization, one entity across records and languages.

    ``key`` is a language-independent identifier (an ISO 3166 alpha-3 code
    where known, else a slug of the printed name); ``names`` maps language
    codes to names as printed in records.
    """

    key = models.CharField(max_length=limits.DELEGATION_KEY_LENGTH, unique=True)
    names = models.JSONField(default=dict)

    def __str__(self):
        return self.names.get("en") or next(iter(self.names.values()), self.key)


class Meeting(models.Model):
    """The frame of a verbatim record version: header and times."""

    version = models.OneToOneField(Version, on_delete=models.CASCADE, related_name="meeting")
    body = models.CharField(max_length=8, blank=True)
    session = models.CharField(max_length=limits.SESSION_NAME_LENGTH, blank=True)
    year = models.PositiveIntegerField(null=True, blank=True)
    number = models.PositiveIntegerField(null=True, blank=True)
    date = models.DateField(null=True, blank=True)
    time = models.CharField(max_length=5, blank=True)
    place = models.CharField(max_length=limits.PLACE_LENGTH, blank=True)
    provisional = models.BooleanField(default=True)
    agenda = models.JSONField(default=list, blank=True)
    opened_at = models.CharField(max_length=5, blank=True)
    closed_at = models.CharField(max_length=5, blank=True)

    def __str__(self):
        return f"Meeting {self.number} ({self.version})"


class Attendance(models.Model):
    class Role(models.TextChoices):
        PRESIDENT = "president"
        MEMBER = "member"

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendance")
    order = models.PositiveIntegerField()
    role = models.CharField(max_length=16, choices=Role.choices)
    name = models.CharField(max_length=limits.NAME_LENGTH)
    delegation_printed = models.CharField(max_length=limits.DELEGATION_LENGTH, blank=True)
    delegation = models.ForeignKey(Delegation, null=True, blank=True, on_delete=models.SET_NULL)

    class Meta:
        ordering = ["meeting", "order"]

    def __str__(self):
        return f"{self.role}: {self.name} ({self.delegation_printed})"


class SpeakerTurn(models.Model):
    version = models.ForeignKey(Version, on_delete=models.CASCADE, related_name="turns")
    index = models.PositiveIntegerField(help_text="The turn's index in the meeting, from 1.")
    name = models.CharField(max_length=limits.NAME_LENGTH)
    role = models.CharField(max_length=limits.ROLE_LENGTH, blank=True)
    delegation_printed = models.CharField(max_length=limits.DELEGATION_LENGTH, blank=True)
    delegation = models.ForeignKey(
        Delegation, null=True, blank=True, on_delete=models.SET_NULL, related_name="turns"
    )
    language = models.CharField(max_length=2, blank=True, help_text="Language spoken.")
    national_capacity = models.BooleanField(default=False)

    class Meta:
        ordering = ["version", "index"]
        constraints = [
            models.UniqueConstraint(fields=["version", "index"], name="one_turn_per_index")
        ]

    def __str__(self):
        return f"turn {self.index}: {self.name}"


class Paragraph(models.Model):
    class Kind(models.TextChoices):
        HEADING = "heading"
        TITLE = "title"
        PREAMBLE_INTRO = "preamble_intro"
        PREAMBULAR = "preambular"
        OPERATIVE = "operative"
        SUB_PARAGRAPH = "sub_paragraph"
        SPEAKER_TURN = "speaker_turn"
        PROCEDURAL = "procedural"
        ATTENDANCE = "attendance"
        SIGNATURE = "signature"
        ANNEX_HEADING = "annex_heading"
        ANNEX_PARAGRAPH = "annex_paragraph"
        ANNEX_SUB_PARAGRAPH = "annex_sub_paragraph"
        ANNEX_BULLET = "annex_bullet"
        OTHER = "other"

    version = models.ForeignKey(Version, on_delete=models.CASCADE, related_name="paragraphs")
    order = models.PositiveIntegerField()
    kind = models.CharField(max_length=20, choices=Kind.choices)
    number = models.CharField(max_length=limits.NUMBER_LENGTH, blank=True)
    anchor = models.CharField(max_length=limits.ANCHOR_LENGTH)
    text = models.TextField()
    html = models.TextField()
    line = models.PositiveIntegerField(default=0, help_text="Source line where it starts.")
    turn = models.ForeignKey(
        SpeakerTurn, null=True, blank=True, on_delete=models.CASCADE, related_name="paragraphs"
    )

    class Meta:
        ordering = ["version", "order"]
        constraints = [
            models.UniqueConstraint(fields=["version", "order"], name="paragraph_order"),
            models.UniqueConstraint(fields=["version", "anchor"], name="paragraph_anchor"),
        ]

    def __str__(self):
        return f"{self.version} {self.anchor}"


class Footnote(models.Model):
    version = models.ForeignKey(Version, on_delete=models.CASCADE, related_name="footnotes")
    order = models.PositiveIntegerField()
    marker = models.CharField(max_length=limits.MARKER_LENGTH)
    text = models.TextField()
    html = models.TextField()

    class Meta:
        ordering = ["version", "order"]
        constraints = [
            models.UniqueConstraint(fields=["version", "marker"], name="footnote_marker")
        ]

    def __str__(self):
        return f"{self.version} fn {self.marker}"


class FootnoteRef(models.Model):
    paragraph = models.ForeignKey(Paragraph, on_delete=models.CASCADE, related_name="footnote_refs")
    footnote = models.ForeignKey(Footnote, on_delete=models.CASCADE, related_name="refs")
    offset = models.PositiveIntegerField(help_text="Character offset in the paragraph text.")

    class Meta:
        ordering = ["paragraph", "offset"]

    def __str__(self):
        return f"{self.paragraph} -> fn {self.footnote.marker}"


class Reference(models.Model):
    """A citation of a UN symbol in a paragraph or a footnote."""

    version = models.ForeignKey(Version, on_delete=models.CASCADE, related_name="references")
    paragraph = models.ForeignKey(
        Paragraph, null=True, blank=True, on_delete=models.CASCADE, related_name="references"
    )
    footnote = models.ForeignKey(
        Footnote, null=True, blank=True, on_delete=models.CASCADE, related_name="references"
    )
    symbol = models.CharField(max_length=100, db_index=True)
    text = models.CharField(max_length=300)
    offset = models.PositiveIntegerField(default=0)
    target = models.ForeignKey(
        Document, null=True, blank=True, on_delete=models.SET_NULL, related_name="cited_by"
    )

    class Meta:
        ordering = ["version", "id"]

    def __str__(self):
        return f"{self.version} -> {self.symbol}"


class Series(models.Model):
    """The editions of one resolution that comes back every year or two under
    the same title (A/RES/63/114, ..., A/RES/75/16), found by what the texts
    say (``documents.series``) and confirmed or corrected by curators.

    A confirmed series keeps its editions when series are found again; new
    documents may still join it, except those named in ``excluded`` (taken
    out by a curator)."""

    title = models.TextField(help_text="The newest edition's title.")
    confidence = models.FloatField(
        default=0.0, help_text="The weakest edition's confidence, in [0, 1]."
    )
    confirmed = models.BooleanField(default=False, help_text="Checked by a curator.")
    excluded = models.JSONField(
        default=list, blank=True,
        help_text="Symbols a curator took out of this series: never put back automatically.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["title", "id"]
        verbose_name_plural = "series"

    def __str__(self):
        return self.title or f"series {self.pk}"


class Edition(models.Model):
    """A document's place in its series: ``previous`` is the edition before
    it (by date, then session), ``confidence`` and ``evidence`` say why it
    belongs there; ``manual`` when a curator placed or confirmed it."""

    series = models.ForeignKey(Series, on_delete=models.CASCADE, related_name="editions")
    document = models.OneToOneField(Document, on_delete=models.CASCADE, related_name="edition")
    previous = models.ForeignKey(
        Document, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    confidence = models.FloatField(default=0.0)
    evidence = models.JSONField(default=list, blank=True)
    manual = models.BooleanField(default=False, help_text="Placed or confirmed by a curator.")

    class Meta:
        ordering = ["series", "document__date", "document__session", "document__symbol"]

    def __str__(self):
        return f"{self.document} in {self.series}"
