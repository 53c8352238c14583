# Framework Rosetta. `make serve` and `make test` are the two set-up commands;
# both build .venv from requirements.txt when it is missing or older than that file.
SHELL := /bin/bash
export NO_MKDOCS_2_WARNING := 1
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-from-requirements

.PHONY: help venv serve build test outputs bench lint format lock clean

help:
	@echo "make serve    build .venv if needed, then serve the site at http://127.0.0.1:8000"
	@echo "make test     the whole suite: snippets vs recorded outputs, parity, page checks, strict build"
	@echo "make outputs  re-run snippets in fresh interpreters and record what they print"
	@echo "              (one topic or file: make outputs ONLY=snippets/tensors)"
	@echo "make build    write the static site to site/ (strict)"
	@echo "make bench    measure every workload x framework x mode; writes docs/assets/benchmarks/"
	@echo "make lint     ruff on snippets/ and tests/"

venv: $(STAMP)

$(STAMP): requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

serve: venv
	$(PY) -m mkdocs serve --dev-addr 127.0.0.1:8000

build: venv
	$(PY) -m mkdocs build --strict

# Two workers (this machine has two cores); loadgroup keeps an example's tests on one worker.
test: venv
	$(PY) -m pytest -n 2 --dist loadgroup --durations=15

outputs: venv
	$(PY) -m tests.harness record $(ONLY)

bench: venv
	$(PY) -m tests.bench

lint: venv
	$(PY) -m ruff check snippets tests overrides
	$(PY) -m ruff format --check snippets tests overrides

format: venv
	$(PY) -m ruff format snippets tests overrides

# Rewrites the transitive part of requirements.txt from the current .venv.
lock: venv
	$(PY) -m tests.lock

clean:
	rm -rf site .pytest_cache
