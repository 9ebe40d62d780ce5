package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/smtpconf/smtpconf/discover"
)

// TestFormCommandsCheckTheResolver: the form's search from the sender
// address asks SMTPCONF_RESOLVER, so configure, demo and serve refuse a
// value that is no address before opening anything, as probe does.
func TestFormCommandsCheckTheResolver(t *testing.T) {
	dir := t.TempDir()
	config := filepath.Join(dir, "config.toml")
	for _, tt := range []struct {
		name string
		args []string
	}{
		{"configure", []string{"--config", config, "configure"}},
		{"demo", []string{"demo"}},
		{"serve", []string{"--config", config, "serve", "--listen", "127.0.0.1:0",
			"--host-key", filepath.Join(dir, "host_key"), "--authorized-keys", filepath.Join(dir, "authorized_keys")}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			o := newEnv(t).with(discover.EnvResolver+"=internal-dns").run("", tt.args...)
			expectCode(t, o, 2)
			if !strings.Contains(o.stderr, "SMTPCONF_RESOLVER") {
				t.Errorf("stderr does not name SMTPCONF_RESOLVER:\n%s", o)
			}
		})
	}
}
