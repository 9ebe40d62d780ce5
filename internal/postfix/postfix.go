// Package postfix runs a real submission server for end-to-end tests:
// Debian's Postfix with Dovecot as its SASL backend, as most mail servers
// an admin points an application at are set up. mailer is right about
// what such a server says (sender restrictions reported at RCPT, STARTTLS
// required, CRAM-MD5 offered but not verifiable against hashed passwords,
// a failed login delayed) only if it is tested against one.
//
// One instance serves a whole test binary (Shared, stopped by Main): its
// start costs Postfix's and Dovecot's, about half a second, so tests share
// it and tell their mail apart by recipient. Everything lives in one
// temporary directory; the servers listen on loopback only, on free
// ports; nothing is relayed. Postfix's master runs only as root.
// Only tests import this package.
package postfix

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/external"
	"github.com/smtpconf/smtpconf/internal/testcert"
)

// EnvRequire, set to 1 (as `make test` does), makes a test fail instead of
// skipping when the servers cannot run.
const EnvRequire = external.EnvRequire

// Programs, as Debian installs them.
const (
	Master           = "/usr/lib/postfix/sbin/master"
	Dovecot          = "/usr/sbin/dovecot"
	postqueueProgram = "/usr/sbin/postqueue"
)

const (
	startTimeout = 20 * time.Second
	stopTimeout  = 10 * time.Second
)

// Service is one of the SMTP services.
type Service int

const (
	// Submission is port-587-like: STARTTLS required, then SASL (Dovecot);
	// a sender must be owned by the login (reject_sender_login_mismatch).
	Submission Service = iota
	// SMTPS is submission with implicit TLS (wrapper mode, port-465-like).
	SMTPS
	// Plain is port-25-like: STARTTLS offered, not required, fully
	// qualified HELO names only (reject_non_fqdn_helo_hostname); it takes
	// mail for its domains only, or from a login (offered in clear too).
	Plain
	// BrokenAuth is Plain with an authentication backend that fails:
	// every login gets "454 4.7.0 Temporary authentication failure".
	BrokenAuth
)

// Server is a running Postfix and Dovecot.
type Server struct {
	Host      string // "127.0.0.1"
	IPv6      bool   // the services listen on [::1] too
	CAFile    string // PEM of the CA that signed the server's certificate
	StartTime time.Duration

	ports ports
	l     layout

	master, dovecot *process
	watchdog        *watchdog
	brokenAuth      *brokenAuth
}

// owners are the system accounts the servers run their parts as.
type owners struct{ uid, gid, postdrop int }

// Available reports whether the servers can run here; the error says
// what is missing.
func Available() error {
	if os.Geteuid() != 0 {
		return errors.New("Postfix's master daemon runs only as root, and this test runs as another user")
	}
	for _, p := range []string{Master, Dovecot, postqueueProgram} {
		if _, err := os.Stat(p); err != nil {
			return fmt.Errorf("%s is missing: %w", p, err)
		}
	}
	_, err := lookupOwners()
	return err
}

func lookupOwners() (owners, error) {
	u, err := user.Lookup("postfix")
	if err != nil {
		return owners{}, fmt.Errorf("the postfix user: %w", err)
	}
	g, err := user.LookupGroup("postdrop")
	if err != nil {
		return owners{}, fmt.Errorf("the postdrop group: %w", err)
	}
	var o owners
	o.uid, _ = strconv.Atoi(u.Uid)
	o.gid, _ = strconv.Atoi(u.Gid)
	o.postdrop, _ = strconv.Atoi(g.Gid)
	return o, nil
}

// shared is the one instance of this test binary.
var shared struct {
	once sync.Once
	srv  *Server
	err  error
}

