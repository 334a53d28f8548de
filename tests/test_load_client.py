"""The load client of `make load` (bench/load.py): loopback only, and its
report (percentiles, requests/s, errors per endpoint) computed right."""

import importlib.util
from pathlib import Path

import pytest

LOAD = Path(__file__).resolve().parent.parent / "bench" / "load.py"
spec = importlib.util.spec_from_file_location("load", LOAD)
load = importlib.util.module_from_spec(spec)
spec.loader.exec_module(load)


def test_it_refuses_any_host_but_the_loopback():
    with pytest.raises(SystemExit, match="loopback"):
        load.run_clients("http://example.org:80", clients=1, duration=0.1)


def test_the_report_has_percentiles_rates_and_errors():
    latencies = {name: [] for name in load.ENDPOINTS}
    latencies["library"] = [i / 1000 for i in range(1, 101)]  # 1..100 ms
    raw = {"latencies": latencies, "errors": {"search": ["HTTP 500", "TimeoutError"]},
           "wall": 10.0}
    summary = load.summarise(raw, clients=32, duration=10, workers=2, threads=8)
    library = summary["endpoints"]["library"]
    assert (library["requests"], library["errors"], library["requests_per_s"]) == (100, 0, 10.0)
    assert (library["p50_ms"], library["p95_ms"], library["p99_ms"]) == (50.5, 95.1, 99.0)
    search = summary["endpoints"]["search"]
    assert (search["requests"], search["errors"]) == (2, 2)
    assert search["error_kinds"] == ["HTTP 500", "TimeoutError"]
    assert (summary["requests"], summary["errors"]) == (102, 2)
    table = load.table(summary)
    assert "| library | 100 | 0 | 10.0 | 50.5 | 95.1 | 99.0 |" in table
