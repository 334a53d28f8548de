"""Concord settings, read from the environment in this one place.

Local defaults are safe for development (DEBUG on, embedded PostgreSQL under
var/). With DEBUG off the settings harden themselves for production and
refuse to start without a real SECRET_KEY.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", True)
_DEV_SECRET = "dev-only-insecure-key-do-not-use-in-production"
SECRET_KEY = os.environ.get("SECRET_KEY", _DEV_SECRET if DEBUG else "")
if not DEBUG and (not SECRET_KEY or SECRET_KEY == _DEV_SECRET or len(SECRET_KEY) < 50):
    raise ImproperlyConfigured("SECRET_KEY must be set to a long random value when DEBUG is off")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "documents",
    "alignment",
    "simple_history",  # history of documents, versions, paragraphs, links
    "curation",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "config.middleware.ContentSecurityPolicyMiddleware",
    "config.middleware.DatabaseUnavailableMiddleware",
    "config.middleware.RequestLimitsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "config.middleware.ThrottleMiddleware",
    # X-Frame-Options for every response, cached pages included
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # cached reading pages answered here, before sessions, locale, CSRF, URLs
    "documents.web.page_cache_middleware.CachedPagesMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",  # the interface in the reader's language
    "django.middleware.common.CommonMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",  # who changed it, in the admin
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]


# Seconds a worker keeps its database connection for the next request. Each
# gunicorn worker (thread) holds at most one, so the app holds at most
# workers x threads connections: keep that under PostgreSQL's
# max_connections (100 by default). Off (0) under DEBUG: runserver starts a
# thread per request, and each would leave its connection open behind it.
# Health checks test a kept connection before reuse, so a restarted database
# costs no request an error.
CONN_MAX_AGE = int(os.environ.get("CONN_MAX_AGE", "0" if DEBUG else "60"))


def database_config() -> dict:
    """DATABASE_URL when given, else the embedded cluster under var/pgdata."""
    url = os.environ.get("DATABASE_URL")
    if not url:
        from config.embedded_db import EmbeddedDatabaseError, embedded_database_url

        try:
            url = embedded_database_url(BASE_DIR / "var" / "pgdata")
        except EmbeddedDatabaseError as error:  # one line, not a traceback
            raise SystemExit(f"concord: {error}") from None
    config = dj_database_url.parse(
        url, conn_max_age=CONN_MAX_AGE, conn_health_checks=True
    )
    if config["ENGINE"] != "django.db.backends.postgresql":
        raise ImproperlyConfigured("Concord runs on PostgreSQL only; DATABASE_URL must be postgres://")
    return config


DATABASES = {"default": database_config()}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# "default" holds rendered pages, per process (their keys change whenever
# what they show does). "shared" is the one every worker sees, in the
# database (`manage.py createcachetable` makes its table): request counters
# for throttling.


def pages_cache(url: str) -> dict:
    """Where rendered reading-view pages are kept, compressed, for every
    worker: PostgreSQL (Django's database cache, ``createcachetable``) when
    CACHE_URL is unset; ``redis://host:6379/0`` (or ``rediss://``) for Redis;
    ``memcached://host:11211`` for Memcached (needs pymemcache). Entries are
    keyed by the document's freshness stamp, so they never need deleting:
    old ones expire or are culled."""
    options = {"TIMEOUT": 7 * 24 * 3600}
    if url.startswith(("redis://", "rediss://")):
        return {**options, "BACKEND": "django.core.cache.backends.redis.RedisCache",
                "LOCATION": url}
    if url.startswith("memcached://"):
        return {**options, "BACKEND": "django.core.cache.backends.memcached.PyMemcacheCache",
                "LOCATION": url.removeprefix("memcached://")}
    if url:
        raise ImproperlyConfigured(f"CACHE_URL must start with redis://, rediss:// or "
                                   f"memcached://, not {url.split(':', 1)[0]!r}")
    return {**options, "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "concord_page_cache",
            "OPTIONS": {"MAX_ENTRIES": 50000, "CULL_FREQUENCY": 4}}


CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "concord",
        "TIMEOUT": 3600,
    },
    "pages": pages_cache(os.environ.get("CACHE_URL", "").strip()),
    "shared": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "concord_shared_cache",
        "TIMEOUT": 3600,
        "OPTIONS": {"MAX_ENTRIES": 20000},
    },
}

# How long a worker trusts a document's freshness stamp it read for a cached
# reading-view page (documents.web.page_cache.RecentStamps): a write by
# another worker shows that much later; by this worker, at once.
PAGE_STAMP_SECONDS = float(os.environ.get("PAGE_STAMP_SECONDS", "1"))
# A page stored fast by a miss is compressed again at the best level (gzip 9,
# brotli 11, as whitenoise does static files) in a background thread of the
# worker that serves it (documents.web.page_cache.Refiner).
PAGE_REFINE = env_bool("PAGE_REFINE", True)

# The search index (Tantivy, documents/searchindex/) beside PostgreSQL, which
# stays the system of record: built by `manage.py rebuild_search_index`,
# updated by the services after each commit. SEARCH_FRESHNESS_SECONDS: how
# long a process trusts its last check that the index matches the database;
# SEARCH_INDEX_LOCK_TIMEOUT: how long a writer waits for the index's lock.
SEARCH_INDEX_DIR = Path(os.environ.get("SEARCH_INDEX_DIR", BASE_DIR / "var" / "search"))
SEARCH_FRESHNESS_SECONDS = float(os.environ.get("SEARCH_FRESHNESS_SECONDS", "2"))
SEARCH_INDEX_LOCK_TIMEOUT = float(os.environ.get("SEARCH_INDEX_LOCK_TIMEOUT", "30"))

# Requests per client (address) and window, counted in the shared cache:
# the reading room's pages, anonymous API reads, and searches (/search/ and
# the search API together), which cost far more than a page.
THROTTLE_RATES = {
    "pages": os.environ.get("PAGE_RATE", "600/minute"),
    "anon": os.environ.get("API_ANON_RATE", "600/minute"),
    "search": os.environ.get("SEARCH_RATE", "60/minute"),
}

LANGUAGE_CODE = "en"
# the interface in the six UN languages (catalogues in locale/, compiled
# with locale/compile_messages.py); Chinese as zh-hans for Django's own formats
LANGUAGES = [
    ("ar", "العربية"), ("zh-hans", "中文"), ("en", "English"),
    ("fr", "Français"), ("ru", "Русский"), ("es", "Español"),
]  # fmt: skip
LOCALE_PATHS = [BASE_DIR / "locale"]
LANGUAGE_COOKIE_AGE = 365 * 24 * 60 * 60  # the reader's choice, remembered a year
LANGUAGE_COOKIE_SAMESITE = "Lax"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Upload limits: a raw UN text is at most a few megabytes (5 MB, checked by
# the ingest service); a request body of any kind at most MAX_REQUEST_BODY
# (413 beyond, before it is read).
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
MAX_REQUEST_BODY = DATA_UPLOAD_MAX_MEMORY_SIZE

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["documents.api.permissions.CuratorWriteOrReadOnly"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_FILTER_BACKENDS": [
        "django_filters.rest_framework.DjangoFilterBackend",
        "rest_framework.filters.OrderingFilter",
    ],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_PARSER_CLASSES": [
        "documents.api.parsers.LimitedJSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    "DEFAULT_THROTTLE_CLASSES": ["documents.api.throttling.AnonReadThrottle"],
    # clients are told apart by REMOTE_ADDR; behind N proxies that append to
    # X-Forwarded-For, set TRUSTED_PROXIES=N (never trust the header blindly)
    "NUM_PROXIES": int(os.environ.get("TRUSTED_PROXIES", "0")),
    "EXCEPTION_HANDLER": "documents.api.errors.exception_handler",
}

SPECTACULAR_SETTINGS = {
    "TITLE": "Concord API",
    "DESCRIPTION": "UN documents in six languages: versions, paragraphs, alignment, exports.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "documents.api.schema.add_common_responses",
    ],
}

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; "
    "form-action 'self'; object-src 'none'"
)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    # secure cookies wherever HTTPS is enforced; trying it over plain HTTP
    # (SECURE_SSL_REDIRECT=false) must still let the admin log in
    SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", SECURE_SSL_REDIRECT)
    CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
    LANGUAGE_COOKIE_SECURE = SESSION_COOKIE_SECURE

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    # Django's own loggers print through the root handler only (else each
    # line of runserver comes out twice)
    "loggers": {
        "django": {"handlers": [], "propagate": True},
        "django.server": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}
