# docpipe — the two commands a new user runs are `make demo` and `make test`.
# Both create .venv with a Python >= 3.12 found on this machine and install the project.

VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# The AWS SAM CLI lives in a venv of its own: it pins boto3 and click to versions the project
# does not use. The suite runs `sam validate --lint` (offline) with it.
SAM_VENV := .venv-sam
SAM_VERSION := 1.170.0
SAM := $(SAM_VENV)/bin/sam
# DBOS Transact, the baseline bench/devserver.py measures in the same run, in a venv of its own
# (it pins SQLAlchemy and more that the project does not use). Only `make bench` needs it.
DBOS_VENV := .venv-dbos
DBOS_VERSION := 3.4.0
DBOS_PY := $(DBOS_VENV)/bin/python
# On Python >= 3.12 DBOS 3.4 writes timestamps with unixepoch('subsec'), which needs SQLite >= 3.42;
# Debian 12's SQLite is 3.40, so a Python 3.11 is preferred when there is one.
DBOS_PYTHON ?= $(or $(shell command -v python3.11),$(PYTHON))
# The official TypeScript SDK, pinned by tests/ts/package-lock.json, for the conformance tests.
TS_DIR := tests/ts
TS_STAMP := $(TS_DIR)/node_modules/.installed
# The console's browser test drives Debian's Chromium (never a downloaded browser).
CHROMIUM := /usr/bin/chromium
# OCR reads with Tesseract's models from Debian: English and orientation detection always, plus
# one package per further language in OCR_LANGUAGES (Tesseract codes, as DOCPIPE_OCR_LANGUAGES).
# DejaVu and Liberation are the typefaces the OCR evaluation set and the tests' scans are drawn in.
TESSDATA := /usr/share/tesseract-ocr/5/tessdata
OCR_LANGUAGES ?= eng
OCR_PACKAGES := tesseract-ocr tesseract-ocr-osd fonts-dejavu-core fonts-liberation2 \
	$(foreach lang,$(sort eng $(subst +, ,$(OCR_LANGUAGES))),tesseract-ocr-$(subst _,-,$(lang)))
OCR_FILES := $(foreach lang,$(sort eng osd $(subst +, ,$(OCR_LANGUAGES))),$(TESSDATA)/$(lang).traineddata) \
	/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf \
	/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf

# resonate-pg's resonate.sql (the schema of `--durable postgres` and a test oracle) is not part
# of docpipe: docpipe fetches the pinned file into its cache ($XDG_CACHE_HOME/docpipe) on first
# use and checks its sha256 (docs/postgres.md). `make test` fetches it up front; a copy beside
# the checkout (../shared/vendor/resonate-pg/, as this project's machines have) serves as the
# mirror. Without a network, a mirror or a cached copy, the tests that need it skip, saying so.
MIRROR_SQL := $(wildcard ../shared/vendor/resonate-pg/resonate.sql)

.PHONY: test demo lint typecheck unit bench clean install browser pgcron resonate-sql ocr

# Find an interpreter >= 3.12: an explicit $(PYTHON), then pythonX.Y on PATH, then pyenv's.
PYTHON ?= $(shell for c in python3.13 python3.12 python3 \
	$$(ls -d $$HOME/.pyenv/versions/3.1[2-9]*/bin/python3 2>/dev/null); do \
	command -v $$c >/dev/null 2>&1 && $$c -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null \
	&& { command -v $$c; break; }; done)

$(STAMP): pyproject.toml src/devserver/pyproject.toml src/testbed/pyproject.toml
	@test -n "$(PYTHON)" || { echo "docpipe needs Python >= 3.12 (set PYTHON=/path/to/python3.12)"; exit 1; }
	@echo "Using $(PYTHON) ($$($(PYTHON) --version))"
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]' -e src/devserver -e src/testbed
	@touch $(STAMP)

install: $(STAMP)

$(TS_STAMP): $(TS_DIR)/package.json $(TS_DIR)/package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		cd $(TS_DIR) && npm ci --no-audit --no-fund --loglevel=error && touch node_modules/.installed; \
	else echo "npm not found: the TypeScript SDK tests will skip"; fi

# chromium + chromium-driver from Debian, as root, unless present; elsewhere the test skips.
browser:
	@if [ -x $(CHROMIUM) ] && command -v chromedriver >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
			chromium chromium-driver; \
	else echo "no $(CHROMIUM) and not root: the console's browser test will skip" \
		"(sudo apt-get install chromium chromium-driver)"; fi

# Tesseract's models (and the CLI) from Debian, as root, unless present; without them nothing
# scanned can be read, so say how to install them.
ocr:
	@if ls $(OCR_FILES) >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
			$(OCR_PACKAGES); \
	else echo "OCR models missing and not root: scans cannot be read" \
		"(sudo apt-get install $(OCR_PACKAGES))"; fi

# Debian's Postgres 15 with pg_cron (the wheel's Postgres has no pg_cron), for the test that
# `docpipe db init`'s jobs really run; as root, unless present; elsewhere that test skips.
# No "main" cluster is created or started: the test runs its own server.
PG_CRON := /usr/lib/postgresql/15/lib/pg_cron.so
pgcron:
	@if [ -f $(PG_CRON) ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		mkdir -p /etc/postgresql-common/createcluster.d && \
		echo 'create_main_cluster = false' > /etc/postgresql-common/createcluster.d/50-docpipe.conf && \
		DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
			postgresql-15 postgresql-15-cron; \
	else echo "no $(PG_CRON) and not root: the pg_cron test will skip" \
		"(sudo apt-get install postgresql-15 postgresql-15-cron)"; fi

$(SAM): | $(STAMP)
	$(PY) -m venv $(SAM_VENV)
	$(SAM_VENV)/bin/python -m pip install --quiet 'aws-sam-cli==$(SAM_VERSION)'

$(DBOS_VENV)/.installed: | $(STAMP)
	$(DBOS_PYTHON) -m venv $(DBOS_VENV)
	$(DBOS_PY) -m pip install --quiet 'dbos==$(DBOS_VERSION)'
	@touch $@

resonate-sql: $(STAMP)
	@$(VENV)/bin/docpipe db fetch $(if $(MIRROR_SQL),--from $(MIRROR_SQL)) \
		|| echo "resonate.sql is not in the cache: the tests that need resonate-pg will skip"

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/ruff format --check src tests bench

typecheck: $(STAMP)
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

unit: $(STAMP)
	$(VENV)/bin/pytest -m "not integration"

test: lint typecheck $(STAMP) $(SAM) $(TS_STAMP) browser pgcron resonate-sql ocr
	SAM_CLI=$(abspath $(SAM)) $(VENV)/bin/pytest

demo: $(STAMP) ocr
	$(VENV)/bin/docpipe demo

bench: $(STAMP) $(DBOS_VENV)/.installed ocr
	$(PY) bench/devserver.py
	$(PY) bench/consumer.py
	$(PY) bench/e2e.py
	$(PY) bench/latency.py
	$(PY) bench/backlog.py
	$(PY) bench/chaos.py
	$(PY) bench/analysis_eval.py
	$(PY) bench/number_reader.py
	$(PY) bench/ocr_eval.py
	$(PY) bench/long_document.py
	$(PY) bench/http_fuzz.py
	$(PY) bench/deployables.py

clean:
	rm -rf $(VENV) $(SAM_VENV) $(DBOS_VENV) $(TS_DIR)/node_modules .docpipe .pytest_cache .mypy_cache .ruff_cache
