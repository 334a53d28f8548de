# Concord: `make run` to serve the sample library, `make test` for the suite.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install run stop psql test lint bench load clean

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.lock
	touch $(STAMP)

install: $(STAMP)

# With DATABASE_URL unset, `make run` owns the embedded PostgreSQL under
# var/pgdata (config/embedded_db.py): started first (again, if it had died),
# watched while the server runs, stopped when the server stops (Ctrl-C) or
# by `make stop`.
EMBEDDED_DB := $(PY) -m config.embedded_db
RUN_ADDRESS ?= 127.0.0.1:8000

run: install
	$(EMBEDDED_DB) start
	$(PY) manage.py migrate --noinput
	$(PY) manage.py createcachetable
	$(PY) manage.py load_sample_corpus
	$(PY) manage.py find_series
	$(PY) manage.py rebuild_search_index
	$(EMBEDDED_DB) serve -- $(PY) manage.py runserver $(RUN_ADDRESS)

# Stop the embedded PostgreSQL (a `make run` using it stops with it).
stop:
	@$(EMBEDDED_DB) stop

# psql on the embedded PostgreSQL (started if it is not running).
psql: install
	@$(EMBEDDED_DB) psql

test: install
	$(PY) -m pytest

lint: install
	$(VENV)/bin/ruff check .

bench: install
	$(PY) benchmarks/run.py

# 32 clients for 30 s against gunicorn with production settings (loopback only)
load: install
	$(PY) bench/load.py

# Refuses while the embedded PostgreSQL runs: its files would go from under it.
clean:
	@if [ -d var/pgdata ] && $(if $(wildcard $(PY)),$(PY),$(PYTHON)) -m config.embedded_db status >/dev/null; then \
		echo "make clean: the embedded PostgreSQL (var/pgdata) is running; run 'make stop' first" >&2; \
		exit 1; \
	fi
	rm -rf $(VENV) var staticfiles .pytest_cache
