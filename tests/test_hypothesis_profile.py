"""Property tests are reproducible in CI: with CI=true the "ci" Hypothesis
profile (derandomized, no example database) is the default every property
test inherits; without it, each run explores new examples."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBE = (
    "import tests.conftest; from hypothesis import settings; "
    "print(settings.default.derandomize, settings.default.database)"
)


def default_profile(**env) -> str:
    environment = {k: v for k, v in os.environ.items() if k != "CI"}
    result = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, env={**environment, **env},
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_ci_runs_property_tests_derandomized():
    assert default_profile(CI="true") == "True None"


def test_local_runs_explore():
    assert default_profile().startswith("False")
