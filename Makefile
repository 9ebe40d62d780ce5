# smtpconf — build, run, test, package.
GO      ?= go
BIN     := bin/smtpconf
# v0.1.0 on a tagged commit; v0.1.0-3-gabc1234 after it; before the first
# tag the CHANGELOG's version as a pre-release.
VERSION ?= $(shell git describe --tags --match 'v[0-9]*' 2>/dev/null || echo v0.1.0-dev)
LDFLAGS := -s -w -X main.version=$(VERSION)
# The date of the man pages and of the files in the packages: the last
# commit's, so that two builds of one commit give the same bytes.
SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 0)
export SOURCE_DATE_EPOCH

.PHONY: build run test test-go bench bench-go bench-process bench-serve bench-startup lint fuzz clean \
	cross dist package package-test install install-test example-module

# The release binary: static (CGO_ENABLED=0: no glibc dependency, and a
# faster start than the cgo build). -race tests build their own, with cgo.
build:
	CGO_ENABLED=0 $(GO) build -trimpath -ldflags '$(LDFLAGS)' -o $(BIN) ./cmd/smtpconf

run: build
	./$(BIN) demo

# Every test, as CI runs it: installs what the tests need when missing (tmux,
# an OpenSSH client, an independent SMTP server), then vet and race-enabled
# tests, the other platforms' builds, the example module and the .deb.
# SMTPCONF_REQUIRE_EXTERNAL makes a test that lacks one of those fail
# instead of skipping, so nothing is counted as passed that did not run; it
# is on for root (CI, which can install them) and off otherwise, where a
# missing tool skips with how to install it. Either can be forced:
# make test SMTPCONF_REQUIRE_EXTERNAL=1.
# SMTPCONF_BIN is the built binary that `smtpconf serve`'s process test runs.
SMTPCONF_REQUIRE_EXTERNAL ?= $(if $(filter 0,$(shell id -u)),1,0)
test: test-go cross example-module package-test install-test

test-go: build
	.ci/install-test-deps
	$(GO) vet ./...
	@test -z "$$(gofmt -l .)" || { gofmt -l .; echo "gofmt: the files above need formatting"; exit 1; }
	SMTPCONF_REQUIRE_EXTERNAL=$(SMTPCONF_REQUIRE_EXTERNAL) SMTPCONF_BIN=$(CURDIR)/$(BIN) $(GO) test -race -count=1 -timeout 9m ./...

# macOS and Windows builds compile (serve runs on Linux and macOS only).
cross:
	GOOS=darwin GOARCH=arm64 CGO_ENABLED=0 $(GO) build -o /dev/null ./...
	GOOS=windows GOARCH=amd64 CGO_ENABLED=0 $(GO) build -o /dev/null ./...
	# vet type-checks the tests too: a test that reaches for a Unix-only
	# call outside a unix-tagged file breaks the other systems' test builds.
	GOOS=darwin GOARCH=arm64 CGO_ENABLED=0 $(GO) vet ./...
	GOOS=windows GOARCH=amd64 CGO_ENABLED=0 $(GO) vet ./...

# A module of its own that imports github.com/smtpconf/smtpconf/mailer as
# an application would (through a replace to this checkout) and sends
# through smtptest.
example-module:
	cd examples/sendmail-app && $(GO) vet ./... && $(GO) test -count=1 ./...

