# diplo — build, demo, test, evaluate, benchmark.
# Every target installs what it needs first (`deps`), so `make demo` and `make test` work on a fresh machine.

SWIFT      ?= swift
DB         ?= diplo.sqlite
BIN_DEBUG   = .build/debug/diplo
BIN_RELEASE = .build/release/diplo
EVAL_DIR   ?= ../shared/eval
OUT        ?= out

.PHONY: all deps build release demo test eval bench bench-compare fuzz clean

all: build

# System packages: the SQLite headers GRDB links against (Debian/Ubuntu).
deps:
	@if ! [ -f /usr/include/sqlite3.h ]; then \
	  echo "installing libsqlite3-dev (SQLite headers for GRDB)" >&2; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq libsqlite3-dev pkg-config >/dev/null; \
	fi
	@command -v $(SWIFT) >/dev/null || { echo "swift not found: install Swift 6 (https://swift.org/install)" >&2; exit 1; }

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

# Import the sample articles into the default database and print the Putin–Erdogan timeline.
demo: build
	@rm -f $(DB) $(DB)-wal $(DB)-shm
	$(BIN_DEBUG) import --db $(DB) SampleData
	$(BIN_DEBUG) timeline --db $(DB) --actor Putin --actor Erdogan

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# Score the extractor on the development set (read in place from ../shared; never copied here).
eval: build
	@mkdir -p $(OUT)
	@rm -f $(OUT)/eval.sqlite*
	$(BIN_DEBUG) import --db $(OUT)/eval.sqlite $(EVAL_DIR)/devset/articles
	$(BIN_DEBUG) export --db $(OUT)/eval.sqlite --format jsonl > $(OUT)/eval.jsonl
	python3 $(EVAL_DIR)/score.py $(EVAL_DIR)/devset/gold.jsonl $(OUT)/eval.jsonl

clean:
	rm -rf .build $(OUT) $(DB) $(DB)-wal $(DB)-shm
