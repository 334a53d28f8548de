"""Large documents: how long ``documents.services.ingest_version`` takes for
a resolution as large as the ingest admits (5 MB, about 100,000 paragraphs)
and for its Chinese translation, against gunicorn's request timeout
(``WEB_TIMEOUT`` in config/gunicorn.py), on a throwaway embedded PostgreSQL.

The texts are A/RES/75/16's own head and signature around N short
paragraphs made of the sample's words, filled to just under the 5 MB limit
(documents.ingest.decode.MAX_BYTES): 999 numbered operative paragraphs, the
rest preambular (see ``synthetic_resolution``). For each N it reports,
in seconds: the pure parse of the text, then its ingest: the English one
(parse, checks, store; no other version to align with yet), then the
Chinese one (parse, checks, store, and alignment with the English). With
``--profile`` the largest size's ingests run again under cProfile and the
top costs are printed (cProfile slows them down; the times above are
untraced).

Run by hand, not by `make bench`: it takes ten minutes and more::

    .venv/bin/python benchmarks/large_ingest.py              # 100,000 paragraphs
    LARGE_INGEST_SIZES=10000,30000,100000 \
        .venv/bin/python benchmarks/large_ingest.py --profile
"""

from __future__ import annotations

import cProfile
import io
import os
import pstats
import random
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.test_settings")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

from documents.ingest.decode import MAX_BYTES  # noqa: E402
from documents.ingest.pipeline import parse_version  # noqa: E402
from documents.sample_corpus import SAMPLE_CORPUS_DIR  # noqa: E402

SYMBOL = "A/RES/75/16"
# Where the sample's preamble starts and where its signature starts.
PREAMBLE_INTRO = {"en": "The General Assembly,\n", "zh": "大会，\n"}
SIGNATURE = {"en": "*30th plenary", "zh": "2020年11月23日\n第30次全体会议"}
# The parser reads operative numbers of one to three digits (a paragraph
# numbered 1000 is "other"), so the text holds at most 999 operative
# paragraphs and the rest are preambular: aligned by the banded programme,
# the costlier path, not by number.
MAX_OPERATIVES = 999
# (preambular opening, preambular ending, operative opening, operative ending)
WORDING = {
    "en": ("*Recalling* the", ",", "*Requests* the", ";"),
    "zh": ("回顾", "，", "**请**", "；"),
}
WORD = {"en": re.compile(r"[A-Za-z]{2,}"), "zh": re.compile(r"[\u4e00-\u9fff]")}


def gunicorn_timeout() -> int:
    """WEB_TIMEOUT as config/gunicorn.py reads it."""
    settings: dict = {}
    exec((Path(__file__).resolve().parent.parent / "config" / "gunicorn.py").read_text(), settings)
    return settings["timeout"]


def synthetic_resolution(language: str, paragraphs: int, *, seed: int = 0) -> bytes:
    """A/RES/75/16 in ``language`` with its preamble and operative part
    replaced by ``paragraphs`` short paragraphs made of the sample's words
    (or characters): the last ``MAX_OPERATIVES`` (at most) numbered
    operative paragraphs, the others preambular; filled to just under the
    ingest's 5 MB limit."""
    text = (SAMPLE_CORPUS_DIR / f"A-RES-75-16.{language}.txt").read_text(encoding="utf-8")
    intro = text.index(PREAMBLE_INTRO[language]) + len(PREAMBLE_INTRO[language])
    head, tail = text[:intro], text[text.rindex(SIGNATURE[language]):]
    words = WORD[language].findall(text)
    joiner = " " if language == "en" else ""
    bytes_a_character = 1 if language == "en" else 3
    rng = random.Random(seed)
    budget = MAX_BYTES - len((head + tail).encode()) - 1024
    room = (budget // paragraphs - len("\n\n")) // bytes_a_character
    pp_open, pp_end, op_open, op_end = WORDING[language]
    operatives = min(MAX_OPERATIVES, paragraphs // 2)
    body = []
    for index in range(paragraphs):
        number = index - (paragraphs - operatives) + 1
        opening, end = (op_open, op_end) if number > 0 else (pp_open, pp_end)
        if number > 0:
            opening = f"{number}. {opening}"
        picked, size = [], len(opening) + len(end) + 1
        while size < room:
            word = rng.choice(words)
            picked.append(word)
            size += len(word) + len(joiner)
        body.append(f"{opening} {joiner.join(picked)}"[: room - len(end)] + end)
    body[-1] = body[-1][: -len(op_end)] + ("." if language == "en" else "。")
    raw = (head + "\n" + "\n\n".join(body) + "\n\n" + tail).encode()
    assert len(raw) <= MAX_BYTES, (len(raw), MAX_BYTES)
    return raw


def ingest(raw: bytes, language: str):
    from documents import services

    return services.ingest_version(
        raw=raw, symbol=SYMBOL, language=language, source_name=f"synthetic.{language}.txt"
    )


def timed(function, *args):
    started = time.perf_counter()
    result = function(*args)
    return result, time.perf_counter() - started


def profiled(function, *args, top: int = 20) -> None:
    profile = cProfile.Profile()
    profile.enable()
    function(*args)
    profile.disable()
    for order in ("cumulative", "tottime"):
        out = io.StringIO()
        pstats.Stats(profile, stream=out).strip_dirs().sort_stats(order).print_stats(top)
        report = out.getvalue()
        print(f"--- top {top} by {order}")
        print(report[report.index("ncalls"):].rstrip())


def delete_document() -> None:
    from documents.models import Document

    Document.objects.filter(symbol=SYMBOL).delete()


def main() -> int:
    sizes = [int(s) for s in os.environ.get("LARGE_INGEST_SIZES", "100000").split(",")]
    timeout = gunicorn_timeout()
    setup_test_environment()
    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0)
    try:
        print(f"gunicorn request timeout (WEB_TIMEOUT): {timeout} s")
        print(
            f"{'paragraphs':>10} {'lang':>4} {'MB':>5} {'parse s':>8} {'ingest s':>9}"
            f" {'stored':>8} {'warnings':>8}  within timeout"
        )
        for size in sizes:
            delete_document()
            for language in ("en", "zh"):
                raw = synthetic_resolution(language, size)
                parsed, parse_seconds = timed(
                    lambda raw=raw, language=language: parse_version(
                        raw, symbol=SYMBOL, language=language
                    )
                )
                result, seconds = timed(ingest, raw, language)
                print(
                    f"{size:>10} {language:>4} {len(raw) / 2**20:>5.2f} {parse_seconds:>8.1f}"
                    f" {seconds:>9.1f} {result.paragraphs:>8} {len(result.warnings):>8}"
                    f"  {'yes' if seconds < timeout else 'NO'}",
                    flush=True,
                )
                del parsed
        if "--profile" in sys.argv:
            size = sizes[-1]
            delete_document()
            for language in ("en", "zh"):
                print(f"\n=== cProfile: ingest_version, {size} paragraphs, {language}")
                profiled(ingest, synthetic_resolution(language, size), language)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
