"""Python's cyclic garbage collector held off while a page is built.

A page of 1,000 rows makes some 70,000 short-lived dicts, lists and tuples,
all freed by reference counting once the page is written. While they live,
the collector runs a hundred young collections over them and, as they seem
to last, a full one over the whole process (Django's heap included): a
quarter of the render's CPU time (profiled at 1,000 paragraphs x 3: 67 of
239 ms). So the reading view builds its page inside ``paused()``.

Pauses of several threads of a worker count: the collector comes back when
the last one ends, and only if it was on before the first. Under a steady
load the threads' pauses may overlap without end; so when the collector has
been held off ``HOLD_LIMIT`` seconds, the page that ends then runs a
young collection itself (what the pauses allocated is all young: nothing
is promoted while the collector is off), and a full one every
``FULL_EVERY`` seconds, so cyclic garbage never piles up. (gunicorn's workers
also freeze what they loaded before their first request, ``gc.freeze`` in
``config/gunicorn.py``, so a full collection does not walk Django's heap.)
"""

from __future__ import annotations

import gc
import threading
import time
from contextlib import contextmanager

HOLD_LIMIT = 2.0  # seconds the collector may stay off under overlapping pauses
FULL_EVERY = 30.0  # seconds between full collections under overlapping pauses

_lock = threading.Lock()
_pauses = 0
_resume = False
_held_since = 0.0
_last_full = 0.0  # so the first collection under overlapping pauses is a full one


@contextmanager
def paused():
    """Hold the collector off for the block (see the module's docstring).
    It is the process's collector: the worker's other threads go without
    it too while a page is built, for no longer than the build lasts, and
    at most ``HOLD_LIMIT`` seconds between collections."""
    global _pauses, _resume, _held_since, _last_full
    with _lock:
        if _pauses == 0:
            _resume = gc.isenabled()
            _held_since = time.monotonic()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        generation = None
        with _lock:
            _pauses -= 1
            now = time.monotonic()
            if _pauses == 0:
                if _resume:
                    gc.enable()
            elif _resume and now - _held_since > HOLD_LIMIT:
                _held_since = now
                generation = 1
                if now - _last_full > FULL_EVERY:
                    _last_full, generation = now, 2
        if generation is not None:
            gc.collect(generation)
