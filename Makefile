# smtpconf — build, run, test.
GO      ?= go
BIN     := bin/smtpconf
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -s -w -X main.version=$(VERSION)

.PHONY: build run test bench lint fuzz clean

build:
	$(GO) build -trimpath -ldflags '$(LDFLAGS)' -o $(BIN) ./cmd/smtpconf

run: build
	./$(BIN) demo

# Every test, as CI runs it: installs what the tests need when missing (tmux,
# an OpenSSH client, an independent SMTP server), then vet and race-enabled
# tests. SMTPCONF_REQUIRE_EXTERNAL makes a test that lacks one of those fail
# instead of skipping, so nothing is counted as passed that did not run.
test:
	.ci/install-test-deps
	$(GO) vet ./...
	SMTPCONF_REQUIRE_EXTERNAL=1 $(GO) test -race -count=1 -timeout 9m ./...

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

lint:
	$(GO) vet ./...
	@test -z "$$(gofmt -l .)" || { gofmt -l .; echo "gofmt: the files above need formatting"; exit 1; }

clean:
	rm -rf bin
