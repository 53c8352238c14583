# Framework Rosetta. `make serve` and `make test` are the two set-up commands. `make test`
# builds .venv from the hashed lock requirements.txt (frameworks included); `make serve`
# and `make build` build the lighter .venv-docs from requirements-docs.txt. Each is rebuilt
# when older than its requirements.
SHELL := /bin/bash
export NO_MKDOCS_2_WARNING := 1
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-from-requirements
# The site alone (make serve, make build): no frameworks, the same pinned versions.
DOCS_VENV := .venv-docs
DOCS_PY := $(DOCS_VENV)/bin/python
DOCS_STAMP := $(DOCS_VENV)/.installed-from-requirements
UV_VERSION := 0.13.9
# torch's CPU build is on its own index. pip adds it only where that host answers, since
# an unreachable index costs about 8 s of retries per package (this project's machines hold
# the same file in a local wheel folder). With --require-hashes, a file from either index
# is installed only if its hash is the one requirements.txt locks.
TORCH_CPU_INDEX := https://download.pytorch.org/whl/cpu
TORCH_INDEX = $(shell curl -sfI --max-time 5 $(TORCH_CPU_INDEX)/torch/ >/dev/null 2>&1 \
	&& echo --extra-index-url $(TORCH_CPU_INDEX))

.PHONY: help venv docs-venv chromium npm-metadata serve serve-zh build build-zensical test durations test-gpu outputs outputs-gpu tutorials audit bench lint format lock clean new-example new-page

# `make new-example TOPIC/NAME` and `make new-page NAME`: the word after the target is its argument.
ifneq ($(filter new-example new-page,$(firstword $(MAKECMDGOALS))),)
  SCAFFOLD_ARG := $(word 2,$(MAKECMDGOALS))
  $(eval $(SCAFFOLD_ARG):;@:)
endif

help:
	@echo "make serve    build .venv if needed, then serve the site at http://127.0.0.1:8000"
	@echo "make test     the whole suite: snippets vs recorded outputs, parity, page checks, strict build"
	@echo "make durations  the whole suite, recording each test's time for CI's shards (.test_durations)"
	@echo "make outputs  the suite's output test in update mode: store what each snippet prints"
	@echo "              (one topic or file: make outputs ONLY=snippets/tensors)"
	@echo "make test-gpu    on a GPU machine: snippets, notebooks and parity (no browser tests)"
	@echo "make outputs-gpu on a GPU machine: record the .gpu.out files for review"
	@echo "make tutorials  re-execute the tutorial notebooks (docs/tutorials/) and store their outputs"
	@echo "make build    write the static site to site/, the Chinese edition to site/zh/ (strict)"
	@echo "make serve-zh serve the Chinese edition at http://127.0.0.1:8001"
	@echo "make build-zensical  the same site built by Zensical, Material's successor, in site-zensical/"
	@echo "make audit    Lighthouse (npm, pinned in rosetta/audit) on three pages; writes docs/assets/audit/"
	@echo "make bench    measure every workload x framework x mode; writes docs/assets/benchmarks/"
	@echo "make lint     ruff on snippets/, rosetta/, tests/ and the tutorials; zizmor on .github/"
	@echo "make lock     requirements.in -> requirements.txt, every file hashed (uv pip compile)"
	@echo "make new-example TOPIC/NAME   three snippet files, parity table and page block to fill in"
	@echo "make new-page NAME            a page and its navigation entry"

venv: $(STAMP)

$(STAMP): requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes $(TORCH_INDEX) \
	  -r requirements.txt
	touch $@

docs-venv: $(DOCS_STAMP)

# uv installs the ~80 packages in seconds where pip takes about 50 s. It is used only
# here: the full environment needs pip's index settings for the CPU build of torch.
$(DOCS_STAMP): requirements-docs.txt requirements.txt
	test -x $(DOCS_PY) || $(PYTHON) -m venv $(DOCS_VENV)
	test -x $(DOCS_VENV)/bin/uv || $(DOCS_PY) -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)
	$(DOCS_VENV)/bin/uv pip install --quiet --python $(DOCS_PY) \
	  -r requirements-docs.txt -c requirements.txt
	touch $@

serve: docs-venv
	$(DOCS_PY) -m mkdocs serve --dev-addr 127.0.0.1:8000

# The Chinese edition alone, on the next port (its language switcher links to the hosted site).
serve-zh: docs-venv
	$(DOCS_PY) -m mkdocs serve -f mkdocs.zh.yml --dev-addr 127.0.0.1:8001

# Both editions: English into site/, then the Chinese one (mkdocs.zh.yml) into site/zh/.
build: docs-venv
	$(DOCS_PY) -m mkdocs build --strict
	$(DOCS_PY) -m mkdocs build --strict -f mkdocs.zh.yml

