# The README's two set-up commands. Both work on a fresh machine: they make .venv,
# install what they need (pip and, for tests, Debian packages if missing) and run.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# setuptools' build warnings (editable-install notices) are noise for a user; errors still show.
PIP := PYTHONWARNINGS=ignore $(PY) -m pip
DB ?= build/corpus.db
PORT ?= 8501
DEBS := chromium chromium-driver tesseract-ocr tesseract-ocr-dan
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test install install-dev debs fuzz bench clean screenshots

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(PY)
	$(PIP) install -q -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(PY)
	$(PIP) install -q -e ".[dev,ocr]"
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

# Build the knowledge base from corpus/ afresh, then open the app on localhost.
run: install
	@mkdir -p $(dir $(DB)) && rm -f $(DB) $(DB)-wal $(DB)-shm
	$(VENV)/bin/sporbar ingest corpus --db $(DB) || true
	$(VENV)/bin/sporbar stats --db $(DB)
	$(VENV)/bin/sporbar app --db $(DB) --port $(PORT)

debs:
	@missing=""; for p in $(DEBS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then echo "installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -q && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q $$missing; fi

# Two pytest-xdist workers, one test file (or the files sharing a store, tests/conftest.py) on one worker, in
# the order collected: the slow files of hardening/ and knowledge/ then share the two cores with nlp/'s quick ones.
test: install-dev debs
	$(PY) -m mypy  # type hints of the product packages ([tool.mypy] in pyproject.toml)
	XDG_CACHE_HOME=$(CURDIR)/build/xdg-cache XDG_CONFIG_HOME=$(CURDIR)/build/xdg-config \
	STREAMLIT_BROWSER_GATHER_USAGE_STATS=false \
	timeout 1500 $(PY) -m pytest -q -p no:cacheprovider --timeout 600 \
	  -n 2 --dist loadfile --no-loadscope-reorder \
	  --screenshot only-on-failure --output build/test-artifacts

# The README's screenshots (docs/screenshots/*.png), from the browser tests; only this
# target writes them, so a test run never changes tracked files.
screenshots: install-dev debs
	XDG_CACHE_HOME=$(CURDIR)/build/xdg-cache XDG_CONFIG_HOME=$(CURDIR)/build/xdg-config \
	STREAMLIT_BROWSER_GATHER_USAGE_STATS=false SPORBAR_SCREENSHOTS=1 \
	timeout 900 $(PY) -m pytest -q -p no:cacheprovider --timeout 600 tests/browser

fuzz: install-dev
	SPORBAR_FUZZ_EXAMPLES=10000 $(PY) -m pytest -q tests -m fuzz --timeout 0

bench: install-dev
	$(PY) bench/pdf_load.py
	$(PY) bench/ingest_release.py
	$(PY) bench/extract_speed.py
	$(PY) bench/nlp_speed.py
	$(PY) bench/ingest_memory.py
	$(PY) bench/app_first_render.py
	$(PY) bench/search_scale.py
	$(PY) bench/trace_scale.py

clean:
	rm -rf $(VENV) build
