# OSH Program Management System
#   make run    install what is missing, migrate, (build the web app,) serve on http://127.0.0.1:8000
#   make test   lint, types, and every test on SQLite and on PostgreSQL
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PYTEST_WORKERS ?= 2

.PHONY: run test lint types test-sqlite test-postgres test-api clean frontend-build

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP) frontend-build
	OSH_STATIC_DIR=$${OSH_STATIC_DIR:-frontend/dist} $(BIN)/python -m osh serve

# The web app is built when its sources changed (and only if it exists).
frontend-build:
	@if [ -f frontend/package.json ]; then $(MAKE) --no-print-directory -C frontend build-if-changed; fi

lint: $(STAMP)
	$(BIN)/ruff check backend tests bench
	$(BIN)/ruff format --check backend tests bench
	@if [ -f frontend/package.json ]; then $(MAKE) --no-print-directory -C frontend lint; fi

types: $(STAMP)
	$(BIN)/mypy
	$(BIN)/mypy --strict bench/run.py

test-sqlite: $(STAMP)
	$(BIN)/pytest -n $(PYTEST_WORKERS) --db sqlite

test-postgres: $(STAMP)
	$(BIN)/pytest -n $(PYTEST_WORKERS) --db postgres

test-api: test-sqlite test-postgres

test: lint types test-api
	@if [ -f frontend/package.json ]; then $(MAKE) --no-print-directory -C frontend test; fi

clean:
	rm -rf $(VENV) data .pytest_cache .mypy_cache .ruff_cache

# Generated data and benchmarks (`make test` runs only the quick mode, through tests/test_datagen.py)
#   make datagen [SCALE=demo|province|country] [SEED=1]   fills OSH_DATABASE_URL (default the embedded SQLite)
#   make bench        benchmarks the API on OSH_BENCH_DATABASE_URL (created and filled at province scale if empty)
#   make bench-quick  every scenario ~2 s on a fresh SQLite demo database; fails if any request failed
SCALE ?= province
SEED ?= 1
OSH_BENCH_DATABASE_URL ?= postgresql://postgres@127.0.0.1:5432/osh_bench
BENCH_ARGS ?=

.PHONY: datagen bench bench-quick

datagen: $(STAMP)
	$(BIN)/python -m osh.datagen --scale $(SCALE) --seed $(SEED) $(if $(OSH_DATABASE_URL),--database-url '$(OSH_DATABASE_URL)')

bench: $(STAMP)
	$(BIN)/python bench/run.py --database-url '$(OSH_BENCH_DATABASE_URL)' --fill province $(BENCH_ARGS)

bench-quick: $(STAMP)
	$(BIN)/python bench/run.py --quick