// Shared returns this test binary's instance, started at the first call.
// When the servers cannot run the test is skipped with how to install
// them, or fails when SMTPCONF_REQUIRE_EXTERNAL=1. The package's TestMain
// must call Main, which stops it.
func Shared(t testing.TB) *Server {
	t.Helper()
	if err := Available(); err != nil {
		const how = "install postfix and dovecot-core (.ci/install-test-deps does) and run the tests as root"
		external.Missing(t, fmt.Sprintf("Postfix + Dovecot cannot run: %v", err), how)
	}
	shared.once.Do(func() {
		dir, err := os.MkdirTemp("", "smtpconf-postfix-")
		if err != nil {
			shared.err = err
			return
		}
		shared.srv, shared.err = start(dir)
		if shared.err != nil {
			_ = os.RemoveAll(dir)
		}
	})
	if shared.err != nil {
		t.Fatalf("start Postfix + Dovecot: %v", shared.err)
	}
	return shared.srv
}

// Main runs the tests and stops the shared instance if one started, and
// returns the exit code: func TestMain(m *testing.M) { os.Exit(postfix.Main(m)) }.
func Main(m *testing.M) int {
	code := m.Run()
	if shared.srv != nil {
		if err := shared.srv.Close(); err != nil {
			fmt.Fprintln(os.Stderr, "stop Postfix + Dovecot:", err)
			if code == 0 {
				code = 1
			}
		}
	}
	return code
}

func start(dir string) (*Server, error) {
	began := time.Now()
	// The daemons run as postfix and dovecot: they must reach the directory.
	if err := os.Chmod(dir, 0o755); err != nil {
		return nil, err
	}
	ids, err := lookupOwners()
	if err != nil {
		return nil, err
	}
	s := &Server{Host: "127.0.0.1", l: newLayout(dir)}
	s.IPv6 = loopbackIPv6()
	if s.ports, err = freePorts(s.IPv6); err != nil {
		return nil, err
	}
	files, err := testcert.NewFiles(dir, "postfix test CA")
	if err != nil {
		return nil, err
	}
	s.CAFile = files.CA
	if err := writeConfig(s.l, ids, s.ports, tlsFiles{cert: files.Cert, key: files.Key}, s.IPv6); err != nil {
		return nil, err
	}
	if s.dovecot, err = startProcess(Dovecot, "-F", "-c", s.l.dovecotConf); err != nil {
		return nil, err
	}
	// Postfix asks Dovecot at the first EHLO, not at start: wait for its
	// socket so no test meets a Postfix that offers no AUTH.
	if err := waitFor(func() error { _, err := os.Stat(s.l.authSocket()); return err }, s.dovecot); err != nil {
		return nil, s.abort(fmt.Errorf("dovecot: %w", err))
	}
	if s.master, err = startProcess(Master, "-c", s.l.conf, "-d"); err != nil {
		return nil, s.abort(err)
	}
	if s.watchdog, err = startWatchdog(s.l.dir, s.dovecot.cmd.Process.Pid, s.master.cmd.Process.Pid); err != nil {
		return nil, s.abort(err)
	}
	if s.brokenAuth, err = startBrokenAuth(s.l.brokenAuthSocket()); err != nil {
		return nil, s.abort(err)
	}
	for _, p := range []int{s.ports.Submission, s.ports.SMTPS, s.ports.Plain, s.ports.BrokenAuth} {
		addr := net.JoinHostPort(s.Host, strconv.Itoa(p))
		if err := waitFor(func() error { return dialOnce(addr) }, s.master); err != nil {
			return nil, s.abort(fmt.Errorf("postfix: %w", err))
		}
	}
	s.StartTime = time.Since(began)
	return s, nil
}

// waitFor retries ready until it succeeds, the process exits or the start
// timeout passes: a server's readiness is only seen from outside it.
func waitFor(ready func() error, p *process) error {
	deadline := time.Now().Add(startTimeout)
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	for {
		err := ready()
		if err == nil {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("not ready within %s: %w", startTimeout, err)
		}
		select {
		case <-p.exited:
			return fmt.Errorf("exited while starting: %v", p.waitErr)
		case <-tick.C:
		}
	}
}

