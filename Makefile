# govbot — `make chat` to try it, `make test` to test it. Both set everything up first.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
# The CPU build of PyTorch, installed before anything that depends on torch (an unpinned
# torch pulls a multi-GB CUDA build). Override on machines where another build is wanted.
TORCH  ?= torch==2.13.0

.PHONY: install index chat test bench clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet "$(TORCH)"
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed

index: install
	$(BIN)/govbot ingest

chat: index
	$(BIN)/govbot chat

test: install
	$(BIN)/pytest

bench: install
	$(BIN)/python bench/retrieval.py
	$(BIN)/python bench/ingest.py

clean:
	rm -rf $(VENV) .govbot
