"""Input and output shapes of the API.

Output serializers map fields of the plain dicts and prefetched objects that
``documents.selectors`` and ``documents.api.queries`` return; none of them
queries the database, so the number of queries of an endpoint is the number
its selector makes. Input serializers validate query parameters and upload
bodies; a view calls one service or selector with what they return.
"""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from documents.api.filters import SESSION_PATTERN
from documents.ingest.decode import check_upload_size
from documents.ingest.types import KINDS, LANGUAGES
from documents.search import long_enough

EXPORT_FORMATS = ("tmx", "jsonl", "txt")

NEED_TEXT_OR_FILE = "give the text in exactly one of a multipart 'file' or a 'text' field"
BAD_LANGUAGE_LIST = "langs must be {low} to {high} distinct codes among ar, zh, en, fr, ru, es"


class ErrorSerializer(serializers.Serializer):
    detail = serializers.CharField(help_text="What went wrong, in words.")


# -- documents -------------------------------------------------------------


class VersionSummarySerializer(serializers.Serializer):
    language = serializers.CharField()
    title = serializers.CharField()
    status = serializers.CharField()
    source_sha256 = serializers.CharField()
    ingested_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()
    warnings = serializers.IntegerField(source="warning_count")
    paragraphs = serializers.IntegerField(source="paragraph_count")
    url = serializers.CharField(help_text="This version in the API.")


class DocumentFieldsSerializer(serializers.Serializer):
    """The fields of a document (the work) that every view of it shows."""

    symbol = serializers.CharField()
    kind = serializers.CharField()
    body = serializers.CharField()
    session = serializers.IntegerField(allow_null=True)
    meeting_number = serializers.IntegerField(allow_null=True)
    date = serializers.DateField(allow_null=True)
    agenda_item = serializers.CharField()
    pivot_language = serializers.CharField()


class DocumentListSerializer(DocumentFieldsSerializer):
    """A document of the library, with the languages it can be read in."""

    languages = serializers.SerializerMethodField()
    titles = serializers.SerializerMethodField()
    url = serializers.SerializerMethodField()

    @extend_schema_field(serializers.ListField(child=serializers.CharField()))
    def get_languages(self, document) -> list[str]:
        return [v.language for v in document.versions.all()]

    @extend_schema_field(serializers.DictField(child=serializers.CharField()))
    def get_titles(self, document) -> dict[str, str]:
        return {v.language: v.title for v in document.versions.all()}

    def get_url(self, document) -> str:
        return f"/api/v1/documents/{document.symbol}/"


class ReferenceOutSerializer(serializers.Serializer):
    symbol = serializers.CharField(help_text="The cited symbol, normalised.")
    text = serializers.CharField(help_text="The citation as printed.")
    language = serializers.CharField(help_text="The version that prints it.")
    target = serializers.CharField(
        allow_null=True, help_text="The cited document when the corpus has it."
    )


class CitedBySerializer(serializers.Serializer):
    symbol = serializers.CharField()
    languages = serializers.ListField(child=serializers.CharField())


class DocumentDetailSerializer(DocumentFieldsSerializer):
    versions = VersionSummarySerializer(many=True)
    references = ReferenceOutSerializer(many=True)
    cited_by = CitedBySerializer(many=True)


# -- paragraphs, versions, alignment ---------------------------------------


class FootnoteRefSerializer(serializers.Serializer):
    marker = serializers.CharField()
    offset = serializers.IntegerField()


class SpeakerSerializer(serializers.Serializer):
    turn = serializers.IntegerField()
    name = serializers.CharField()
    role = serializers.CharField()
    delegation = serializers.CharField()
    language = serializers.CharField()


class ParagraphSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    anchor = serializers.CharField()
    kind = serializers.CharField()
    number = serializers.CharField()
    text = serializers.CharField()
    html = serializers.CharField(help_text="Sanitized HTML.")
    footnote_refs = FootnoteRefSerializer(many=True)
    speaker = SpeakerSerializer(allow_null=True)


class FootnoteSerializer(serializers.Serializer):
    marker = serializers.CharField()
    text = serializers.CharField()
    html = serializers.CharField()
    referenced_by = serializers.ListField(
        child=serializers.CharField(), help_text="Anchors of the paragraphs that mark it."
    )


class SpeakerTurnSerializer(serializers.Serializer):
    turn = serializers.IntegerField()
    name = serializers.CharField()
    role = serializers.CharField()
    delegation = serializers.CharField()
    delegation_key = serializers.CharField(allow_null=True)
    language = serializers.CharField(help_text="Language spoken.")
    national_capacity = serializers.BooleanField()


class AttendanceSerializer(serializers.Serializer):
    role = serializers.CharField()
    name = serializers.CharField()
    delegation = serializers.CharField()


