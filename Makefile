# Two entry points for a fresh clone (see README): `make update-spec` and `make test`.
# Each creates .venv and installs the project with its dev extra first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: install update-spec regenerate test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

update-spec: $(STAMP)
	$(BIN)/python scripts/update-spec

regenerate: $(STAMP)
	$(BIN)/python scripts/regenerate

test: $(STAMP)
	$(BIN)/python -m pytest -n auto

lint: $(STAMP)
	$(BIN)/ruff check overlay scripts generator tests
	$(BIN)/ruff format --check overlay scripts/specpipe generator
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python scripts/bench

clean:
	rm -rf $(VENV)
