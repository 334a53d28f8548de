"""Production settings pass Django's deployment checks with no warnings,
and refuse to start without a real secret key."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_manage(*args, **env):
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings", **env}
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=environment,
        capture_output=True, text=True, timeout=120,
    )


def test_check_deploy_passes_with_production_settings():
    result = run_manage(
        "check", "--deploy", "--fail-level", "WARNING",
        DEBUG="false", SECRET_KEY="x" * 20 + "-production-secret-key-for-tests-0123456789",
        ALLOWED_HOSTS="concord.example.org",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_missing_secret_key():
    env = {k: v for k, v in os.environ.items() if k != "SECRET_KEY"}
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": "config.settings", "DEBUG": "false"},
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


PRODUCTION = {"DEBUG": "false", "ALLOWED_HOSTS": "concord.example.org",
              "SECRET_KEY": "x" * 20 + "-production-secret-key-for-tests-0123456789"}
SHOW_DATABASE = (
    "from django.conf import settings as s; d = s.DATABASES['default']; "
    "print(d['CONN_MAX_AGE'], d['CONN_HEALTH_CHECKS'], s.CACHES['shared']['BACKEND'])"
)


def test_production_keeps_connections_with_health_checks():
    """One kept connection per worker thread, checked before reuse (a
    restarted database costs no request an error); throttling counted in
    the database cache every worker shares."""
    result = run_manage("shell", "-c", SHOW_DATABASE, **PRODUCTION)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1].split() == [
        "60", "True", "django.core.cache.backends.db.DatabaseCache"
    ]


def test_development_server_does_not_keep_connections():
    """runserver starts a thread per request: a kept connection would stay
    open behind each ("too many clients already" under 20 clients)."""
    result = run_manage("shell", "-c", SHOW_DATABASE, DEBUG="true")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1].split()[:2] == ["0", "True"]