func dialOnce(addr string) error {
	c, err := net.DialTimeout("tcp", addr, time.Second)
	if err != nil {
		return err
	}
	return c.Close()
}

// abort stops what started and adds the logs to err.
func (s *Server) abort(err error) error {
	_ = s.Close()
	return fmt.Errorf("%w\n%s", err, s.Logs())
}

// Close stops Postfix, then Dovecot, and removes the directory.
func (s *Server) Close() error {
	if s.watchdog != nil {
		s.watchdog.stop()
	}
	var errs []error
	for _, p := range []*process{s.master, s.dovecot} {
		if p != nil {
			errs = append(errs, p.stop())
		}
	}
	if s.brokenAuth != nil {
		errs = append(errs, s.brokenAuth.close())
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("%w\n%s", err, s.Logs())
	}
	return os.RemoveAll(s.l.dir)
}

// Logs are Postfix's and Dovecot's logs, for a failed test.
func (s *Server) Logs() string {
	pf, _ := os.ReadFile(s.l.log)
	dc, _ := os.ReadFile(s.l.dir + "/dovecot.log")
	return "postfix.log:\n" + string(pf) + "dovecot.log:\n" + string(dc)
}

// Port is the port of a service.
func (s *Server) Port(svc Service) int {
	switch svc {
	case SMTPS:
		return s.ports.SMTPS
	case Plain:
		return s.ports.Plain
	case BrokenAuth:
		return s.ports.BrokenAuth
	}
	return s.ports.Submission
}

// Config returns settings that reach a service as it speaks, logged in as
// user (none when user is empty; the password is the user's), sending as
// user, or as sender@mail.test without a login.
func (s *Server) Config(svc Service, login string) config.Server {
	c := config.Server{
		Host:      s.Host,
		Port:      s.Port(svc),
		Protocol:  config.ProtocolSMTP,
		StartTLS:  svc == Submission,
		TLSCAFile: s.CAFile,
		Sender:    "app@" + Domain,
		Auth:      config.AuthNone,
		HELOName:  "client.example.org",
		Timeout:   config.Duration{Duration: 10 * time.Second},
	}
	if svc == SMTPS {
		c.Protocol = config.ProtocolSMTPS
	}
	if login != "" {
		c.Auth, c.Username, c.Sender = config.AuthAuto, login, login
		c.Password = PlainPassword
		if login == HashedUser {
			c.Password = HashedPassword
		}
	}
	return c
}

// loopbackIPv6 reports whether this machine has ::1.
func loopbackIPv6() bool {
	l, err := net.Listen("tcp6", "[::1]:0")
	if err != nil {
		return false
	}
	_ = l.Close()
	return true
}

// freePorts picks four ports that nothing listens on, on 127.0.0.1 and,
// with ipv6, on ::1. Postfix binds them a moment later; another program
// could take one in between, which start then reports.
func freePorts(ipv6 bool) (ports, error) {
	var got []int
	var held []net.Listener
	defer func() {
		for _, l := range held {
			_ = l.Close()
		}
	}()
	for len(got) < 4 {
		l, err := net.Listen("tcp4", "127.0.0.1:0")
		if err != nil {
			return ports{}, fmt.Errorf("find a free port: %w", err)
		}
		held = append(held, l)
		port := l.Addr().(*net.TCPAddr).Port
		if ipv6 {
			l6, err := net.Listen("tcp6", net.JoinHostPort("::1", strconv.Itoa(port)))
			if err != nil {
				continue
			}
			held = append(held, l6)
		}
		got = append(got, port)
	}
	return ports{Submission: got[0], SMTPS: got[1], Plain: got[2], BrokenAuth: got[3]}, nil
}

// postqueue runs Postfix's postqueue against this instance.
func (s *Server) postqueue(ctx context.Context, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, postqueueProgram, append([]string{"-c", s.l.conf}, args...)...)
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("postqueue %v: %w", args, err)
	}
	return out, nil
}