# dist/root is the installed tree: the binary, one man page per command in
# English (man1/) and German (de/man1/, where man looks for a de locale),
# the shell completions.
DIST := dist
dist: build
	rm -rf $(DIST)/root
	install -Dm755 $(BIN) $(DIST)/root/usr/bin/smtpconf
	$(BIN) --lang en man-pages $(DIST)/root/usr/share/man/man1
	$(BIN) --lang de man-pages $(DIST)/root/usr/share/man/de/man1
	gzip -9n $(DIST)/root/usr/share/man/man1/*.1 $(DIST)/root/usr/share/man/de/man1/*.1
	install -d $(DIST)/root/usr/share/bash-completion/completions $(DIST)/root/usr/share/zsh/vendor-completions \
		$(DIST)/root/usr/share/fish/vendor_completions.d
	$(BIN) completion bash >$(DIST)/root/usr/share/bash-completion/completions/smtpconf
	$(BIN) completion zsh >$(DIST)/root/usr/share/zsh/vendor-completions/_smtpconf
	$(BIN) completion fish >$(DIST)/root/usr/share/fish/vendor_completions.d/smtpconf.fish

# .deb and .rpm with nfpm, pinned, installed into bin/tools on first use.
NFPM_VERSION := v2.48.0
NFPM        := bin/tools/$(NFPM_VERSION)/nfpm
ARCH        ?= $(shell $(GO) env GOARCH)
PKG_VERSION := $(patsubst v%,%,$(VERSION))
$(NFPM):
	GOBIN=$(CURDIR)/$(dir $(NFPM)) $(GO) install github.com/goreleaser/nfpm/v2/cmd/nfpm@$(NFPM_VERSION)

package: dist $(NFPM)
	rm -f $(DIST)/*.deb $(DIST)/*.rpm
	VERSION=$(PKG_VERSION) ARCH=$(ARCH) $(NFPM) package --config packaging/nfpm.yaml --packager deb --target $(DIST)/
	VERSION=$(PKG_VERSION) ARCH=$(ARCH) $(NFPM) package --config packaging/nfpm.yaml --packager rpm --target $(DIST)/

# The .deb unpacked into a scratch root runs: version, validate on the
# example config it ships; man pages, completions and a unit that
# systemd-analyze verify accepts.
package-test: package
	SMTPCONF_REQUIRE_EXTERNAL=$(SMTPCONF_REQUIRE_EXTERNAL) VERSION=$(VERSION) packaging/test-deb.sh $(DIST)/smtpconf_*.deb

# make install into a staging directory lands where PREFIX says.
install-test: dist
	packaging/test-install.sh

# make install PREFIX=/usr/local DESTDIR=/tmp/stage
PREFIX  ?= /usr/local
DESTDIR ?=
install: dist
	install -Dm755 $(DIST)/root/usr/bin/smtpconf $(DESTDIR)$(PREFIX)/bin/smtpconf
	install -d $(DESTDIR)$(PREFIX)/share/man/man1
	install -m644 $(DIST)/root/usr/share/man/man1/*.1.gz $(DESTDIR)$(PREFIX)/share/man/man1/
	install -d $(DESTDIR)$(PREFIX)/share/man/de/man1
	install -m644 $(DIST)/root/usr/share/man/de/man1/*.1.gz $(DESTDIR)$(PREFIX)/share/man/de/man1/
	install -Dm644 $(DIST)/root/usr/share/bash-completion/completions/smtpconf $(DESTDIR)$(PREFIX)/share/bash-completion/completions/smtpconf
	install -Dm644 $(DIST)/root/usr/share/zsh/vendor-completions/_smtpconf $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_smtpconf
	install -Dm644 $(DIST)/root/usr/share/fish/vendor_completions.d/smtpconf.fish $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/smtpconf.fish
	install -d $(DESTDIR)$(PREFIX)/lib/systemd/system
	sed 's|/usr/bin/smtpconf|$(PREFIX)/bin/smtpconf|' packaging/smtpconf.service >$(DESTDIR)$(PREFIX)/lib/systemd/system/smtpconf.service

# Figures: in-process benchmarks (mailer against bare go-smtp, TUI first
# frame and bytes per keystroke), then whole processes (smtpconf test
# against msmtp, swaks and bare go-smtp), then 50 concurrent SSH sessions.
bench: bench-go bench-process bench-serve

bench-go:
	$(GO) test -run '^$$' -bench . -benchmem $$($(GO) list ./... | grep -v /serve)

bench-process:
	bench/process.sh

# Only the start-up figures, side by side: smtpconf test against bare
# go-smtp, smtpconf version and the binary's inits alone against a Go hello
# world (no msmtp, swaks or hyperfine needed).
bench-startup:
	bench/process.sh startup

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
	rm -rf bin dist

# docs/form.png and docs/test-send.png (and their German .de.png twins) from the real program (tmux + freeze).
# After editing internal/i18n/locales/*.toml: compile them into the binary.
.PHONY: catalogs
catalogs:
	$(GO) generate ./internal/i18n

.PHONY: screenshots
screenshots:
	docs/screenshots.sh
