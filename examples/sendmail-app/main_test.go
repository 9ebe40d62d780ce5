package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/smtpconf/smtpconf/mailer/smtptest"
)

// The application sends through the server its config file names: here
// smtptest's, on loopback, with STARTTLS against its own CA and a login.
func TestSendWelcomeThroughTheConfiguredServer(t *testing.T) {
	srv := smtptest.NewServer(t, smtptest.WithUser("app@example.com", "app-password"), smtptest.RequireAuth())
	path := filepath.Join(t.TempDir(), "config.toml")
	file := fmt.Sprintf(`[smtp]
use_default = false
sender = "app@example.com"
host = %q
port = %d
starttls = true
auth = "plain"
username = "app@example.com"
password = "app-password"
tls_ca_file = %q
`, srv.Host, srv.Port, srv.CAFile())
	if err := os.WriteFile(path, []byte(file), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := sendWelcome(ctx, path, "user@example.com"); err != nil {
		t.Fatal(err)
	}
	msgs := srv.Messages()
	if len(msgs) != 1 || !slices.Equal(msgs[0].To, []string{"user@example.com"}) || msgs[0].User != "app@example.com" {
		t.Fatalf("the server holds %+v, want one message to user@example.com sent as app@example.com", msgs)
	}
}

// A file smtpconf would refuse never reaches the network.
func TestInvalidSettingsAreRefusedBeforeSending(t *testing.T) {
	path := filepath.Join(t.TempDir(), "config.toml")
	if err := os.WriteFile(path, []byte("[smtp]\nuse_default = false\nport = 70000\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := sendWelcome(context.Background(), path, "user@example.com"); err == nil {
		t.Fatal("an invalid file was accepted")
	}
}
