package serve

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	gossh "golang.org/x/crypto/ssh"

	"github.com/smtpconf/smtpconf/tui"
)

// waitTimeout bounds every wait for the server; generous for a loaded CI
// machine, never a synchronisation sleep.
const waitTimeout = 20 * time.Second

// watched is an output sink that tests can wait on: every write wakes the
// waiters, so a wait returns as soon as the text is there.
type watched struct {
	mu      sync.Mutex
	buf     bytes.Buffer
	changed chan struct{}
}

func newWatched() *watched { return &watched{changed: make(chan struct{})} }

func (w *watched) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.buf.Write(p)
	close(w.changed)
	w.changed = make(chan struct{})
	return len(p), nil
}

func (w *watched) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.buf.String()
}

// waitFor waits until cond holds for everything written so far.
func (w *watched) waitFor(t testing.TB, what string, cond func(string) bool) string {
	t.Helper()
	text, err := w.wait(what, cond)
	if err != nil {
		t.Fatal(err)
	}
	return text
}

// wait is waitFor for goroutines other than the test's, which must not
// call t.Fatal.
func (w *watched) wait(what string, cond func(string) bool) (string, error) {
	deadline := time.NewTimer(waitTimeout)
	defer deadline.Stop()
	for {
		w.mu.Lock()
		text, changed := w.buf.String(), w.changed
		w.mu.Unlock()
		if cond(text) {
			return text, nil
		}
		select {
		case <-changed:
		case <-deadline.C:
			return text, fmt.Errorf("timed out after %v waiting for %s; got:\n%s", waitTimeout, what, text)
		}
	}
}

// fixture is a server on loopback with one admin key authorised.
type fixture struct {
	srv            *Server
	addr           string
	dir            string
	configPath     string
	authorizedKeys string
	hostKeyPath    string
	hostKey        gossh.PublicKey
	admin          gossh.Signer
	log            *watched
	cancel         context.CancelFunc
	served         chan error
}

type fixtureOption func(*Options)

// withModel runs a stand-in model instead of the real form.
func withModel(newModel func(context.Context, tui.Options) (tea.Model, error)) fixtureOption {
	return func(o *Options) { o.NewModel = newModel }
}

func startServer(t testing.TB, opts ...fixtureOption) *fixture {
	t.Helper()
	dir := t.TempDir()
	f := &fixture{
		dir:            dir,
		configPath:     filepath.Join(dir, "config.toml"),
		authorizedKeys: filepath.Join(dir, "authorized_keys"),
		hostKeyPath:    filepath.Join(dir, "keys", "host_ed25519"),
		admin:          newSigner(t),
		log:            newWatched(),
	}
	writeFile(t, f.authorizedKeys, authorizedLine(f.admin, "alice@laptop"))
	o := Options{
		HostKeyPath:        f.hostKeyPath,
		AuthorizedKeysPath: f.authorizedKeys,
		ConfigPath:         f.configPath,
		Grace:              5 * time.Second,
		Log:                slog.New(slog.NewJSONHandler(f.log, nil)),
	}
	for _, opt := range opts {
		opt(&o)
	}
	f.start(t, o)
	return f
}

// start runs a server with o on a fresh loopback port.
func (f *fixture) start(t testing.TB, o Options) {
	t.Helper()
	srv, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	f.srv, f.addr, f.cancel, f.served = srv, ln.Addr().String(), cancel, make(chan error, 1)
	f.hostKey = srv.hostKey.signer.PublicKey()
	go func() { f.served <- srv.Serve(ctx, ln) }()
	t.Cleanup(func() { f.stop(t) })
}

// stop ends Serve and waits for it; safe to call more than once.
func (f *fixture) stop(t testing.TB) error {
	t.Helper()
	f.cancel()
	select {
	case err, ok := <-f.served:
		if ok {
			close(f.served)
		}
		return err
	case <-time.After(waitTimeout):
		t.Fatal("Serve did not return")
		return nil
	}
}

