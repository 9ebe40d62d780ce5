package serve

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// requireExternal skips a test whose tool is missing, or fails it when
// SMTPCONF_REQUIRE_EXTERNAL=1 (CI), so nothing passes that did not run.
func requireExternal(t *testing.T, tools ...string) {
	t.Helper()
	for _, tool := range tools {
		if _, err := exec.LookPath(tool); err != nil {
			msg := fmt.Sprintf("%s not found; install it: apt-get install -y openssh-client tmux", tool)
			if os.Getenv("SMTPCONF_REQUIRE_EXTERNAL") == "1" {
				t.Fatal(msg)
			}
			t.Skip(msg)
		}
	}
}

// openSSH is the real OpenSSH client set up for a fixture: its own key
// (authorised), known_hosts holding the server's key, no user config.
type openSSH struct {
	f          *fixture
	keyPath    string
	knownHosts string
	port       string
}

func newOpenSSH(t *testing.T, f *fixture) *openSSH {
	t.Helper()
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	block, err := gossh.MarshalPrivateKey(priv, "e2e@test")
	if err != nil {
		t.Fatal(err)
	}
	signer, err := gossh.NewSignerFromKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	o := &openSSH{f: f, keyPath: filepath.Join(dir, "id_ed25519"), knownHosts: filepath.Join(dir, "known_hosts")}
	writeFile(t, o.keyPath, string(pem.EncodeToMemory(block)))
	_, o.port, _ = net.SplitHostPort(f.addr)
	// Known in advance, so StrictHostKeyChecking=yes checks the real key.
	writeFile(t, o.knownHosts, knownHostsLine(f.addr, f.hostKey))
	keys, err := os.ReadFile(f.authorizedKeys)
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, f.authorizedKeys, string(keys)+authorizedLine(signer, "e2e@test"))
	return o
}

func knownHostsLine(addr string, key gossh.PublicKey) string {
	host, port, _ := net.SplitHostPort(addr)
	return fmt.Sprintf("[%s]:%s %s", host, port, gossh.MarshalAuthorizedKey(key))
}

// args are ssh's arguments before the destination.
func (o *openSSH) args(extra ...string) []string {
	return append([]string{
		"-F", "/dev/null",
		"-o", "StrictHostKeyChecking=yes",
		"-o", "UserKnownHostsFile=" + o.knownHosts,
		"-o", "IdentitiesOnly=yes", "-o", "IdentityAgent=none",
		"-o", "BatchMode=yes",
		"-o", "ConnectTimeout=10",
		"-i", o.keyPath, "-p", o.port,
	}, extra...)
}

// run runs ssh without a terminal and returns its exit code and stderr.
func (o *openSSH) run(t *testing.T, args ...string) (int, string) {
	t.Helper()
	cmd := exec.Command("ssh", args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	cmd.Stdin = strings.NewReader("")
	done := make(chan error, 1)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { done <- cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(waitTimeout):
		_ = cmd.Process.Kill()
		t.Fatalf("ssh %v did not finish", args)
	}
	return cmd.ProcessState.ExitCode(), stderr.String()
}

// The real OpenSSH client, in a real terminal (tmux), gets the form.
func TestOpenSSHInTmux(t *testing.T) {
	requireExternal(t, "ssh", "tmux")
	f := startServer(t)
	writeFile(t, f.configPath, customConfig(t))
	o := newOpenSSH(t, f)

	socket := fmt.Sprintf("smtpconf-serve-%d", time.Now().UnixNano())
	tmux := func(args ...string) (string, error) {
		out, err := exec.Command("tmux", append([]string{"-L", socket, "-f", "/dev/null"}, args...)...).CombinedOutput()
		return string(out), err
	}
	t.Cleanup(func() { _, _ = tmux("kill-server") })
	sshLine := "ssh -tt " + strings.Join(o.args(), " ") + " admin@127.0.0.1"
	// The pane stays after ssh exits, so its exit code can be read.
	if out, err := tmux("new-session", "-d", "-s", "e2e", "-x", "100", "-y", "30",
		"sh", "-c", sshLine+`; echo "ssh exited $?"; sleep 600`); err != nil {
		t.Fatalf("tmux: %v: %s", err, out)
	}
	capture := func() string { out, _ := tmux("capture-pane", "-p", "-t", "e2e"); return out }
	waitPane := func(want string) string {
		t.Helper()
		deadline := time.Now().Add(waitTimeout)
		tick := time.NewTicker(50 * time.Millisecond)
		defer tick.Stop()
		for {
			screen := capture()
			if strings.Contains(screen, want) {
				return screen
			}
			if time.Now().After(deadline) {
				t.Fatalf("the pane never showed %q; it shows:\n%s", want, screen)
			}
			<-tick.C
		}
	}
	screen := waitPane("Use the platform's default mail server")
	if !strings.Contains(screen, "smtpconf "+f.configPath) || !strings.Contains(screen, "mail.example.com") {
		t.Errorf("form incomplete:\n%s", screen)
	}
	if _, err := tmux("send-keys", "-t", "e2e", "C-c"); err != nil {
		t.Fatal(err)
	}
	waitPane("ssh exited 0")
	f.logLine(t, "session opened", func(r map[string]any) bool { return r["key_comment"] == "e2e@test" })
}

// What OpenSSH users see when they ask for anything but the form.
func TestOpenSSHRefusals(t *testing.T) {
	requireExternal(t, "ssh")
	f := startServer(t, withModel(newStandIn))
	o := newOpenSSH(t, f)
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantStderr string
	}{
		{"no terminal", append(o.args("-T"), "admin@127.0.0.1"), 1, "smtpconf serve needs an interactive terminal: ssh -t -p " + o.port},
		{"command", append(o.args(), "admin@127.0.0.1", "cat", "/etc/passwd"), 1, "runs no commands, only the settings form"},
		{"sftp subsystem", append(o.args("-s"), "admin@127.0.0.1", "sftp"), 255, "subsystem request failed"},
		{"remote forwarding", append(o.args("-N", "-o", "ExitOnForwardFailure=yes", "-R", "127.0.0.1:0:127.0.0.1:9"), "admin@127.0.0.1"), 255, "remote port forwarding failed"},
		{"password only", append(o.args("-o", "PubkeyAuthentication=no", "-o", "BatchMode=yes"), "admin@127.0.0.1"), 255, "Permission denied (publickey)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stderr := o.run(t, tt.args...)
			if code != tt.wantCode || !strings.Contains(stderr, tt.wantStderr) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q", code, stderr, tt.wantCode, tt.wantStderr)
			}
		})
	}
}
