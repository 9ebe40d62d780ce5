// Package aiosmtpd runs an independent SMTP server for end-to-end tests:
// Debian's python3-aiosmtpd, not go-smtp, so mailer and the smtpconf binary
// are checked against a server that was not written beside them (smtptest
// shares go-smtp with the client and could share its mistakes too).
//
// The server is aiosmtpd_server.py, embedded here and run by /usr/bin/python3
// (or $SMTPCONF_PYTHON) as a subprocess on 127.0.0.1, on a port it picks
// itself and announces.
// Only tests import this package.
package aiosmtpd

import (
	"bufio"
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/external"
	"github.com/smtpconf/smtpconf/internal/testcert"
)

//go:embed aiosmtpd_server.py
var script []byte

// DefaultPython is the interpreter that has Debian's python3-aiosmtpd. The
// python3 on PATH may be a pyenv or venv one without it, so it is not used
// unless named in $SMTPCONF_PYTHON (a venv with `pip install aiosmtpd`, or
// another distribution's path).
const DefaultPython = "/usr/bin/python3"

// EnvPython names the interpreter to use instead of DefaultPython.
const EnvPython = "SMTPCONF_PYTHON"

// python is the interpreter the servers run under.
func python() string {
	if p := os.Getenv(EnvPython); p != "" {
		return p
	}
	return DefaultPython
}

// EnvRequire, set to 1 (as `make test` does), makes a test fail instead of
// skipping when the server cannot run, so nothing passes that did not run.
const EnvRequire = external.EnvRequire

// startTimeout bounds how long the server may take to announce its port,
// stopTimeout how long it may take to exit once told to.
const (
	startTimeout = 15 * time.Second
	stopTimeout  = 10 * time.Second
)

// Mode is how the server secures connections.
type Mode string

const (
	// Plain speaks SMTP without TLS and does not offer STARTTLS; with an
	// account it offers AUTH in clear text (for allow_insecure_auth).
	Plain Mode = "plain"
	// StartTLS offers STARTTLS and requires it before anything but EHLO and
	// QUIT; AUTH is offered over TLS only, and mail needs a login when
	// there is an account (a submission server on 587).
	StartTLS Mode = "starttls"
	// SMTPS speaks SMTP inside TLS from the first byte (465); mail needs a
	// login when there is an account.
	SMTPS Mode = "smtps"
)

// Options configure one server.
type Options struct {
	Mode Mode
	// Username and Password are the one account; without a username the
	// server offers no AUTH. aiosmtpd offers PLAIN and LOGIN (no CRAM-MD5).
	Username, Password string
	// RejectSender is answered 553 5.7.1 at MAIL FROM.
	RejectSender string
}

// Server is a running aiosmtpd.
type Server struct {
	Options
	Host   string // "127.0.0.1"
	Port   int
	Addr   string // Host:Port
	CAFile string // PEM of the CA that signed the server's certificate

	maildir string
	cmd     *exec.Cmd
	stdin   interface{ Close() error }
	stderr  *bytes.Buffer // read only after cmd.Wait returned
	waited  chan struct{} // closed when cmd.Wait returned
	waitErr error

	closeOnce sync.Once
	closeErr  error
}

// Message is one message the server accepted, as it recorded it.
type Message struct {
	From string   `json:"mail_from"`
	To   []string `json:"rcpt_tos"`
	User string   `json:"user"` // who logged in, if anyone
	TLS  bool     `json:"tls"`  // whether the session was encrypted
	Data []byte   `json:"data"` // the message as received, dot-unstuffed
}

// available checks once per test binary that the interpreter and the module
// are there: every server would fail the same way.
var available = sync.OnceValue(func() error {
	ctx, cancel := context.WithTimeout(context.Background(), startTimeout)
	defer cancel()
	out, err := exec.CommandContext(ctx, python(), "-I", "-c", "import aiosmtpd").CombinedOutput()
	if err == nil {
		return nil
	}
	if out = bytes.TrimSpace(out); len(out) > 0 {
		// Python's last line says what failed: "ModuleNotFoundError: ...".
		out = out[bytes.LastIndexByte(out, '\n')+1:]
		return fmt.Errorf("%s cannot import aiosmtpd: %w (%s)", python(), err, out)
	}
	return fmt.Errorf("%s cannot import aiosmtpd: %w", python(), err)
})

// Available reports whether a server can run on this machine; the error
// says what is missing.
func Available() error { return available() }

// Start starts a server for the test and stops it when the test ends. When
// Python or aiosmtpd is missing the test is skipped with how to install
// them, or fails when SMTPCONF_REQUIRE_EXTERNAL=1.
func Start(t testing.TB, o Options) *Server {
	t.Helper()
	if err := Available(); err != nil {
		const how = "install it with `apt-get install python3-aiosmtpd` or run .ci/install-smtp-server as root, or name a Python that has it in $" + EnvPython
		external.Missing(t, fmt.Sprintf("the independent SMTP server cannot run: %v", err), how)
	}
	s, err := start(t.TempDir(), o)
	if err != nil {
		t.Fatalf("start aiosmtpd: %v", err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("stop aiosmtpd: %v", err)
		}
		if t.Failed() {
			t.Logf("aiosmtpd's stderr:\n%s", s.stderr)
		}
	})
	return s
}

