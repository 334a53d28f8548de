"""An embedded PostgreSQL for development and tests (the pgserver package).

Used only when DATABASE_URL is unset: `make run` keeps its cluster under
var/pgdata and leaves it running between commands; the test suite makes a
throwaway cluster in a temporary directory that is removed at exit.
"""

from __future__ import annotations

import tempfile
from pathlib import Path


def embedded_database_url(data_dir: Path | None = None) -> str:
    """Start (or reuse) an embedded cluster and return its psycopg URL.

    With no ``data_dir`` the cluster is throwaway: created in a temporary
    directory and deleted when the process exits.
    """
    import pgserver

    if data_dir is None:
        data_dir = Path(tempfile.mkdtemp(prefix="concord-test-pg-"))
        server = pgserver.get_server(data_dir, cleanup_mode="delete")
    else:
        data_dir.mkdir(parents=True, exist_ok=True)
        server = pgserver.get_server(data_dir, cleanup_mode=None)
    return server.get_uri()
