"""Settings for the test suite: a throwaway embedded cluster unless
DATABASE_URL is set."""

import os

os.environ.setdefault("DEBUG", "true")

if not os.environ.get("DATABASE_URL"):
    from config.embedded_db import embedded_database_url

    os.environ["DATABASE_URL"] = embedded_database_url()

from config.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# the suite is one client making thousands of requests: throttle tests set
# their own rates
THROTTLE_RATES = dict.fromkeys(THROTTLE_RATES, "1000000/minute")  # noqa: F405

# a throwaway search index per run (none until a test builds one: searches
# fall back to the database)
import tempfile  # noqa: E402

SEARCH_INDEX_DIR = Path(tempfile.mkdtemp(prefix="concord-search-")) / "index"  # noqa: F405

# every request reads its document's stamp (tests run many documents of the
# same symbol within a second); tests/web/test_page_stamps.py turns it on
PAGE_STAMP_SECONDS = 0
# no background thread writing to the cache outside a test's transaction:
# tests call page_cache.refine themselves
PAGE_REFINE = False
