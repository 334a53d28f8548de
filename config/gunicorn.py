"""gunicorn settings: ``gunicorn -c config/gunicorn.py config.wsgi:application``.

Threaded workers (gthread), so a slow request (a search, a long reading
view) does not hold a whole process, and 32 concurrent clients are served
by WEB_WORKERS x WEB_THREADS threads instead of queueing behind a few.
Each thread keeps one database connection (CONN_MAX_AGE), so the app holds
at most WEB_WORKERS x WEB_THREADS connections: keep that under PostgreSQL's
max_connections (100 by default), with room for migrations and psql.

WEB_TIMEOUT is the longest a request may take before its worker is
restarted (gunicorn's default, 30 s, is short for ingesting a 5 MB text).
"""

import os

bind = os.environ.get("WEB_BIND", "0.0.0.0:8000")
workers = int(os.environ.get("WEB_WORKERS", "2"))
threads = int(os.environ.get("WEB_THREADS", "8"))
worker_class = "gthread"
timeout = int(os.environ.get("WEB_TIMEOUT", "120"))
graceful_timeout = 30
keepalive = 5
# recycle workers now and then, a little apart, so none grows forever (a
# cached page takes about a millisecond: 5,000 was a restart every few seconds)
max_requests = 50000
max_requests_jitter = 5000
accesslog = os.environ.get("WEB_ACCESS_LOG") or None


def post_worker_init(worker):
    """Load what every request needs before the first one (the URLconf and
    the views it imports, the interface catalogues) and freeze it with
    Django: it lives as long as the worker, and the garbage collector's
    full collections no longer walk it."""
    import gc

    from django.conf import settings
    from django.urls import get_resolver
    from django.utils import translation

    get_resolver().resolve("/")  # imports the URLconf and its views
    for code, _name in settings.LANGUAGES:
        with translation.override(code):  # activating a language loads its catalogue
            translation.gettext("Cite")
    gc.collect()
    gc.freeze()
