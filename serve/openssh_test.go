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

	"github.com/smtpconf/smtpconf/internal/external"
)

// requireExternal skips a test whose tool is missing, or fails it when
// SMTPCONF_REQUIRE_EXTERNAL=1 (CI), so nothing passes that did not run.
func requireExternal(t *testing.T, tools ...string) {
	t.Helper()
	for _, tool := range tools {
		external.Program(t, tool, "openssh-client tmux")
	}
}

// openSSH is the real OpenSSH client set up for a fixture: its own key
// (authorised), known_hosts holding the server's key, no user config.
type openSSH struct {
	f          *fixture
	signer     gossh.Signer // the key ssh logs in with
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
	o := &openSSH{f: f, signer: signer, keyPath: filepath.Join(dir, "id_ed25519"), knownHosts: filepath.Join(dir, "known_hosts")}
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

// tmuxPane is a program running in a detached tmux session of its own
// (its own server socket), driven with send-keys and read with capture-pane.
type tmuxPane struct {
	t      *testing.T
	socket string
}

// newTmuxPane runs shellLine in a w×h pane. The pane stays after the
// command exits, so that what it printed last can be read.
func newTmuxPane(t *testing.T, w, h int, shellLine string) *tmuxPane {
	t.Helper()
	p := &tmuxPane{t: t, socket: fmt.Sprintf("smtpconf-serve-%d", time.Now().UnixNano())}
	t.Cleanup(func() { _, _ = p.tmux("kill-server") })
	if out, err := p.tmux("new-session", "-d", "-s", "e2e", "-x", fmt.Sprint(w), "-y", fmt.Sprint(h),
		"sh", "-c", shellLine+"; sleep 600"); err != nil {
		t.Fatalf("tmux: %v: %s", err, out)
	}
	return p
}

func (p *tmuxPane) tmux(args ...string) (string, error) {
	out, err := exec.Command("tmux", append([]string{"-L", p.socket, "-f", "/dev/null"}, args...)...).CombinedOutput()
	return string(out), err
}

func (p *tmuxPane) capture() string { out, _ := p.tmux("capture-pane", "-p", "-t", "e2e"); return out }

// keys types tmux key names (Tab, BSpace, C-s, Enter) or, with literal,
// text as it is.
func (p *tmuxPane) keys(literal bool, keys ...string) {
	p.t.Helper()
	args := []string{"send-keys", "-t", "e2e"}
	if literal {
		args = append(args, "-l")
	}
	if out, err := p.tmux(append(args, keys...)...); err != nil {
		p.t.Fatalf("tmux send-keys %q: %v: %s", keys, err, out)
	}
}

// wait polls the pane until it shows want (bounded by waitTimeout) and
// returns the screen.
func (p *tmuxPane) wait(want string) string {
	p.t.Helper()
	deadline := time.Now().Add(waitTimeout)
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	for {
		screen := p.capture()
		if strings.Contains(screen, want) {
			return screen
		}
		if time.Now().After(deadline) {
			p.t.Fatalf("after %v the pane still does not show %q; it shows:\n%s", waitTimeout, want, screen)
		}
		<-tick.C
	}
}

// The real OpenSSH client, in a real terminal (tmux), gets the form, and
// a save made through it reaches the file and the audit log: one line
// naming the key that changed and who changed it, no values.
func TestOpenSSHInTmux(t *testing.T) {
	requireExternal(t, "ssh", "tmux")
	f := startServer(t)
	writeFile(t, f.configPath, customConfig(t))
	// Readable by others before the save: the save keeps the group's read
	// access and drops the others' (0640, see config's modeFor).
	if err := os.Chmod(f.configPath, 0o644); err != nil {
		t.Fatal(err)
	}
	o := newOpenSSH(t, f)
	sshLine := "ssh -tt " + strings.Join(o.args(), " ") + " admin@127.0.0.1"
	pane := newTmuxPane(t, 100, 40, sshLine+`; echo "ssh exited $?"`)

	screen := pane.wait("Use the platform's default mail server")
	if !strings.Contains(screen, "smtpconf "+f.configPath) || !strings.Contains(screen, "mail.example.com") {
		t.Errorf("form incomplete:\n%s", screen)
	}
	pane.wait("Sender address")

	// The server field (five tabs down, as in TestTwoAdminsSaveInTurn).
	for range 5 {
		pane.keys(false, "Tab")
	}
	for range len("mail.example.com") {
		pane.keys(false, "BSpace")
	}
	pane.keys(true, "a.example.com")
	pane.wait("a.example.com")
	pane.keys(false, "C-s")
	screen = pane.wait("Review before saving")
	if !strings.Contains(screen, "Changed: Server") {
		t.Errorf("the summary does not list the server (smtp.host) as the change:\n%s", screen)
	}
	pane.keys(false, "Enter")
	pane.wait("Saved to")

	info, err := os.Stat(f.configPath)
	if err != nil {
		t.Fatal(err)
	}
	if mode := info.Mode().Perm(); mode != 0o640 {
		t.Errorf("saved file has mode %v, want 0640", mode)
	}
	data := f.requireConfigHas(t, `host = "a.example.com"`, `password = "hunter2"`, `sender_name = "Example Platform"`)
	if strings.Contains(data, "mail.example.com") {
		t.Errorf("saved file still holds the old server:\n%s", data)
	}

	pane.keys(false, "C-c")
	pane.wait("ssh exited 0")
	f.logLine(t, "session closed", func(r map[string]any) bool { return r["key_comment"] == "e2e@test" })

	// The session has ended, so every audit line it could write is in.
	saves := logRecords(t, f.log.String(), "saved")
	if len(saves) != 1 {
		t.Fatalf("%d audit lines, want exactly 1:\n%s", len(saves), f.log.String())
	}
	want := map[string]string{
		"user":        "admin",
		"key":         gossh.FingerprintSHA256(o.signer.PublicKey()),
		"key_comment": "e2e@test",
		"path":        f.configPath,
		"changed":     "[smtp.host]",
	}
	for k, v := range want {
		if got := fmt.Sprint(saves[0][k]); got != v {
			t.Errorf("audit %s = %s, want %s", k, got, v)
		}
	}
	if logs := f.log.String(); strings.Contains(logs, "hunter2") || strings.Contains(logs, "a.example.com") {
		t.Errorf("the log holds a setting's value:\n%s", logs)
	}
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
