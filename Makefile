# govbot — `make chat` to try it, `make test` to test it. Both set everything up first.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
# The CPU build of PyTorch, installed before anything that depends on torch (an unpinned
# torch pulls a multi-GB CUDA build). Override on machines where another build is wanted.
TORCH  ?= torch==2.13.0

.PHONY: install index chat postgres lint test bench clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet "$(TORCH)"
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed

index: install
	$(BIN)/govbot ingest
	$(BIN)/govbot inventory import policies/inventory.csv

chat: index
	$(BIN)/govbot chat

# The tests use the PostgreSQL server on 127.0.0.1:5432 (database test) beside SQLite; start it
# when it is installed but down. Where there is none, its tests skip (and fail under CI=true).
postgres:
	@pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null || { \
	  command -v pg_ctlcluster >/dev/null 2>&1 && ls /etc/postgresql >/dev/null 2>&1 && \
	  pg_ctlcluster --skip-systemctl-redirect $$(ls /etc/postgresql) main start && \
	  for i in $$(seq 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done; } || \
	  echo "PostgreSQL is not available on 127.0.0.1:5432: its tests will skip"

# Lint and format check (ruff), types of the core packages (mypy): part of `make test`, so CI runs them.
lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

test: install postgres lint
	$(BIN)/pytest

bench: install
	$(BIN)/python bench/answers.py
	$(BIN)/python bench/retrieval.py
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/inventory.py
	$(BIN)/python bench/gap_analysis.py
	$(BIN)/python bench/duties.py
	$(BIN)/python bench/incidents.py
	$(BIN)/python bench/report.py

clean:
	rm -rf $(VENV) .govbot
