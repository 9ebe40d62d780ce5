package serve

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	gossh "golang.org/x/crypto/ssh"
)

// customConfig is a complete, valid custom server, the one the TUI's own
// tests use.
func customConfig(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "tui", "testdata", "custom-server.toml"))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// Keys as the client's terminal sends them.
const (
	keyTab       = "\t"
	keyEnter     = "\r"
	keyBackspace = "\x7f"
	keyCtrlC     = "\x03"
	keyCtrlS     = "\x13"
)

// replaceField is the keys that move tabs fields down the form and
// replace the value old there with value.
func replaceField(tabs int, old, value string) string {
	return strings.Repeat(keyTab, tabs) + strings.Repeat(keyBackspace, len(old)) + value
}

// editServer is the keys that change the server (five tabs down) from
// customConfig's to host.
func editServer(host string) string { return replaceField(5, "mail.example.com", host) }

func TestFormOverSSH(t *testing.T) {
	f := startServer(t)
	writeFile(t, f.configPath, customConfig(t))
	term := openTerminal(t, f.dialAdmin(t), 100, 30)
	screen := term.waitScreen(t, "Use the platform's default mail server")
	for _, want := range []string{"smtpconf " + f.configPath, "Server                      mail.example.com"} {
		if !strings.Contains(screen, want) {
			t.Errorf("form lacks %q:\n%s", want, screen)
		}
	}
	if strings.Contains(screen, "hunter2") {
		t.Error("the form shows the saved password")
	}
	term.send(t, keyCtrlC)
	if code := term.exitStatus(t); code != 0 {
		t.Errorf("quitting the form: exit status %d, want 0", code)
	}
	rec := f.logLine(t, "session opened", nil)
	if rec["key"] != gossh.FingerprintSHA256(f.admin.PublicKey()) || rec["user"] != "admin" || rec["key_comment"] != "alice@laptop" {
		t.Errorf("session log names the wrong admin: %v", rec)
	}
	f.logLine(t, "session closed", nil)
}

// Each session gets its own window size (and its changes), and its own
// colour profile from its TERM and environment.
func TestSessionsHaveTheirOwnTerminal(t *testing.T) {
	f := startServer(t, withModel(newStandIn))
	c := f.dialAdmin(t)
	tests := []struct {
		name      string
		term      string
		env       map[string]string
		w, h      int
		wantColor string // how red is written; "" for no colour at all
	}{
		{"256 colours", "xterm-256color", nil, 100, 30, "\x1b[38;5;196m"},
		{"true colour", "xterm-256color", map[string]string{"COLORTERM": "truecolor"}, 60, 20, "\x1b[38;2;255;0;0m"},
		{"no colour", "dumb", nil, 70, 15, ""},
	}
	terms := make([]*terminal, len(tests))
	for i, tt := range tests {
		terms[i] = openTerminalWith(t, c, tt.w, tt.h, tt.term, tt.env)
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			term := terms[i]
			term.waitScreen(t, fmt.Sprintf("size %dx%d", tt.w, tt.h))
			raw := term.raw.waitFor(t, "the view", func(s string) bool { return strings.Contains(s, "stand-in") })
			if tt.wantColor != "" && !strings.Contains(raw, tt.wantColor) {
				t.Errorf("red not written as %q:\n%q", tt.wantColor, raw)
			}
			if tt.wantColor == "" && strings.Contains(raw, "38;") {
				t.Errorf("colour sent to a dumb terminal:\n%q", raw)
			}
			term.resize(t, tt.w+1, tt.h+1)
			term.waitScreen(t, fmt.Sprintf("size %dx%d", tt.w+1, tt.h+1))
		})
	}
}

// The audit line names the admin and the keys that changed, never a value.
func TestAuditLine(t *testing.T) {
	f := startServer(t, withModel(newStandIn))
	term := openTerminal(t, f.dialAdmin(t), 80, 24)
	term.waitScreen(t, "stand-in")
	// The stand-in reports a save that changed nothing, then one of
	// smtp.host and smtp.password; keys are handled in order, so once the
	// second line is in, the first would be too.
	term.send(t, "e")
	term.send(t, "s")
	rec := f.logLine(t, "saved", nil)
	if saves := logRecords(t, f.log.String(), "saved"); len(saves) != 1 {
		t.Errorf("%d audit lines, want 1: a save that changed nothing writes none:\n%s", len(saves), f.log.String())
	}
	want := map[string]any{
		"user":        "admin",
		"key":         gossh.FingerprintSHA256(f.admin.PublicKey()),
		"key_comment": "alice@laptop",
		"path":        f.configPath,
		"changed":     []any{"smtp.host", "smtp.password"},
	}
	for k, v := range want {
		if fmt.Sprint(rec[k]) != fmt.Sprint(v) {
			t.Errorf("audit %s = %v, want %v", k, rec[k], v)
		}
	}
	for _, k := range []string{"time", "remote"} {
		if rec[k] == nil || rec[k] == "" {
			t.Errorf("audit line lacks %s: %v", k, rec)
		}
	}
}