# Zensical runs no MkDocs hooks: everything a page shows comes from rosetta.markdown, and
# the download notebooks that rosetta/hooks/notebooks.py adds under MkDocs are written after.
# --clean: its page cache does not see the data files that generated content reads.
build-zensical: docs-venv
	PYTHONPATH=. $(DOCS_VENV)/bin/zensical build -f zensical.yml --strict --clean
	PYTHONPATH=. $(DOCS_VENV)/bin/zensical build -f zensical.zh.yml --strict
	$(DOCS_PY) -m rosetta notebooks site-zensical
	$(DOCS_PY) -m rosetta notebooks site-zensical/zh zh

# The browser tests drive Debian's Chromium; install it when no Chromium is found.
chromium:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 \
	  || command -v google-chrome >/dev/null 2>&1 || [ -n "$$ROSETTA_CHROMIUM" ] \
	  || { echo "Installing Debian's chromium for the browser tests (needs root and apt-get)"; \
	       apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium \
	       >/dev/null; }

# Two workers (this machine has two cores); loadgroup keeps an example's tests on one worker.
# CI splits the suite over SHARDS runners (SHARD = 1..SHARDS) by the durations recorded in
# .test_durations (pytest-split); `make durations` refreshes them. Locally: one command.
SHARD_ARGS = $(if $(SHARD),--splits $(SHARDS) --group $(SHARD) \
	--splitting-algorithm duration_based_chunks --durations-path .test_durations)

# tests/test_audit_setup.py asks `npm ci --offline` whether the audit lock is in step with
# package.json. The lock carries no tarball addresses (this npm omits them), so npm needs
# each package's registry metadata: fetch what its cache lacks now, before the offline suite.
npm-metadata:
	@if command -v npm >/dev/null 2>&1; then cd rosetta/audit && npm ci --dry-run \
	  --prefer-offline --ignore-scripts --no-audit --no-fund >/dev/null; fi

test: venv chromium npm-metadata
	$(PY) -m pytest -n 2 --dist loadgroup --durations=15 $(SHARD_ARGS)

durations: venv chromium npm-metadata
	$(PY) -m pytest -n 2 --dist loadgroup --durations=15 \
		--store-durations --clean-durations --durations-path .test_durations
	$(PY) -m rosetta shards

outputs: venv
	$(PY) -m rosetta record $(ONLY)

# The GPU job (.github/workflows/gpu.yml): the snippet, notebook and parity tests on the GPU,
# with no browser tests and so no `chromium` (which needs root). Two workers share one GPU:
# JAX would otherwise take 75% of its memory at start-up, and TensorFlow nearly all of it.
GPU_ENV := ROSETTA_EXPECT_GPU=1 XLA_PYTHON_CLIENT_PREALLOCATE=false TF_FORCE_GPU_ALLOW_GROWTH=true

test-gpu: venv
	$(GPU_ENV) $(PY) -m pytest -n 2 --dist loadgroup --durations=15 \
		tests/test_snippets.py tests/test_notebooks.py tests/test_crossref.py

# Records the .gpu.out files from a GPU run, for review in the workflow's artifact.
outputs-gpu: venv
	$(GPU_ENV) $(PY) -m rosetta record $(ONLY)

tutorials: venv
	$(PY) -m rosetta tutorials

AUDIT_NPM := rosetta/audit/node_modules/.installed-from-lock

$(AUDIT_NPM): rosetta/audit/package-lock.json
	npm ci --prefix rosetta/audit --no-audit --no-fund
	touch $@

audit: venv chromium $(AUDIT_NPM)
	$(PY) -m rosetta audit

bench: venv
	$(PY) -m rosetta bench

lint: venv
	$(PY) -m ruff check snippets rosetta tests overrides docs/tutorials
	$(PY) -m ruff format --check snippets rosetta tests overrides docs/tutorials
	$(VENV)/bin/zizmor --quiet .github

format: venv
	$(PY) -m ruff format snippets rosetta tests overrides docs/tutorials

# Rewrites the transitive part of requirements.txt from the current .venv.
# requirements.in -> requirements.txt, every file hashed. Existing pins are kept unless
# requirements.in changes them. PIP_FIND_LINKS: a local wheel folder, where there is one.
lock: docs-venv
	$(DOCS_VENV)/bin/uv pip compile requirements.in -o requirements.txt --generate-hashes \
	  --python-version 3.11.5 --python-platform x86_64-manylinux_2_28 \
	  --index-url https://pypi.org/simple $(TORCH_INDEX) \
	  $(if $(PIP_FIND_LINKS),--find-links $(PIP_FIND_LINKS)) \
	  --no-emit-index-url --no-emit-find-links --custom-compile-command "make lock"

new-example: venv
	$(PY) -m rosetta new-example $(SCAFFOLD_ARG)

new-page: venv
	$(PY) -m rosetta new-page $(SCAFFOLD_ARG)

clean:
	rm -rf site site-zensical .pytest_cache test-artifacts