func newSigner(t testing.TB) gossh.Signer {
	t.Helper()
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	s, err := gossh.NewSignerFromKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func authorizedLine(s gossh.Signer, comment string) string {
	return strings.TrimSpace(string(gossh.MarshalAuthorizedKey(s.PublicKey()))) + " " + comment + "\n"
}

func writeFile(t testing.TB, path, body string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
}

// addBob authorises a second admin, bob@desk, beside alice, and logs him in.
func (f *fixture) addBob(t testing.TB) (gossh.Signer, *gossh.Client) {
	t.Helper()
	bob := newSigner(t)
	writeFile(t, f.authorizedKeys, authorizedLine(f.admin, "alice@laptop")+authorizedLine(bob, "bob@desk"))
	c, err := f.dial("bob", gossh.PublicKeys(bob))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return bob, c
}

// dial connects as user with the given auth methods, checking the host key.
func (f *fixture) dial(user string, auth ...gossh.AuthMethod) (*gossh.Client, error) {
	return gossh.Dial("tcp", f.addr, &gossh.ClientConfig{
		User:            user,
		Auth:            auth,
		HostKeyCallback: gossh.FixedHostKey(f.hostKey),
		Timeout:         waitTimeout,
	})
}

// dialAdmin connects with the authorised key; the test fails otherwise.
func (f *fixture) dialAdmin(t testing.TB) *gossh.Client {
	t.Helper()
	c, err := f.dial("admin", gossh.PublicKeys(f.admin))
	if err != nil {
		t.Fatalf("authorised key refused: %v", err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// terminal is one interactive session as a client sees it.
type terminal struct {
	sess   *gossh.Session
	stdin  io.WriteCloser
	screen *screen
	raw    *watched // the bytes as sent, colours included
	stderr *watched
	done   chan error // Wait's result
}

// openTerminal asks for a PTY of w×h and a shell, as `ssh -t` does.
func openTerminal(t testing.TB, c *gossh.Client, w, h int) *terminal {
	t.Helper()
	return openTerminalWith(t, c, w, h, "xterm-256color", nil)
}

// openTerminalWith is openTerminal with a TERM and environment variables
// sent as OpenSSH's SendEnv does.
func openTerminalWith(t testing.TB, c *gossh.Client, w, h int, termName string, env map[string]string) *terminal {
	t.Helper()
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	term := &terminal{sess: sess, screen: newScreen(w, h), raw: newWatched(), stderr: newWatched(), done: make(chan error, 1)}
	sess.Stdout, sess.Stderr = io.MultiWriter(term.screen, term.raw), term.stderr
	if term.stdin, err = sess.StdinPipe(); err != nil {
		t.Fatal(err)
	}
	for k, v := range env {
		if err := sess.Setenv(k, v); err != nil {
			t.Fatal(err)
		}
	}
	if err := sess.RequestPty(termName, h, w, gossh.TerminalModes{gossh.ECHO: 0}); err != nil {
		t.Fatal(err)
	}
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	go func() { term.done <- sess.Wait() }()
	t.Cleanup(func() { sess.Close() })
	return term
}

func (term *terminal) send(t testing.TB, keys string) {
	t.Helper()
	if _, err := io.WriteString(term.stdin, keys); err != nil {
		t.Fatalf("typing %q: %v", keys, err)
	}
}

// waitScreen waits until the screen shows want, and returns the screen.
func (term *terminal) waitScreen(t testing.TB, want string) string {
	t.Helper()
	return term.screen.waitFor(t, want)
}

// resize changes the window's size, as resizing a terminal window does.
func (term *terminal) resize(t testing.TB, w, h int) {
	t.Helper()
	term.screen.Resize(w, h)
	if err := term.sess.WindowChange(h, w); err != nil {
		t.Fatal(err)
	}
}

// exitStatus waits for the session to end and returns its exit status.
func (term *terminal) exitStatus(t testing.TB) int {
	t.Helper()
	select {
	case err := <-term.done:
		var exit *gossh.ExitError
		switch {
		case err == nil:
			return 0
		case errors.As(err, &exit):
			return exit.ExitStatus()
		default:
			t.Fatalf("session ended without a status: %v", err)
		}
	case <-time.After(waitTimeout):
		t.Fatal("session did not end")
	}
	return -1
}

// requireConfigHas reads the config file and fails the test for each
// line it lacks; it returns the file for further checks.
func (f *fixture) requireConfigHas(t testing.TB, lines ...string) string {
	t.Helper()
	data, err := os.ReadFile(f.configPath)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range lines {
		if !strings.Contains(string(data), want) {
			t.Errorf("the saved file lacks %s:\n%s", want, data)
		}
	}
	return string(data)
}

// logRecords are the JSON log records with msg.
func logRecords(t *testing.T, logs, msg string) []map[string]any {
	t.Helper()
	var recs []map[string]any
	for _, line := range strings.Split(logs, "\n") {
		var rec map[string]any
		if json.Unmarshal([]byte(line), &rec) == nil && rec["msg"] == msg {
			recs = append(recs, rec)
		}
	}
	return recs
}

// logLine waits for a log record with msg whose attributes satisfy match.
func (f *fixture) logLine(t testing.TB, msg string, match func(map[string]any) bool) map[string]any {
	t.Helper()
	var found map[string]any
	f.log.waitFor(t, "a log line "+quote(msg), func(text string) bool {
		for _, line := range strings.Split(text, "\n") {
			var rec map[string]any
			if json.Unmarshal([]byte(line), &rec) != nil || rec["msg"] != msg {
				continue
			}
			if match == nil || match(rec) {
				found = rec
				return true
			}
		}
		return false
	})
	return found
}

// standIn is a model that only draws a title (and the server's notice,
// if any) and quits on q: the SSH plumbing's tests do not depend on the
// form's details.
type standIn struct {
	opts   tui.Options
	notice string
}

func newStandIn(_ context.Context, opts tui.Options) (tea.Model, error) {
	return standIn{opts: opts}, nil
}

func (m standIn) Init() tea.Cmd { return nil }

func (m standIn) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		switch msg.String() {
		case "q":
			return m, tea.Quit
		case "s": // a save, as far as the audit line is concerned
			m.opts.OnSave(m.opts.Path, []string{"smtp.host", "smtp.password"})
		case "e": // a save that changed nothing
			m.opts.OnSave(m.opts.Path, nil)
		}
	case tea.WindowSizeMsg:
		return m, tea.Printf("size %dx%d", msg.Width, msg.Height)
	case tui.Notice:
		m.notice = msg.Text
	}
	return m, nil
}

// View is red, so tests can see which colour profile the session got.
func (m standIn) View() tea.View {
	v := lipgloss.NewStyle().Foreground(lipgloss.Color("#ff0000")).Render("smtpconf stand-in")
	if m.notice != "" {
		v += "\nnotice: " + m.notice
	}
	return tea.NewView(v)
}

func asExit(err error, target **gossh.ExitError) bool        { return errors.As(err, target) }
func asOpen(err error, target **gossh.OpenChannelError) bool { return errors.As(err, target) }