func start(dir string, o Options) (*Server, error) {
	if o.Mode == "" {
		o.Mode = StartTLS
	}
	s := &Server{Options: o, Host: "127.0.0.1", maildir: filepath.Join(dir, "mail"), stderr: &bytes.Buffer{}, waited: make(chan struct{})}
	if err := os.Mkdir(s.maildir, 0o700); err != nil {
		return nil, fmt.Errorf("create the mail directory: %w", err)
	}
	scriptPath := filepath.Join(dir, "aiosmtpd_server.py")
	if err := os.WriteFile(scriptPath, script, 0o600); err != nil {
		return nil, fmt.Errorf("write the server script: %w", err)
	}
	// -I: isolated from PYTHON* variables and the user's site-packages, so
	// the server runs on Debian's aiosmtpd whatever the environment says.
	args := []string{"-I", scriptPath, "--mode", string(o.Mode), "--maildir", s.maildir,
		"--user", o.Username, "--password", o.Password, "--reject-sender", o.RejectSender}
	if o.Mode != Plain {
		// A fresh CA per server, so no two tests share trust; the key goes
		// to Python as a file.
		files, err := testcert.NewFiles(dir, "aiosmtpd test CA")
		if err != nil {
			return nil, err
		}
		s.CAFile = files.CA
		args = append(args, "--cert", files.Cert, "--key", files.Key)
	}

	s.cmd = exec.Command(python(), args...)
	s.cmd.Stderr = s.stderr
	// The server stops when its stdin closes: if this process dies without
	// cleaning up, the server still goes.
	stdin, err := s.cmd.StdinPipe()
	if err != nil {
		return nil, fmt.Errorf("aiosmtpd stdin: %w", err)
	}
	stdout, err := s.cmd.StdoutPipe()
	if err != nil {
		return nil, fmt.Errorf("aiosmtpd stdout: %w", err)
	}
	s.stdin = stdin
	if err := s.cmd.Start(); err != nil {
		return nil, fmt.Errorf("run %s: %w", python(), err)
	}
	// The port line is read before Wait is called, as exec requires for a
	// pipe; nothing else is ever printed on stdout.
	portLine := make(chan string, 1)
	readErr := make(chan error, 1)
	go func() {
		line, err := bufio.NewReader(stdout).ReadString('\n')
		if err != nil {
			readErr <- err
			return
		}
		portLine <- line
	}()
	go func() {
		s.waitErr = s.cmd.Wait()
		close(s.waited)
	}()

	timer := time.NewTimer(startTimeout)
	defer timer.Stop()
	select {
	case line := <-portLine:
		port, err := strconv.Atoi(strings.TrimSpace(strings.TrimPrefix(line, "PORT ")))
		if err != nil || port <= 0 {
			return nil, s.abort(fmt.Errorf("announced %q instead of PORT <n>", line))
		}
		s.Port, s.Addr = port, fmt.Sprintf("%s:%d", s.Host, port)
		return s, nil
	case err := <-readErr:
		return nil, s.abort(fmt.Errorf("exited before announcing its port: %w", err))
	case <-timer.C:
		return nil, s.abort(fmt.Errorf("announced no port within %s", startTimeout))
	}
}

// abort kills a server that did not start and says why, with its stderr.
func (s *Server) abort(err error) error {
	_ = s.cmd.Process.Kill()
	select {
	case <-s.waited:
		return fmt.Errorf("%w; stderr:\n%s", err, s.stderr)
	case <-time.After(stopTimeout):
		return fmt.Errorf("%w; and it did not exit when killed", err)
	}
}

// Close stops the server with SIGTERM and waits for it to exit; an exit
// other than a clean one is an error (a crash would otherwise go unseen).
func (s *Server) Close() error {
	s.closeOnce.Do(func() { s.closeErr = s.stop() })
	return s.closeErr
}

func (s *Server) stop() error {
	if err := s.cmd.Process.Signal(syscall.SIGTERM); err != nil && !errors.Is(err, os.ErrProcessDone) {
		return fmt.Errorf("signal aiosmtpd: %w", err)
	}
	_ = s.stdin.Close()
	select {
	case <-s.waited:
	case <-time.After(stopTimeout):
		_ = s.cmd.Process.Kill()
		<-s.waited
		return fmt.Errorf("aiosmtpd did not exit within %s of SIGTERM; killed", stopTimeout)
	}
	if s.waitErr != nil {
		return fmt.Errorf("aiosmtpd exited badly: %w; stderr:\n%s", s.waitErr, s.stderr)
	}
	return nil
}

// Config returns settings that reach this server as it speaks: protocol and
// STARTTLS, its CA as tls_ca_file, its account with auth auto (none without
// one), and the account's name as sender when it is an address.
func (s *Server) Config() config.Server {
	c := config.Server{
		Sender:   "app@example.com",
		Protocol: config.ProtocolSMTP,
		StartTLS: s.Mode == StartTLS,
		Host:     s.Host,
		Port:     s.Port,
		Auth:     config.AuthNone,
		Timeout:  config.Duration{Duration: 10 * time.Second},
	}
	if s.Mode == SMTPS {
		c.Protocol = config.ProtocolSMTPS
	}
	if s.Mode != Plain {
		c.TLSCAFile = s.CAFile
	}
	if s.Username != "" {
		c.Auth, c.Username, c.Password = config.AuthAuto, s.Username, s.Password
		if strings.Contains(s.Username, "@") {
			c.Sender = s.Username
		}
	}
	return c
}

// Messages returns every message the server accepted so far, in order. The
// server writes each one before it answers 250, so a client told 250 finds
// its message here.
func (s *Server) Messages() ([]Message, error) {
	names, err := filepath.Glob(filepath.Join(s.maildir, "*.json"))
	if err != nil {
		return nil, fmt.Errorf("list %s: %w", s.maildir, err)
	}
	slices.Sort(names)
	msgs := make([]Message, 0, len(names))
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("read a received message: %w", err)
		}
		var m Message
		if err := json.Unmarshal(b, &m); err != nil {
			return nil, fmt.Errorf("parse %s: %w", name, err)
		}
		msgs = append(msgs, m)
	}
	return msgs, nil
}
