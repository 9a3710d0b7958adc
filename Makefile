# Rapport: two commands for a newcomer on a fresh Debian machine.
#   make demo   installs what is missing, builds, and shows the bus working
#   make test   builds and runs every test (unit and integration)
# Also: make build, make bench (release build + benchmark), make theme-model (retrain the theme
# tagger's learned reader), make clean.

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
RAPPORT := .build/debug/rapport

.PHONY: all deps pydeps build test demo bench clean theme-model

all: build

# libzmq and SQLite (plugin state, capture spools: GRDB) come from Debian's -dev packages;
# install them when pkg-config cannot find them. systemd-analyze (the systemd package) rates and
# checks deploy/systemd's units offline in the tests (SystemdUnitTests).
deps:
	@if ! pkg-config --exists libzmq sqlite3 2>/dev/null; then \
		echo "libzmq or SQLite headers not found: installing libzmq3-dev and libsqlite3-dev with apt"; \
		$(SUDO) apt-get update && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y libzmq3-dev libsqlite3-dev pkg-config; \
	fi
	@if ! command -v systemd-analyze >/dev/null; then \
		echo "systemd-analyze not found: installing systemd with apt"; \
		$(SUDO) apt-get update && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y systemd; \
	fi
	@command -v $(SWIFT) >/dev/null || { echo "swift is not on PATH: install Swift 6 (https://www.swift.org/install/linux/)"; exit 1; }

build: deps
	$(SWIFT) build --build-tests

# Swift unit and integration tests, then the protocol conformance suite: a pyzmq client
# written from docs/PROTOCOL.md alone, against the real bus.
test: build pydeps
	$(SWIFT) test --skip-build
	python3 -m pytest -q Tests/protocol
	python3 -m pytest -q plugins/examples/python-counter
	python3 -m pytest -q plugins/promise-tracker/labelled plugins/name-usage/labelled plugins/feedback-aggregator/labelled

pydeps:
	@python3 -c 'import zmq, pytest, yaml' 2>/dev/null || python3 -m pip install -q pyzmq pytest pyyaml

demo: build pydeps
	@bash deploy/demo.sh $(RAPPORT)

# Benchmarks need Redis (the comparison baseline) and a release build.
bench: deps
	@command -v redis-server >/dev/null || { $(SUDO) apt-get update && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y redis-server; }
	$(SWIFT) build -c release --product rapport
	.build/release/rapport bench $(BENCH_ARGS)

# The feedback aggregator's learned reader, retrained on the labelled development sets (never the
# holdout or the sealed sets) and built in: run after editing the lexicon or a development set.
THEME_LABELLED := plugins/feedback-aggregator/labelled
THEME_DEVELOPMENT := tuning probe probe2 probe3 probe4 probe6 probe7 probe8 probe11 probe13 probe14 probe16 probe18 probe19 probe21 probe22 probe23 probe24 probe25 probe26 probe27 probe28 probe29 probe31 probe32 probe33 probe35 probe36 probe37 probe38 probe39 probe41 probe42 probe43
THEME_MODEL_VERSION ?= 2026-12-07.7
theme-model: build
	$(RAPPORT) themes train $(THEME_DEVELOPMENT:%=$(THEME_LABELLED)/%.jsonl) --model-version $(THEME_MODEL_VERSION) \
		--output plugins/feedback-aggregator/lexicon/theme-model.txt \
		--swift plugins/feedback-aggregator/Sources/ThemeTagging/Learned/ThemeModel+DefaultText.swift

clean:
	rm -rf .build rapport-data
