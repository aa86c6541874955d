# coopdev: the two commands of the README are `make run` and `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV ?= .venv
PY := $(VENV)/bin/python
COOPDEV := $(VENV)/bin/coopdev
export COOPDEV_DATA_DIR ?= $(CURDIR)/var
# The PostgreSQL server the suite also runs on when reachable (CI insists on it).
PG_TEST_URL ?= $(or $(TEST_DATABASE_URL),postgres://postgres@127.0.0.1:5432/postgres)

.PHONY: help run test install install-test lint typecheck migrations-check pytest pytest-sqlite pytest-postgres browser bench clean

help:
	@echo "make run    - install, migrate, load demo data when empty, serve on http://127.0.0.1:8000 (web + worker)"
	@echo "make test   - install test needs (incl. Chromium), lint, type-check, migrations check, pytest on SQLite and PostgreSQL"
	@echo "make bench  - run the benchmarks in bench/"

$(VENV)/.installed: pyproject.toml
	@test -x $(PY) || "$$(scripts/find-python)" -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

run: install
	$(COOPDEV) serve --host 127.0.0.1 --port 8000

# Debian's chromium for the browser tests; installed when missing and we may (root or passwordless sudo).
browser:
	@if command -v chromium >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ]; then (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null; \
	elif sudo -n true 2>/dev/null; then (sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null; \
	else echo "chromium is missing and cannot be installed here: browser tests will be skipped"; fi

lint: install-test
	$(VENV)/bin/ruff check src bench
	$(VENV)/bin/ruff format --check src bench

typecheck: install-test
	$(VENV)/bin/mypy src/coopdev

migrations-check: install-test
	$(COOPDEV) makemigrations --check --dry-run

pytest-sqlite: install-test browser
	@echo "== pytest on SQLite =="
	env -u DATABASE_URL $(VENV)/bin/pytest -p no:cacheprovider $(PYTEST_ARGS)

pytest-postgres: install-test browser
	@if $(PY) scripts/pg-reachable "$(PG_TEST_URL)"; then \
	  echo "== pytest on PostgreSQL ($(PG_TEST_URL)) =="; \
	  DATABASE_URL="$(PG_TEST_URL)" $(VENV)/bin/pytest -p no:cacheprovider $(PYTEST_ARGS); \
	elif [ -n "$$COOPDEV_REQUIRE_POSTGRES" ]; then \
	  echo "PostgreSQL is required (COOPDEV_REQUIRE_POSTGRES) but $(PG_TEST_URL) is not reachable"; exit 1; \
	else echo "== PostgreSQL not reachable at $(PG_TEST_URL): PostgreSQL run skipped =="; fi

pytest: pytest-sqlite pytest-postgres

test: lint typecheck migrations-check pytest

bench: install-test
	$(PY) bench/run.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) var .mypy_cache .ruff_cache
