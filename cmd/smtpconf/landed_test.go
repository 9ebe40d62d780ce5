package main

// TEMPORARY while config and mailer are being written in parallel: skip the
// tests that need them until their stubs are replaced. Removed once both land.

import (
	"context"
	"testing"

	"smtpconf/config"
	"smtpconf/mailer"
)

func needConfig(t *testing.T) {
	t.Helper()
	if config.DefaultPath() == "" {
		t.Skip("config not implemented yet")
	}
}

func needMailer(t *testing.T) {
	t.Helper()
	needConfig(t)
	if r := mailer.Check(context.Background(), config.Server{}, "", mailer.Options{}); r.Err != nil && r.Err.Error() == "not implemented" {
		t.Skip("mailer not implemented yet")
	}
}
