"""Property tests through the service, not only the parser: whatever odd or
over-long values a text holds (names, delegations, numbers, dates, agenda
items), ``ingest_version`` either stores the whole version or raises an
``IngestError`` that says what is wrong, and then the database is as it was.
Never a DataError, an IntegrityError or any other traceback."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from documents.ingest.errors import IngestError
from documents.models import Attendance, Document, Paragraph, SpeakerTurn, Version
from documents.services import ingest_version

RECORD = """United Nations A/68/PV.5

General Assembly
Sixty-eighth session
{meeting} plenary meeting
Tuesday, {date}, 9 a.m.
New York
Official Records

President: Mr. {president} ....... ({president_delegation})

The meeting was called to order at {opened}.

Agenda item {agenda} (continued)

The President: I now give the floor to the representative of {delegation}.

Mr. {speaker} ({delegation}){spoke}: {speech}

The President: I thank the representative.

The meeting rose at 1 p.m.
"""

RESOLUTION = """Distr.: General
{date}

Seventy-fifth session
Agenda item {agenda}

Resolution adopted by the General Assembly on {date}

75/{number}. {title}

The General Assembly,

Recalling its resolution 74/4,

{operative}. {speech}

2. Decides to remain seized of the matter.

30th plenary meeting
{date}
"""

# names as printed in records, up to far longer than any real one
names = st.text(
    alphabet=st.characters(codec="utf-8", exclude_characters="\x00\n\r():"),
    min_size=1,
    max_size=600,
).map(str.strip).filter(bool)
numbers = st.one_of(st.integers(0, 999), st.integers(10**9, 10**30)).map(str)
dates = st.sampled_from(
    ["24 September 2013", "31 February 2013", "0 March 0000", "99 December 99999", ""]
)
times = st.sampled_from(["9.05 a.m.", "25.70 p.m.", "99 a.m.", "noon", ""])


def corpus_counts() -> tuple[int, ...]:
    return tuple(
        model.objects.count()
        for model in (Document, Version, Paragraph, SpeakerTurn, Attendance)
    )


def ingest_or_refuse(raw: str, **given) -> None:
    """The property: stored whole, or refused with IngestError and nothing written."""
    before = corpus_counts()
    try:
        ingest_version(raw=raw.encode("utf-8"), replace=True, align=False, **given)
    except IngestError as error:
        assert str(error)  # a message a curator reads
        assert corpus_counts() == before


PROPERTY_SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.mark.django_db
@PROPERTY_SETTINGS
@given(
    president=names, president_delegation=names, speaker=names, delegation=names,
    speech=names, meeting=numbers, agenda=names, date=dates, opened=times,
    spoke=st.sampled_from(["", " (spoke in French)", " (spoke in Klingon)"]),
)
def test_any_record_is_stored_whole_or_refused_cleanly(**values):
    ingest_or_refuse(RECORD.format(**values))


@pytest.mark.django_db
@PROPERTY_SETTINGS
@given(
    title=names, agenda=names, date=dates, number=numbers, operative=numbers, speech=names,
)
def test_any_resolution_is_stored_whole_or_refused_cleanly(**values):
    ingest_or_refuse(RESOLUTION.format(**values), language="en")


@pytest.mark.django_db
def test_an_overlong_delegation_is_refused_naming_its_line():
    """The crash of the real GA records: a delegation longer than the column."""
    delegation = "Republic of " + "Very Long Name " * 30
    raw = RECORD.format(
        president="Ashe", president_delegation="Antigua and Barbuda", speaker="Rutte",
        delegation=delegation, speech="We support the resolution.", meeting="5th",
        agenda="8", date="24 September 2013", opened="9.05 a.m.", spoke="",
    )
    before = corpus_counts()
    with pytest.raises(IngestError, match=r"^line \d+: a speaker's delegation is \d+ characters"):
        ingest_version(raw=raw.encode("utf-8"), align=False)
    assert corpus_counts() == before


@pytest.mark.django_db
def test_a_long_real_delegation_name_is_stored():
    """Names as long as real ones print are kept whole, not cut."""
    delegation = "United Kingdom of Great Britain and Northern Ireland, speaking on behalf of " \
        "the European Union and its member States, the candidate countries and others"
    raw = RECORD.format(
        president="Ashe", president_delegation="Antigua and Barbuda", speaker="Grant",
        delegation=delegation, speech="We support the resolution.", meeting="5th",
        agenda="8", date="24 September 2013", opened="9.05 a.m.", spoke="",
    )
    ingest_version(raw=raw.encode("utf-8"), align=False)
    assert SpeakerTurn.objects.filter(delegation_printed=delegation).exists()
