# The two commands in the README: `make site` and `make test`. Each target is one line.
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: site test lint check golden clean

site: $(STAMP)
	tools/system-deps site && $(BIN)/easyread build . --out build

test: $(STAMP) lint
	tools/system-deps test && $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check easyread tests bench tools && $(BIN)/ruff format --check easyread tests bench tools && $(BIN)/mypy

check: $(STAMP)
	$(BIN)/easyread check .

golden: $(STAMP)
	$(BIN)/python tests/golden/regenerate.py

$(STAMP): pyproject.toml
	tools/system-deps site && python3 -m venv $(VENV) && $(BIN)/pip install -q --upgrade pip && $(BIN)/pip install -q -e '.[dev]' && touch $(STAMP)

clean:
	rm -rf build $(VENV)
