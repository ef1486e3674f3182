# casekit: two commands do everything.
#   make report   install if needed, build the tables, (run the notebooks, render the report)
#   make test     install if needed, run the whole test suite
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED ?= ../shared
# The public workbook is fetched by URL and checksum into data/raw/public;
# where ../shared sits beside the clone, the cache is seeded from it instead.
# With neither, the build falls back to the fictional sample and says so.
SOURCE := iopc-recommendations-2021
SHARED_COPY := $(SHARED)/corpus/iopc-recommendations-2021-06.xlsx
OUT ?= data/processed

.PHONY: install report tables test bench evaluate evaluate-synthetic clean browser

install: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[notebooks,test]'
	@touch $(STAMP)

tables: $(STAMP)
	@if [ -f $(SHARED_COPY) ]; then $(BIN)/casekit fetch $(SOURCE) --from $(SHARED_COPY) >/dev/null; fi
	$(BIN)/casekit build $(INPUT) --out $(OUT)

report: $(STAMP)
	@if [ -f $(SHARED_COPY) ]; then $(BIN)/casekit fetch $(SOURCE) --from $(SHARED_COPY) >/dev/null; fi
	$(BIN)/casekit report --params reports/weekly.yml

test: $(STAMP) browser
	$(BIN)/python -m pytest -q

# The browser test drives Debian's chromium (playwright never downloads one).
# Installed here when missing and apt-get can; otherwise that test is skipped and says why.
browser:
	@command -v chromium >/dev/null 2>&1 || { echo "make: installing chromium for the browser test"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null 2>&1 \
	  || echo "make: could not install chromium; the browser test will be skipped"; }

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_build.py
	$(BIN)/python benchmarks/bench_report.py
	$(BIN)/python benchmarks/bench_long_sentence.py

# Scores on the development sets (the shared gold, the develop part of the verified labels, retired check-1 and check-5).
# The check part's score is in data/verified/README.md and on the report's audit page.
EVAL := data/interim/eval
evaluate: $(STAMP)
	@mkdir -p $(EVAL)
	$(BIN)/python scripts/workbook_docs.py data/interim/pool-docs
	$(BIN)/casekit extract $(SHARED)/gold/dev/docs > $(EVAL)/dev.jsonl
	$(BIN)/casekit evaluate $(SHARED)/gold/dev $(EVAL)/dev.jsonl
	$(BIN)/casekit extract $(SHARED)/gold/dev-newformat/docs > $(EVAL)/dev-newformat.jsonl
	$(BIN)/casekit evaluate $(SHARED)/gold/dev-newformat $(EVAL)/dev-newformat.jsonl
	@for part in develop-1 check-1 check-5; do \
	  $(BIN)/casekit extract $$(grep -v '^#' data/verified/$$part.txt | sed 's#^#data/interim/pool-docs/#; s#$$#.txt#') > $(EVAL)/$$part.jsonl 2>/dev/null; \
	  echo "== verified, $$part"; $(BIN)/casekit evaluate data/verified/iopc-2021 $(EVAL)/$$part.jsonl --ids data/verified/$$part.txt; done

# The fictional parts never used to write the rules, pooled, with the headline rates beside the labels'.
evaluate-synthetic: $(STAMP)
	$(BIN)/python scripts/score_synthetic.py --rates

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache .hypothesis .benchmarks
