# diplo — build, demo, test, evaluate, install.
# Every target installs what it needs first (`deps`), so `make demo` and `make test` work on a fresh machine.

SWIFT      ?= swift
DB         ?= diplo.sqlite
BIN_DEBUG   = .build/debug/diplo
BIN_RELEASE = .build/release/diplo
EVAL_DIR   ?= ../shared/eval
# The held-out corpora `make eval` scores after the dev set (Tests/<name>/articles and gold.jsonl).
CORPORA    ?= Corpus Corpus2 Corpus3 Corpus4 Corpus5 Corpus6 Corpus7 Corpus8 Corpus9 Corpus10 Corpus11 Corpus12 Corpus13 Corpus14 Corpus15 Corpus16 Corpus17 Corpus18 Corpus19 Corpus20 Corpus21 Corpus22 Corpus23 Corpus24 Corpus25 Corpus26 Corpus27 Corpus28 Corpus29 Corpus30 Corpus31 Corpus32 Corpus33 Corpus34 Corpus35 Corpus36 Corpus37 Corpus38 Corpus39 Corpus40 Corpus41
OUT        ?= out
PREFIX     ?= /usr/local
# The header whose absence makes `deps` install libsqlite3-dev (override to test the install step).
SQLITE_H   ?= /usr/include/sqlite3.h

.PHONY: all deps test-deps build release demo test screenshot eval fuzz fuzz-build install clean

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

# Fuzz the article pipeline (bytes → ingest → extraction → events) with libFuzzer and AddressSanitizer
# for FUZZ_SECONDS. The build has its own scratch folder and target (Package.swift adds `diplo-fuzz` only
# when DIPLO_FUZZ=1), so `make test` never builds it. New inputs go to $(FUZZ_WORK)/corpus; at the end
# Tests/Fuzz/corpus is replaced by a small set of inputs covering every edge the old corpus and the new
# inputs cover (commit it: `make test` replays that folder).
# A crash, leak or slow input stops the run with its input saved in $(FUZZ_WORK)/artifacts.
FUZZ_SECONDS ?= 600
FUZZ_WORK    ?= .build-fuzz/work
FUZZ_BIN      = .build-fuzz/debug/diplo-fuzz
FUZZ_FLAGS   ?= -max_len=16384 -timeout=20 -rss_limit_mb=3072 -dict=Tests/Fuzz/diplo.dict -print_final_stats=1

fuzz-build: deps
	DIPLO_FUZZ=1 $(SWIFT) build --scratch-path .build-fuzz --product diplo-fuzz \
	  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library

