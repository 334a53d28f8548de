"""Delegations as one entity across records and languages.

``DELEGATION_NAMES`` is data, kept in ``documents/data/delegations.json`` and
loaded once at import: one object per key, the key being the ISO 3166-1
alpha-3 code of a State or an acronym for an organization (EU, AU, OIC, LAS,
OIF, ...), mapping each language (ar, zh, en, fr, ru, es) to the names UN
records print for it, most usual first.

Where the names come from: for the 193 Member States and the two observer
States, the UNTERM short names (the names of the UN Member States list) in the
six languages, without UNTERM's trailing article ("Afghanistan (l')" is printed
"Afghanistan"); after them, forms records also print: short forms of long names
("United Kingdom", "联合王国") and earlier official short names still found in
older records ("Turkey", "Czech Republic", "Swaziland"). Organizations carry the
names UN documents use for them. A language whose form is not known for certain
is left out rather than guessed: the name then still groups by itself.

To add a name, append it to the list of its key and language in the JSON file
(add the language if missing, or a new key object for a new delegation);
``tests/test_delegations.py`` checks that every key has en, fr and es names and
that no name, once normalised by ``normalise_name``, belongs to two keys.

A delegation not in the table becomes its own entity keyed by its printed name,
so it still groups across records of the same language.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from pathlib import Path

from documents.ingest.limits import DELEGATION_KEY_LENGTH
from documents.models import Delegation

DATA_FILE = Path(__file__).resolve().parent / "data" / "delegations.json"

# key: {language: [names as printed, most usual first]}
DELEGATION_NAMES: dict[str, dict[str, list[str]]] = json.loads(
    DATA_FILE.read_text(encoding="utf-8")
)


def normalise_name(name: str) -> str:
    """Case-, accent-, bracket-, apostrophe- and space-insensitive form of a name.

    Apostrophes of any kind (' ’ ‘ ʼ `) count as a space, so "Côte d’Ivoire",
    "Cote d'Ivoire" and "CÔTE DʼIVOIRE" are one name.
    """
    name = unicodedata.normalize("NFKC", name).strip().strip("()（）").casefold()
    name = "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))
    return re.sub(r"[\s’'‘ʼ`′]+", " ", name).strip()


_BY_NAME: dict[str, str] = {
    normalise_name(printed): key
    for key, languages in DELEGATION_NAMES.items()
    for names in languages.values()
    for printed in names
}


def delegation_key(printed: str, language: str) -> str:
    """The language-independent key of a printed delegation name."""
    normalised = normalise_name(printed)
    key = _BY_NAME.get(normalised) or f"{language}:{normalised}"
    if len(key) > DELEGATION_KEY_LENGTH:  # a long printed name: cut, kept unique by a digest
        digest = hashlib.sha256(key.encode()).hexdigest()[:16]
        key = f"{key[: DELEGATION_KEY_LENGTH - len(digest) - 1]}#{digest}"
    return key


def delegation_for(printed: str, language: str) -> Delegation | None:
    """The Delegation entity for a printed name, created on first sight."""
    if not printed.strip():
        return None
    key = delegation_key(printed, language)
    delegation, created = Delegation.objects.get_or_create(
        key=key,
        defaults={"names": {language: printed.strip()}},
    )
    if not created and language not in delegation.names:
        delegation.names = {**delegation.names, language: printed.strip()}
        delegation.save(update_fields=["names"])
    return delegation
