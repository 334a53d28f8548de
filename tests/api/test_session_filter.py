"""The session filter of the document list takes a session number or a
year, and refuses the rest with a 400 that says so: never a 500."""

import pytest

from documents.api.filters import SESSION_FORMAT


@pytest.mark.parametrize("session", ["0", "00", "0000", "abc", "12345", "-1", "7.5"])
def test_a_session_that_is_no_session_or_year_is_a_400(api, db, session):
    """Year 0 included: a date lookup on it raised ValueError (a 500),
    found by schemathesis."""
    response = api.get("/api/v1/documents/", {"session": session})
    assert response.status_code == 400, response.content
    assert SESSION_FORMAT in response.json()["errors"]["session"]


@pytest.mark.parametrize("session, expected", [("76", ["A/RES/76/1"]), ("2021", ["A/RES/76/1"]),
                                               ("0076", ["A/RES/76/1"]), ("75", [])])
def test_a_session_number_or_a_year_filters(api, make_version, session, expected):
    make_version("A/RES/76/1", "en", [("operative", "1", "Decides.")], session=76,
                 date="2021-09-14")
    response = api.get("/api/v1/documents/", {"session": session})
    assert response.status_code == 200
    assert [d["symbol"] for d in response.json()["results"]] == expected
