"""Compile the interface's message catalogues (locale/*/LC_MESSAGES/django.po)
into the .mo files Django reads, in pure Python (polib): no GNU gettext is
needed at run time, in CI or here.

    .venv/bin/python locale/compile_messages.py          # write every .mo
    .venv/bin/python locale/compile_messages.py --check  # exit 1 if one is stale

To add strings: mark them ({% translate %}, gettext), then (GNU gettext's
xgettext installed, on a developer's machine only)

    DATABASE_URL=postgres://x@localhost/x .venv/bin/python manage.py makemessages \\
        -l ar -l zh_Hans -l fr -l ru -l es --no-location \\
        --ignore=.venv --ignore=var --ignore=staticfiles --ignore=tests --ignore=bench

translate the new entries in each django.po and run this script.
"""

from __future__ import annotations

import sys
from pathlib import Path

import polib

LOCALE_DIR = Path(__file__).resolve().parent


def catalogues() -> list[Path]:
    return sorted(LOCALE_DIR.glob("*/LC_MESSAGES/django.po"))


def compiled(po_path: Path) -> bytes:
    """The .mo bytes of a catalogue (untranslated and fuzzy entries left out,
    as msgfmt does)."""
    catalogue = polib.pofile(str(po_path))
    kept = polib.POFile()
    kept.metadata = catalogue.metadata
    for entry in catalogue:
        if entry.translated() and not entry.obsolete:
            kept.append(entry)
    return kept.to_binary()


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    for po_path in catalogues():
        mo_path = po_path.with_suffix(".mo")
        data = compiled(po_path)
        if check:
            if not mo_path.exists() or mo_path.read_bytes() != data:
                stale.append(str(mo_path))
        else:
            mo_path.write_bytes(data)
            print(f"{mo_path.relative_to(LOCALE_DIR.parent)}: {len(data)} bytes")
    if stale:
        print("stale, run locale/compile_messages.py:", *stale, sep="\n  ")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
