# The two set-up commands for a fresh machine: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install install-test system-packages test-sqlite test-postgres migrations-check clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -e .
	bash scripts/install-static.sh

# Installs townhall, prepares the database, loads the demo (once) and serves it.
run: install
	$(BIN)/townhall migrate --no-input
	$(BIN)/townhall search-dictionaries --if-installed
	$(BIN)/townhall demo --if-empty
	$(BIN)/townhall serve --host $(HOST) --port $(PORT)

system-packages:
	bash scripts/install-system-packages.sh

install-test: $(BIN)/python system-packages
	$(BIN)/pip install --quiet -e ".[test]"
	STRICT=1 bash scripts/install-static.sh
	$(BIN)/townhall search-dictionaries

# Installs what the tests need and runs the whole suite on SQLite, then on PostgreSQL.
test: install-test
	bash scripts/test.sh

clean:
	rm -rf $(VENV) build *.egg-info node_modules src/townhall/web/static/townhall/vendor/pdfjs
