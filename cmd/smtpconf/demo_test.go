package main

import (
	"path/filepath"
	"testing"

	"github.com/smtpconf/smtpconf/config"
)

// TestDemoConfig: the demo's platform server has a sender of its own, so
// the form opens in the clean state (only the default choice shows), and
// the file it writes is valid as it is.
func TestDemoConfig(t *testing.T) {
	dir := t.TempDir()
	srv, err := startDemoServer(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(srv.Close)
	path := filepath.Join(dir, "config.toml")
	if _, err := writeDemoConfig(path, dir, srv); err != nil {
		t.Fatal(err)
	}
	f, err := config.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if f.Config.DefaultServer.Sender == "" {
		t.Error("the demo's [default_server] has no sender: the form would ask for one")
	}
	if errs := config.Validate(f.Config).Errors(); len(errs) > 0 {
		t.Errorf("the demo config does not validate:\n%v", errs)
	}
}
