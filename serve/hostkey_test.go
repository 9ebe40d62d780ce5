package serve

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	gossh "golang.org/x/crypto/ssh"
)

func TestHostKey(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "state")
	path := filepath.Join(dir, "ssh_host_ed25519_key")

	first, err := loadOrCreateHostKey(path)
	if err != nil {
		t.Fatal(err)
	}
	if !first.generated || first.signer.PublicKey().Type() != gossh.KeyAlgoED25519 {
		t.Errorf("first start: generated %v, type %s", first.generated, first.signer.PublicKey().Type())
	}
	if !strings.HasPrefix(first.Fingerprint(), "SHA256:") {
		t.Errorf("fingerprint %q", first.Fingerprint())
	}
	for p, want := range map[string]os.FileMode{path: 0o600, dir: 0o700} {
		fi, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode().Perm() != want {
			t.Errorf("%s: mode %04o, want %04o", p, fi.Mode().Perm(), want)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("the key's directory holds %d files, want only the key", len(entries))
	}

	again, err := loadOrCreateHostKey(path)
	if err != nil {
		t.Fatal(err)
	}
	if again.generated || again.Fingerprint() != first.Fingerprint() {
		t.Errorf("restart: generated %v, fingerprint %s, want the first key %s", again.generated, again.Fingerprint(), first.Fingerprint())
	}

	if err := os.Chmod(path, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := loadOrCreateHostKey(path); err == nil || !strings.Contains(err.Error(), "chmod 600") {
		t.Errorf("a world-readable key: error %v, want a refusal naming chmod 600", err)
	}
}

// A restarted server presents the same host key, so clients' known_hosts
// entries stay valid.
func TestHostKeyReusedOnRestart(t *testing.T) {
	f := startServer(t, withModel(newStandIn))
	before := f.hostKey
	if err := f.stop(t); err != nil {
		t.Fatal(err)
	}
	f.start(t, Options{
		HostKeyPath:        f.hostKeyPath,
		AuthorizedKeysPath: f.authorizedKeys,
		ConfigPath:         f.configPath,
		NewModel:           newStandIn,
	})
	if f.srv.HostKeyGenerated() {
		t.Error("restart generated a new host key")
	}
	f.hostKey = before // the client insists on the first key
	f.dialAdmin(t).Close()
}
