# diplo — build, demo, test, evaluate, install.
# Every target installs what it needs first (`deps`), so `make demo` and `make test` work on a fresh machine.

SWIFT      ?= swift
DB         ?= diplo.sqlite
BIN_DEBUG   = .build/debug/diplo
BIN_RELEASE = .build/release/diplo
EVAL_DIR   ?= ../shared/eval
OUT        ?= out
PREFIX     ?= /usr/local
# The header whose absence makes `deps` install libsqlite3-dev (override to test the install step).
SQLITE_H   ?= /usr/include/sqlite3.h

.PHONY: all deps test-deps build release demo test screenshot eval install clean

all: build

# System packages: the SQLite headers GRDB links against (Debian/Ubuntu), through
# scripts/install-packages (root runs apt-get directly, anyone else goes through sudo).
deps:
	@[ -f $(SQLITE_H) ] || scripts/install-packages "SQLite headers for GRDB" libsqlite3-dev pkg-config
	@command -v $(SWIFT) >/dev/null || { echo "swift not found: install Swift 6 (https://swift.org/install)" >&2; exit 1; }

# What the test suite runs besides Swift: Python 3 and LibreOffice Calc read the CSV export back
# (Tests/DiploTimelineTests/CSVRoundTripTests.swift). Installed only when missing.
test-deps:
	@command -v python3 >/dev/null || scripts/install-packages "CSV round-trip tests" python3
	@command -v soffice >/dev/null || scripts/install-packages "CSV round-trip tests through LibreOffice" libreoffice-calc-nogui

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

# Import the sample articles into the default database and print the Putin–Erdogan timeline.
demo: build
	@rm -f $(DB) $(DB)-wal $(DB)-shm
	$(BIN_DEBUG) import --db $(DB) SampleData
	$(BIN_DEBUG) timeline --db $(DB) --actor Putin --actor Erdogan

# DIPLO_REQUIRE_LIBREOFFICE: the LibreOffice round trip must run (it is skipped elsewhere when soffice is absent).
test: deps test-deps
	$(SWIFT) build --build-tests
	DIPLO_REQUIRE_LIBREOFFICE=1 $(SWIFT) test --skip-build

# The README's picture of the HTML timeline: the Putin–Erdogan timeline of SampleData/, rendered
# by headless Chromium (installed when missing) into docs/timeline.png.
screenshot: build
	@command -v chromium >/dev/null || scripts/install-packages "rendering the HTML timeline" chromium
	@mkdir -p $(OUT) docs
	@rm -f $(OUT)/screenshot.sqlite*
	$(BIN_DEBUG) import --db $(OUT)/screenshot.sqlite SampleData
	$(BIN_DEBUG) timeline --db $(OUT)/screenshot.sqlite --actor Putin --actor Erdogan --format html -o $(OUT)/timeline.html
	chromium --headless --no-sandbox --hide-scrollbars --force-device-scale-factor=1 --window-size=1280,1000 \
	  --screenshot=$(CURDIR)/docs/timeline.png file://$(CURDIR)/$(OUT)/timeline.html 2>/dev/null

# Score the extractor on the development set (read in place from ../shared; never copied here),
# then on Tests/Corpus, articles the team wrote about other real events and never tuned on.
eval: build
	@[ -f $(EVAL_DIR)/score.py ] && [ -d $(EVAL_DIR)/devset/articles ] || { echo "no dev set at $(EVAL_DIR) (expected score.py and devset/): set EVAL_DIR=..." >&2; exit 1; }
	@mkdir -p $(OUT)
	@rm -f $(OUT)/eval.sqlite*
	$(BIN_DEBUG) import --db $(OUT)/eval.sqlite $(EVAL_DIR)/devset/articles
	$(BIN_DEBUG) export --db $(OUT)/eval.sqlite --format jsonl > $(OUT)/eval.jsonl
	python3 $(EVAL_DIR)/score.py $(EVAL_DIR)/devset/gold.jsonl $(OUT)/eval.jsonl
	@echo "== Tests/Corpus (the team's held-out articles)"
	@rm -f $(OUT)/corpus.sqlite*
	$(BIN_DEBUG) import --db $(OUT)/corpus.sqlite Tests/Corpus/articles
	$(BIN_DEBUG) export --db $(OUT)/corpus.sqlite --format jsonl > $(OUT)/corpus.jsonl
	python3 $(EVAL_DIR)/score.py Tests/Corpus/gold.jsonl $(OUT)/corpus.jsonl

# Install the release binary in $(PREFIX)/bin and its run-time data (Knowledge/, Migrations/) in
# $(PREFIX)/share/diplo/, where the binary looks for them (Sources/DiploModel/ResourceLocator.swift).
# Files are copied over the installed ones, so aliases added to an installed copy with
# `diplo kb add-alias` (share/diplo/Knowledge/user-aliases.tsv) survive a reinstall.
install: release
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/diplo/Knowledge $(DESTDIR)$(PREFIX)/share/diplo/Migrations
	install -m 755 $(BIN_RELEASE) $(DESTDIR)$(PREFIX)/bin/diplo
	cp -R Knowledge/. $(DESTDIR)$(PREFIX)/share/diplo/Knowledge/
	cp -R Migrations/. $(DESTDIR)$(PREFIX)/share/diplo/Migrations/
	@echo "installed $(DESTDIR)$(PREFIX)/bin/diplo, data in $(DESTDIR)$(PREFIX)/share/diplo"

clean:
	rm -rf .build $(OUT) $(DB) $(DB)-wal $(DB)-shm
