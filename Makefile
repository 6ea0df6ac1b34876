# b24client: `make` sets everything up and runs the demo; `make test` checks it all.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: all venv generate check test demo docs dist clean

all: demo

# The venv holds the package (editable) and the pinned generator and test tools
# (the speed and aiohttp extras among them, so their tests run).
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

# spec/ + generator/ -> generated/ (writes only what changed).
generate: $(STAMP)
	$(BIN)/python -m generator

# generated/ up to date, formatting, lint (ruff), mypy --strict and pyright on runtime, package and typed samples.
# (generator --check proves generated/ is black's output and the verbatim runtime,
# so black checks only the sources.)
check: $(STAMP)
	$(BIN)/python -m generator --check
	$(BIN)/black --check --quiet generator tests examples
	$(BIN)/ruff check --quiet generator tests examples generated
	$(BIN)/mypy --strict generated/b24client tests/typing/usage_ok.py examples/demo.py
	$(BIN)/pyright --pythonpath $(BIN)/python

# Two runs: the tests that keep no clock (generator, importer, package, typing,
# the docs site, the docs examples) in two processes (pytest-xdist), then the
# rest in one, because more processes starve the real-clock rate-limit and
# timing tests into failing on a busy shared machine. PYTEST_ARGS go to both.
NO_CLOCK := tests/generator tests/importer tests/package tests/typing tests/site tests/e2e/test_examples.py
PYTEST_ARGS ?=
test: check
	$(BIN)/python -m pytest -n 2 --dist loadfile $(NO_CLOCK) $(PYTEST_ARGS)
	$(BIN)/python -m pytest $(addprefix --ignore=,$(NO_CLOCK)) $(PYTEST_ARGS)

# The HTML docs site in build/site/html (MkDocs + Material, the docs extra):
# generated/docs, the guides from README.md, search by wire name and by words.
docs: $(STAMP)
	$(BIN)/python -m generator.site

# Runs against B24_WEBHOOK_URL when set, else against the bundled fake portal.
demo: generate
	$(BIN)/python examples/demo.py

# The wheel and the sdist in dist/, from a generated/ that matches spec/ (the wheel
# is built from the sdist, so the sdist is proven to rebuild it), then twine's check.
dist: $(STAMP)
	$(BIN)/python -m generator --check
	rm -rf dist
	$(BIN)/python -m build --no-isolation --quiet --outdir dist
	$(BIN)/twine check --strict dist/*
	@ls -l dist

clean:
	rm -rf $(VENV) .mypy_cache dist build/lib build/bdist.* generated/b24client.egg-info

# Benchmarks against fast-bitrix24 and b24pysdk (issue 5): their own venv, so the
# competitors never become dependencies; prints one table (tests/bench/run.py).
# `make bench BENCH_ARGS=--quick` for a quick smoke run.
BENCH_VENV  := .venv-bench
BENCH_STAMP := $(BENCH_VENV)/.installed-stamp
BENCH_ARGS  ?=

$(BENCH_STAMP): pyproject.toml
	$(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip install -q --upgrade pip
	$(BENCH_VENV)/bin/python -m pip install -q -e '.[redis,speed,aiohttp]' fast-bitrix24==1.8.14 b24pysdk==1.3.2
	touch $(BENCH_STAMP)

.PHONY: bench
bench: generate $(BENCH_STAMP)
	$(BIN)/python tests/bench/bench_generate.py
	$(BENCH_VENV)/bin/python tests/bench/run.py $(BENCH_ARGS)

# The docs (../shared/bitrix24-rest-docs, or `make specs DOCS=path`) -> spec/ YAML:
# writes what changed, keeps curated specs, removes stale imports; prints a summary,
# the full report goes to build/importer-report.txt.  Then `make generate`.
.PHONY: specs
specs: $(STAMP)
	$(BIN)/python -m generator.importer $(if $(DOCS),--docs "$(DOCS)")
