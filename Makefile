# b24client: `make` sets everything up and runs the demo; `make test` checks it all.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: all venv generate check test demo clean

all: demo

# The venv holds the package (editable) and the pinned generator and test tools.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

# spec/ + generator/ -> generated/ (writes only what changed).
generate: $(STAMP)
	$(BIN)/python -m generator

# generated/ up to date, formatting, and mypy --strict on runtime, package and typed samples.
check: $(STAMP)
	$(BIN)/python -m generator --check
	$(BIN)/black --check --quiet generator tests examples generated
	$(BIN)/mypy --strict generated/b24client tests/typing/usage_ok.py examples/demo.py

test: check
	$(BIN)/python -m pytest

# Runs against B24_WEBHOOK_URL when set, else against the bundled fake portal.
demo: generate
	$(BIN)/python examples/demo.py

clean:
	rm -rf $(VENV) .mypy_cache
