# smtpconf — build, run, test.
GO      ?= go
BIN     := bin/smtpconf
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -s -w -X main.version=$(VERSION)

.PHONY: build run test bench bench-go bench-process bench-serve lint fuzz clean

build:
	$(GO) build -trimpath -ldflags '$(LDFLAGS)' -o $(BIN) ./cmd/smtpconf

run: build
	./$(BIN) demo

# Every test, as CI runs it: installs what the tests need when missing (tmux,
# an OpenSSH client, an independent SMTP server), then vet and race-enabled
# tests. SMTPCONF_REQUIRE_EXTERNAL makes a test that lacks one of those fail
# instead of skipping, so nothing is counted as passed that did not run.
# SMTPCONF_BIN is the built binary that `smtpconf serve`'s process test runs.
test: build
	.ci/install-test-deps
	$(GO) vet ./...
	SMTPCONF_REQUIRE_EXTERNAL=1 SMTPCONF_BIN=$(CURDIR)/$(BIN) $(GO) test -race -count=1 -timeout 9m ./...

# Figures: in-process benchmarks (mailer against bare go-smtp, TUI first
# frame and bytes per keystroke), then whole processes (smtpconf test
# against msmtp, swaks and bare go-smtp), then 50 concurrent SSH sessions.
bench: bench-go bench-process bench-serve

bench-go:
	$(GO) test -run '^$$' -bench . -benchmem $$($(GO) list ./... | grep -v /serve)

bench-process:
	bench/process.sh

bench-serve:
	$(GO) test -run '^$$' -bench Sessions -benchtime 5x ./serve/

# Fuzz each fuzz target for FUZZTIME (default 1m).
FUZZTIME ?= 1m
fuzz:
	$(GO) test -run '^$$' -fuzz '^FuzzLoad' -fuzztime $(FUZZTIME) ./config/
	$(GO) test -run '^$$' -fuzz '^FuzzClassify' -fuzztime $(FUZZTIME) ./mailer/

lint:
	$(GO) vet ./...
	@test -z "$$(gofmt -l .)" || { gofmt -l .; echo "gofmt: the files above need formatting"; exit 1; }

clean:
	rm -rf bin

# docs/form.png and docs/test-send.png from the real program (tmux + freeze).
.PHONY: screenshots
screenshots:
	docs/screenshots.sh