class MeetingSerializer(serializers.Serializer):
    body = serializers.CharField()
    session = serializers.CharField()
    year = serializers.IntegerField(allow_null=True)
    number = serializers.IntegerField(allow_null=True)
    date = serializers.DateField(allow_null=True)
    time = serializers.CharField()
    place = serializers.CharField()
    provisional = serializers.BooleanField()
    agenda = serializers.JSONField()
    opened_at = serializers.CharField()
    closed_at = serializers.CharField()
    attendance = AttendanceSerializer(many=True)


class VersionDetailSerializer(serializers.Serializer):
    symbol = serializers.CharField()
    language = serializers.CharField()
    title = serializers.CharField()
    status = serializers.CharField()
    warnings = serializers.ListField(child=serializers.CharField())
    source_sha256 = serializers.CharField()
    ingested_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()
    paragraphs = ParagraphSerializer(many=True)
    footnotes = FootnoteSerializer(many=True)
    speakers = SpeakerTurnSerializer(many=True)
    meeting = MeetingSerializer(allow_null=True)


class AlignedRowSerializer(serializers.Serializer):
    index = serializers.IntegerField()
    kind = serializers.CharField()
    anchor = serializers.CharField(help_text="Row anchor (the pivot paragraph's), e.g. op-5.")
    cells = serializers.DictField(
        child=ParagraphSerializer(many=True),
        help_text="Paragraphs per language; an empty list is 'not in this version'.",
    )
    confidence = serializers.DictField(child=serializers.FloatField())
    checked = serializers.DictField(child=serializers.BooleanField())


class AlignedTableSerializer(serializers.Serializer):
    symbol = serializers.CharField()
    languages = serializers.ListField(child=serializers.CharField())
    pivot = serializers.CharField()
    rows = AlignedRowSerializer(many=True)


class SnippetSerializer(serializers.Serializer):
    text = serializers.CharField(help_text="The paragraph's text from `start` to `end`.")
    start = serializers.IntegerField()
    end = serializers.IntegerField()
    highlights = serializers.ListField(
        child=serializers.ListField(child=serializers.IntegerField(), min_length=2, max_length=2),
        help_text="[start, end] of each match, in the snippet's text.",
    )
    truncated_start = serializers.BooleanField()
    truncated_end = serializers.BooleanField()


class ConcordanceLineSerializer(serializers.Serializer):
    left = serializers.CharField(allow_blank=True, help_text="The context before the key.")
    key = serializers.CharField(help_text="The occurrence, as printed.")
    right = serializers.CharField(allow_blank=True, help_text="The context after the key.")
    start = serializers.IntegerField(help_text="The key's offset in the paragraph's text.")
    end = serializers.IntegerField()


class SearchHitSerializer(serializers.Serializer):
    symbol = serializers.CharField()
    language = serializers.CharField()
    paragraph = ParagraphSerializer()
    aligned = serializers.DictField(
        child=ParagraphSerializer(many=True),
        help_text="The aligned paragraphs in the document's other published languages.",
    )
    url = serializers.CharField(help_text="The reading view at this paragraph.")
    row_anchors = serializers.ListField(
        child=serializers.CharField(),
        help_text="The row of the reading view that shows this paragraph: the anchors of the "
        "pivot paragraphs it stands for (the Arabic pp-6 of A/RES/75/16 stands in row pp-7; "
        "a merge stands for two). #pp-7 selects that row in every column.",
    )
    score = serializers.FloatField(
        allow_null=True, required=False,
        help_text="BM25 relevance (higher first); null from the database search or in a "
        "concordance.",
    )  # fmt: skip
    highlights = serializers.ListField(
        child=serializers.ListField(child=serializers.IntegerField(), min_length=2, max_length=2),
        allow_null=True, required=False,
        help_text="[start, end] of each match in the paragraph's text.",
    )  # fmt: skip
    snippet = SnippetSerializer(
        allow_null=True, required=False, help_text="The best window of the paragraph."
    )
    document_hits = serializers.IntegerField(
        allow_null=True, required=False,
        help_text="How many paragraphs of this document match (hits grouped by document).",
    )  # fmt: skip
    line = ConcordanceLineSerializer(
        allow_null=True, required=False,
        help_text="mode=concordance: the occurrence this result is for, in its context.",
    )  # fmt: skip


class SearchPageSerializer(serializers.Serializer):
    count = serializers.IntegerField(help_text="Paragraphs (or, in a concordance, lines).")
    count_exact = serializers.BooleanField(
        help_text="False when count is an estimate: a phrase found in tens of thousands of "
        "paragraphs is counted from a sample of its best candidates (the hits are exact)."
    )
    next = serializers.URLField(allow_null=True)
    previous = serializers.URLField(allow_null=True)
    engine = serializers.ChoiceField(
        choices=("index", "database"),
        help_text="index: the search index, ranked; database: the fallback while the index "
        "is missing or behind (see notice).",
    )
    notice = serializers.CharField(
        allow_blank=True, help_text="Why the database answered, and what to run; else empty."
    )
    results = SearchHitSerializer(many=True)


