package serve

import (
	"crypto/rand"
	"crypto/rsa"
	"encoding/pem"
	"os"
	"path/filepath"
	"strings"
	"testing"

	gossh "golang.org/x/crypto/ssh"
)

// The real OpenSSH client, forced to an algorithm the server no longer
// offers, is refused; with its defaults it gets in. Logging in without a
// terminal ends in the server's "needs an interactive terminal" (exit 1),
// which proves the login itself succeeded.
func TestOpenSSHWithLegacyAlgorithmsIsRefused(t *testing.T) {
	requireExternal(t, "ssh")
	f := startServer(t, withModel(newStandIn))
	o := newOpenSSH(t, f)

	rsaKey, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	block, err := gossh.MarshalPrivateKey(rsaKey, "rsa@test")
	if err != nil {
		t.Fatal(err)
	}
	rsaSigner, err := gossh.NewSignerFromKey(rsaKey)
	if err != nil {
		t.Fatal(err)
	}
	rsaPath := filepath.Join(t.TempDir(), "id_rsa")
	writeFile(t, rsaPath, string(pem.EncodeToMemory(block)))
	keys, err := os.ReadFile(f.authorizedKeys)
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, f.authorizedKeys, string(keys)+authorizedLine(rsaSigner, "rsa@test"))

	tests := []struct {
		name     string
		extra    []string
		wantCode int
		want     string
	}{
		{"defaults get in", nil, 1, "needs an interactive terminal"},
		{"rsa-sha2 signatures get in", []string{"-i", rsaPath, "-o", "PubkeyAcceptedAlgorithms=rsa-sha2-512,rsa-sha2-256"}, 1, "needs an interactive terminal"},
		{"SHA-1 key exchange", []string{"-o", "KexAlgorithms=diffie-hellman-group14-sha1"}, 255, "no matching key exchange method found"},
		{"finite field key exchange", []string{"-o", "KexAlgorithms=diffie-hellman-group16-sha512"}, 255, "no matching key exchange method found"},
		{"CTR cipher", []string{"-o", "Ciphers=aes128-ctr"}, 255, "no matching cipher found"},
		{"SHA-1 RSA signatures", []string{"-i", rsaPath, "-o", "PubkeyAcceptedAlgorithms=ssh-rsa"}, 255, "Permission denied (publickey)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := o.args()
			if len(tt.extra) > 0 && tt.extra[0] == "-i" {
				// The RSA key instead of the ed25519 one.
				for i := range args {
					if args[i] == o.keyPath {
						args[i] = tt.extra[1]
					}
				}
				tt.extra = tt.extra[2:]
			}
			code, stderr := o.run(t, append(append(args, tt.extra...), "admin@127.0.0.1")...)
			if code != tt.wantCode || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q", code, stderr, tt.wantCode, tt.want)
			}
		})
	}
}

// Before login anyone can send a user name of any size; the log keeps its
// beginning and length, made safe to print.
func TestLoggedUserNamesAreCut(t *testing.T) {
	f := startServer(t, withModel(newStandIn))
	long := "x\x1b]0;t\x07" + strings.Repeat("é", 60000)
	if c, err := f.dial(long, gossh.PublicKeys(newSigner(t))); err == nil {
		c.Close()
		t.Fatal("an unknown key logged in")
	}
	rec := f.logLine(t, "refused", func(r map[string]any) bool { return r["reason"] == "key not in authorized_keys" })
	user, _ := rec["user"].(string)
	if len(user) > 2*maxLoggedUser || !strings.HasSuffix(user, "…(120007 bytes)") || strings.ContainsAny(user, "\x1b\x07") {
		t.Errorf("logged user %q (%d bytes)", user, len(user))
	}
}

func TestLoggedUser(t *testing.T) {
	if got := loggedUser("alice"); got != "alice" {
		t.Errorf("a short name changed: %q", got)
	}
	got := loggedUser(strings.Repeat("é", 40)) // 80 bytes: the cut falls inside a character
	if want := strings.Repeat("é", 32) + "…(80 bytes)"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
