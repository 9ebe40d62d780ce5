package serve

import (
	"os"
	"strings"
	"testing"

	gossh "golang.org/x/crypto/ssh"
)

func TestAuthentication(t *testing.T) {
	f := startServer(t, withModel(newStandIn))
	stranger := newSigner(t)
	tests := []struct {
		name       string
		auth       gossh.AuthMethod
		wantOK     bool
		wantErr    string // in the client's error
		wantReason string // in the server's refusal log line
	}{
		{"authorised key gets in", gossh.PublicKeys(f.admin), true, "", ""},
		{"unknown key refused", gossh.PublicKeys(stranger), false, "unable to authenticate", "key not in authorized_keys"},
		// The server offers public keys only, so clients do not even try
		// these: "no supported methods remain".
		{"password refused", gossh.Password("hunter2"), false, "no supported methods remain", "no public key accepted"},
		{"keyboard-interactive refused", gossh.KeyboardInteractive(
			func(string, string, []string, []bool) ([]string, error) { return []string{"hunter2"}, nil }),
			false, "no supported methods remain", "no public key accepted"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := f.dial("admin", tt.auth)
			if tt.wantOK {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				c.Close()
				return
			}
			if err == nil {
				c.Close()
				t.Fatal("accepted")
			}
			if !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("error %v, want %q", err, tt.wantErr)
			}
			f.logLine(t, "refused", func(r map[string]any) bool { return strings.Contains(r["reason"].(string), tt.wantReason) })
		})
	}
}

// An unknown key is refused before any session opens: the model is never built.
func TestUnknownKeyNeverReachesTheForm(t *testing.T) {
	f := startServer(t, withModel(newStandIn))
	if _, err := f.dial("admin", gossh.PublicKeys(newSigner(t))); err == nil {
		t.Fatal("accepted")
	}
	rec := f.logLine(t, "refused", nil)
	if rec["key"] == "" || rec["remote"] == "" {
		t.Errorf("refusal lacks key or remote address: %v", rec)
	}
	if strings.Contains(f.log.String(), "session opened") {
		t.Error("a session opened for an unknown key")
	}
}

func TestAuthorizedKeysReloaded(t *testing.T) {
	f := startServer(t, withModel(newStandIn))
	bob := newSigner(t)
	if _, err := f.dial("bob", gossh.PublicKeys(bob)); err == nil {
		t.Fatal("bob accepted before being added")
	}

	// Add bob and remove alice, with the same file size so that only the
	// content tells (same-size edits within the mtime's resolution).
	writeFile(t, f.authorizedKeys, authorizedLine(bob, "bob@desk__"))
	c, err := f.dial("bob", gossh.PublicKeys(bob))
	if err != nil {
		t.Fatalf("bob refused after being added: %v", err)
	}
	c.Close()
	if _, err := f.dial("admin", gossh.PublicKeys(f.admin)); err == nil {
		t.Fatal("alice accepted after being removed")
	}

	// A file that disappears refuses everyone, then comes back.
	if err := os.Remove(f.authorizedKeys); err != nil {
		t.Fatal(err)
	}
	if _, err := f.dial("bob", gossh.PublicKeys(bob)); err == nil {
		t.Fatal("bob accepted with no authorized_keys file")
	}
	writeFile(t, f.authorizedKeys, "# admins\n\nnot a key line\n"+authorizedLine(bob, "bob@desk"))
	c, err = f.dial("bob", gossh.PublicKeys(bob))
	if err != nil {
		t.Fatalf("bob refused after the file came back with a bad line: %v", err)
	}
	c.Close()
	f.logLine(t, "authorized keys: line skipped", nil)
}

// A key removed while its connection is open opens no new form.
func TestRemovedKeyOpensNoNewSession(t *testing.T) {
	f := startServer(t, withModel(newStandIn))
	c := f.dialAdmin(t)
	openTerminal(t, c, 80, 24).waitScreen(t, "stand-in")
	writeFile(t, f.authorizedKeys, "# nobody\n")
	term := openTerminal(t, c, 80, 24)
	if code := term.exitStatus(t); code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
	term.stderr.waitFor(t, "the refusal", func(s string) bool { return strings.Contains(s, "no longer authorised") })
}