class IngestResultSerializer(serializers.Serializer):
    symbol = serializers.CharField(source="version.document.symbol")
    language = serializers.CharField(source="version.language")
    status = serializers.CharField(source="version.status")
    state = serializers.CharField(help_text="created, replaced or unchanged")
    paragraphs = serializers.IntegerField()
    footnotes = serializers.IntegerField()
    warnings = serializers.ListField(child=serializers.CharField())
    summary = serializers.CharField()
    url = serializers.CharField()


# -- inputs ------------------------------------------------------------------


def validated(serializer_class, data, **context) -> dict:
    """``data`` (query parameters or a body) checked by ``serializer_class``:
    its validated data, or a ValidationError, which the API answers with a
    400 naming the fields."""
    serializer = serializer_class(data=data, context=context)
    serializer.is_valid(raise_exception=True)
    return serializer.validated_data


def _split_codes(value: str) -> list[str]:
    return list(dict.fromkeys(c.strip() for c in value.split(",") if c.strip()))


class LanguagesQuerySerializer(serializers.Serializer):
    """``?langs=en,zh,ar``: one to six codes; none means the document's
    pivot and up to two more."""

    low, high = 1, 6
    langs = serializers.CharField(
        required=False,
        allow_blank=True,
        max_length=40,
        help_text="Comma-separated language codes, e.g. en,zh,ar.",
    )

    def validate_langs(self, value: str) -> list[str]:
        codes = _split_codes(value)
        if any(c not in LANGUAGES for c in codes) or len(codes) > self.high or (
            codes and len(codes) < self.low
        ):
            raise serializers.ValidationError(
                BAD_LANGUAGE_LIST.format(low=self.low, high=self.high)
            )
        return codes


class ExportQuerySerializer(LanguagesQuerySerializer):
    low = 2
    format = serializers.ChoiceField(
        choices=EXPORT_FORMATS,
        default="tmx",
        help_text="tmx (TMX 1.4), jsonl (JSON Lines, one row a line), txt (tab-separated).",
    )


SEARCH_TOO_SHORT = "Ensure this field has at least 2 characters (or one Chinese character)."
SEARCH_MODES = ("paragraphs", "concordance")
CONCORDANCE_SORTS = ("rank", "left", "right")


class SearchQuerySerializer(serializers.Serializer):
    q = serializers.CharField(
        max_length=200,
        help_text='Words to find, all of them (stemmed: "Recalls" finds "Recalling"); '
        '"..." for a phrase; a symbol (A/RES/75/16) also finds the paragraphs citing it.',
    )
    lang = serializers.ChoiceField(
        choices=LANGUAGES, required=False, help_text="Only paragraphs in this language."
    )
    body = serializers.CharField(required=False, max_length=8, help_text="GA, SC, ...")
    kind = serializers.ChoiceField(choices=KINDS, required=False, help_text="The document's kind.")
    session = serializers.RegexField(
        SESSION_PATTERN, required=False, help_text="A session number, or a year (four digits)."
    )
    document = serializers.CharField(
        required=False, max_length=100, help_text="Only this document (its symbol)."
    )
    mode = serializers.ChoiceField(
        choices=SEARCH_MODES, default="paragraphs",
        help_text="paragraphs (ranked hits) or concordance (one result per occurrence, "
        "with `line`).",
    )  # fmt: skip
    sort = serializers.ChoiceField(
        choices=CONCORDANCE_SORTS, default="rank",
        help_text="Concordance order: rank, or the left or right context.",
    )  # fmt: skip

    def validate_q(self, value: str) -> str:
        if not long_enough(value):
            raise serializers.ValidationError(SEARCH_TOO_SHORT)
        return value


class IngestInputSerializer(serializers.Serializer):
    """The raw text of one language version, as a multipart ``file`` or as
    ``text`` in JSON; what is not given is detected from the text."""

    file = serializers.FileField(required=False, help_text="The raw text file.")
    text = serializers.CharField(
        required=False, trim_whitespace=False, help_text="The raw text, instead of a file."
    )
    symbol = serializers.CharField(required=False, max_length=100)
    language = serializers.ChoiceField(choices=LANGUAGES, required=False)
    kind = serializers.ChoiceField(choices=KINDS, required=False)
    draft = serializers.BooleanField(default=False, help_text="Store as a draft, unpublished.")

    def validate(self, data):
        if ("file" in data) == ("text" in data):
            raise serializers.ValidationError(NEED_TEXT_OR_FILE)
        return data

    def raw_bytes(self) -> tuple[bytes, str]:
        """The uploaded bytes, verbatim, and the source name to keep."""
        data = self.validated_data
        if "file" in data:
            check_upload_size(data["file"].size)
            return data["file"].read(), data["file"].name or "upload"
        return data["text"].encode("utf-8"), "api"


class VersionIngestInputSerializer(IngestInputSerializer):
    """PUT: the symbol and language come from the URL."""

    symbol = None
    language = None

