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
	$(BIN)/ruff check backend tests
	$(BIN)/ruff format --check backend tests
	@if [ -f frontend/package.json ]; then $(MAKE) --no-print-directory -C frontend lint; fi

types: $(STAMP)
	$(BIN)/mypy

test-sqlite: $(STAMP)
	$(BIN)/pytest -n $(PYTEST_WORKERS) --db sqlite

test-postgres: $(STAMP)
	$(BIN)/pytest -n $(PYTEST_WORKERS) --db postgres

test-api: test-sqlite test-postgres

test: lint types test-api
	@if [ -f frontend/package.json ]; then $(MAKE) --no-print-directory -C frontend test; fi

clean:
	rm -rf $(VENV) data .pytest_cache .mypy_cache .ruff_cache