// Two admins edit the same file at once: the second save finds the file
// changed on disk, the admin is told, reloads and saves again; the file
// ends with both changes and the log with one audit line each, no values.
func TestTwoAdminsSaveInTurn(t *testing.T) {
	f := startServer(t)
	writeFile(t, f.configPath, customConfig(t))
	bob, bobClient := f.addBob(t)

	alice := openTerminal(t, f.dialAdmin(t), 100, 40)
	bobTerm := openTerminal(t, bobClient, 100, 40)
	alice.waitScreen(t, "Sender address")
	bobTerm.waitScreen(t, "Sender address")

	// Alice changes the server and the password, and saves.
	alice.send(t, editServer("a.example.com"))
	alice.send(t, strings.Repeat(keyTab, 4)+"N3wS3cret")
	alice.send(t, keyCtrlS)
	alice.waitScreen(t, "Review before saving")
	alice.send(t, keyEnter)
	alice.waitScreen(t, "Saved to")
	f.logLine(t, "saved", func(r map[string]any) bool { return r["user"] == "admin" })

	// Bob, who loaded the file before Alice saved, changes the sender name.
	bobEdit := replaceField(2, "Example Platform", "Team B")
	bobTerm.send(t, bobEdit+keyCtrlS)
	bobTerm.waitScreen(t, "Review before saving")
	bobTerm.send(t, keyEnter)
	bobTerm.waitScreen(t, "The file changed on disk")
	if data, _ := os.ReadFile(f.configPath); strings.Contains(string(data), "Team B") {
		t.Fatal("Bob's save went over Alice's")
	}
	bobTerm.send(t, "r")
	bobTerm.waitScreen(t, "Reloaded")
	bobTerm.waitScreen(t, "a.example.com")
	bobTerm.send(t, bobEdit+keyCtrlS)
	bobTerm.waitScreen(t, "Review before saving")
	bobTerm.send(t, keyEnter)
	bobTerm.waitScreen(t, "Saved to")
	f.logLine(t, "saved", func(r map[string]any) bool { return r["user"] == "bob" })

	f.requireConfigHas(t, `host = "a.example.com"`, `password = "N3wS3cret"`, `sender_name = "Team B"`)
	logs := f.log.String()
	for _, secret := range []string{"N3wS3cret", "hunter2"} {
		if strings.Contains(logs, secret) {
			t.Errorf("the log holds a password value:\n%s", logs)
		}
	}
	a := f.logLine(t, "saved", func(r map[string]any) bool { return r["user"] == "admin" })
	b := f.logLine(t, "saved", func(r map[string]any) bool { return r["user"] == "bob" })
	if fmt.Sprint(a["changed"]) != "[smtp.host smtp.password]" || fmt.Sprint(b["changed"]) != "[smtp.sender_name]" {
		t.Errorf("audit changed keys: alice %v, bob %v", a["changed"], b["changed"])
	}
	if b["key"] != gossh.FingerprintSHA256(bob.PublicKey()) {
		t.Errorf("bob's audit line has key %v", b["key"])
	}
}

// A client that vanishes ends its form: nothing stays behind per session.
func TestSessionEndsWhenClientDisconnects(t *testing.T) {
	f := startServer(t)
	writeFile(t, f.configPath, customConfig(t))
	c, err := f.dial("admin", gossh.PublicKeys(f.admin))
	if err != nil {
		t.Fatal(err)
	}
	term := openTerminal(t, c, 80, 24)
	term.waitScreen(t, "Sender address")
	c.Close()
	f.logLine(t, "session closed", func(r map[string]any) bool { return r["reason"] == errDisconnected.Error() })
	f.srv.mu.Lock()
	defer f.srv.mu.Unlock()
	for conn := range f.srv.conns {
		if conn.sessions != 0 {
			t.Errorf("a connection still counts %d forms", conn.sessions)
		}
	}
}

// Two admins press enter on their summaries at the same moment: one save
// wins, the other is told the file changed; neither is written over.
func TestTwoAdminsSaveAtOnce(t *testing.T) {
	f := startServer(t)
	writeFile(t, f.configPath, customConfig(t))
	c := f.dialAdmin(t)
	edits := map[string]string{
		"a.example.com": editServer("a.example.com"),
		"Team B":        replaceField(2, "Example Platform", "Team B"),
	}
	var terms []*terminal
	var values []string
	for value, keys := range edits {
		term := openTerminal(t, c, 100, 40)
		term.waitScreen(t, "Sender address")
		term.send(t, keys+keyCtrlS)
		term.waitScreen(t, "Review before saving")
		terms, values = append(terms, term), append(values, value)
	}
	var wg sync.WaitGroup
	for _, term := range terms {
		wg.Go(func() { _, _ = io.WriteString(term.stdin, keyEnter) })
	}
	wg.Wait()
	saved := -1
	for i, term := range terms {
		screen := term.screen.waitUntil(t, "the save's outcome", func(s string) bool {
			return strings.Contains(s, "Saved to") || strings.Contains(s, "The file changed on disk")
		})
		if strings.Contains(screen, "Saved to") {
			if saved >= 0 {
				t.Fatal("both saves succeeded: one overwrote the other")
			}
			saved = i
		}
	}
	if saved < 0 {
		t.Fatal("neither save succeeded")
	}
	data, err := os.ReadFile(f.configPath)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), values[saved]) || strings.Contains(string(data), values[1-saved]) {
		t.Errorf("the file should hold exactly the winner's change %q:\n%s", values[saved], data)
	}
}