fuzz: fuzz-build
	@mkdir -p $(FUZZ_WORK)/corpus $(FUZZ_WORK)/seeds $(FUZZ_WORK)/artifacts
	@for f in SampleData/*.txt; do { printf '\000'; cat "$$f"; } > $(FUZZ_WORK)/seeds/$$(basename "$$f"); done
	$(FUZZ_BIN) $(FUZZ_FLAGS) -max_total_time=$(FUZZ_SECONDS) -artifact_prefix=$(FUZZ_WORK)/artifacts/ \
	  $(FUZZ_WORK)/corpus Tests/Fuzz/corpus $(FUZZ_WORK)/seeds
	@rm -rf $(FUZZ_WORK)/min && mkdir -p $(FUZZ_WORK)/min
	$(FUZZ_BIN) $(FUZZ_FLAGS) -set_cover_merge=1 -use_counters=0 $(FUZZ_WORK)/min Tests/Fuzz/corpus $(FUZZ_WORK)/corpus
	rm -f Tests/Fuzz/corpus/* && cp $(FUZZ_WORK)/min/* Tests/Fuzz/corpus/
	@echo "corpus: $$(ls Tests/Fuzz/corpus | wc -l) files ($$(du -sk Tests/Fuzz/corpus | cut -f1) KB) in Tests/Fuzz/corpus" >&2

# Score the extractor on the development set (read in place from ../shared; never copied here),
# then on the corpora in CORPORA (Tests/Corpus…Tests/Corpus12), articles the team wrote about other real events, each
# scored first before any rule was read from it (README "Measuring quality" says which have been used since).
# Each set is scored twice: by score.py, and by Tests/Eval/score_by_source.py, where a prediction matches a gold
# event only if it comes from one of that event's articles (score.py lets a wrong prediction of one article match
# an event of another with the same people).
eval: build
	@[ -f $(EVAL_DIR)/score.py ] && [ -d $(EVAL_DIR)/devset/articles ] || { echo "no dev set at $(EVAL_DIR) (expected score.py and devset/): set EVAL_DIR=..." >&2; exit 1; }
	@mkdir -p $(OUT)
	@rm -f $(OUT)/eval.sqlite*
	$(BIN_DEBUG) import --db $(OUT)/eval.sqlite $(EVAL_DIR)/devset/articles
	$(BIN_DEBUG) export --db $(OUT)/eval.sqlite --format jsonl > $(OUT)/eval.jsonl
	@echo "== dev set (tuned on)"
	python3 $(EVAL_DIR)/score.py $(EVAL_DIR)/devset/gold.jsonl $(OUT)/eval.jsonl
	@python3 Tests/Eval/score_by_source.py $(EVAL_DIR) $(EVAL_DIR)/devset/gold.jsonl $(OUT)/eval.jsonl --primary
	@echo "== dev set without publication dates (front matter 'published' lines dropped, in a temporary folder)"
	@T=$$(mktemp -d) && for f in $(EVAL_DIR)/devset/articles/*; do grep -v '^published:' "$$f" > "$$T/$$(basename "$$f")"; done && \
	  rm -f $(OUT)/eval-undated.sqlite* && $(BIN_DEBUG) import --db $(OUT)/eval-undated.sqlite "$$T" >/dev/null 2>&1; \
	  rm -rf "$$T"
	$(BIN_DEBUG) export --db $(OUT)/eval-undated.sqlite --format jsonl > $(OUT)/eval-undated.jsonl
	python3 $(EVAL_DIR)/score.py $(EVAL_DIR)/devset/gold.jsonl $(OUT)/eval-undated.jsonl
	@for c in $(CORPORA); do \
	  n=$$(echo $$c | tr 'A-Z' 'a-z'); echo "== Tests/$$c (held out)"; rm -f $(OUT)/$$n.sqlite*; \
	  $(BIN_DEBUG) import --db $(OUT)/$$n.sqlite Tests/$$c/articles || exit 1; \
	  $(BIN_DEBUG) export --db $(OUT)/$$n.sqlite --format jsonl > $(OUT)/$$n.jsonl || exit 1; \
	  python3 $(EVAL_DIR)/score.py Tests/$$c/gold.jsonl $(OUT)/$$n.jsonl || exit 1; \
	  python3 Tests/Eval/score_by_source.py $(EVAL_DIR) Tests/$$c/gold.jsonl $(OUT)/$$n.jsonl --primary || exit 1; \
	done

# Performance benchmark (release build): a generated corpus of BENCH_N articles for extraction and
# import, a store of BENCH_EVENTS events for queries and exports; prints one table and writes the
# figures to BENCH_OUT (see Bench/README.md). Compare two runs with
# `make bench-compare BASE=old.json NEW=new.json`.
BENCH_N      ?= 20000
BENCH_EVENTS ?= 1000000
BENCH_OUT    ?= $(OUT)/bench.json
BASE         ?= $(OUT)/bench-base.json
NEW          ?= $(BENCH_OUT)

bench: release
	.build/release/diplo-bench run --articles $(BENCH_N) --store-events $(BENCH_EVENTS) --json $(BENCH_OUT)

bench-compare:
	@[ -f $(BASE) ] && [ -f $(NEW) ] || { echo "give two result files: make bench-compare BASE=old.json NEW=new.json" >&2; exit 1; }
	@[ -x .build/release/diplo-bench ] || $(SWIFT) build -c release --product diplo-bench
	.build/release/diplo-bench compare $(BASE) $(NEW)

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
	rm -rf .build .build-fuzz $(OUT) $(DB) $(DB)-wal $(DB)-shm
