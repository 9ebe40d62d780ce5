// Package smtptest runs a real SMTP server on loopback for tests and demos,
// as net/http/httptest does for HTTP: plain, STARTTLS or implicit TLS with a
// certificate from its own throwaway CA, AUTH PLAIN/LOGIN/CRAM-MD5, a record
// of the messages it received, and misbehaviour on demand (silence, hang-ups,
// slow replies, errors at a chosen step) so every failure a client must
// explain can be produced for real.
package smtptest

import (
	"crypto/tls"
	"crypto/x509"
	"fmt"
	"maps"
	"net"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/emersion/go-smtp"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/testcert"
)

// Message is one message the server accepted.
type Message struct {
	From string
	To   []string
	Data []byte
	User string // who authenticated, if anyone
	// EightBitMIME and UTF8 say whether MAIL FROM carried BODY=8BITMIME
	// and SMTPUTF8.
	EightBitMIME, UTF8 bool
}

// Server is a running test server. Its methods are safe for concurrent use.
type Server struct {
	// Host is the address to connect to: "127.0.0.1", or "::1" with OnIPv6.
	Host string
	// Port is the ephemeral port the server listens on.
	Port int
	// Addr is Host:Port.
	Addr string

	set     settings
	ca      *testcert.Authority
	smtp    *smtp.Server
	ln      net.Listener
	caDir   string
	done    chan struct{}
	served  chan struct{}
	closeMu sync.Once

	mu       sync.Mutex
	messages []Message

	connections atomic.Int64

	hanging  chan Step
	received chan Message
}

// TB is what NewServer and ClosedPort need of a test; *testing.T,
// *testing.B and testing.TB have it. smtptest does not import "testing" so
// that a program running the server for real (smtpconf demo, the benchmark
// server) does not link the testing package and its flags into the binary.
type TB interface {
	Helper()
	Fatalf(format string, args ...any)
	Cleanup(func())
}

// NewServer starts a server for the test and stops it when the test ends.
func NewServer(t TB, opts ...Option) *Server {
	t.Helper()
	s, err := Start(opts...)
	if err != nil {
		t.Fatalf("smtptest: %v", err)
	}
	t.Cleanup(s.Close)
	return s
}

// ClosedPort returns a loopback port nothing listens on, so that connecting
// to 127.0.0.1 on it is refused at once: for tests of an unreachable server.
// The port was free a moment ago; nothing reserves it.
func ClosedPort(t TB) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("smtptest: %v", err)
		return 0
	}
	port := l.Addr().(*net.TCPAddr).Port
	if err := l.Close(); err != nil {
		t.Fatalf("smtptest: %v", err)
	}
	return port
}

// HasIPv6 tells whether this machine can listen on the IPv6 loopback
// address, which OnIPv6 needs; a test skips when it cannot.
func HasIPv6() bool {
	l, err := net.Listen("tcp", "[::1]:0")
	if err != nil {
		return false
	}
	_ = l.Close()
	return true
}

// Start starts a server; the caller must Close it.
func Start(opts ...Option) (*Server, error) {
	set := defaults()
	for _, o := range opts {
		o(&set)
	}
	ca, err := testcert.New("smtptest CA", set.cert, set.certNames...)
	if err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", net.JoinHostPort(set.listen, "0"))
	if err != nil {
		return nil, fmt.Errorf("smtptest: listen on loopback: %w", err)
	}
	caDir, err := os.MkdirTemp("", "smtptest-ca-")
	if err != nil {
		ln.Close()
		return nil, fmt.Errorf("smtptest: make CA directory: %w", err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	s := &Server{
		Host: set.listen, Port: port, Addr: net.JoinHostPort(set.listen, strconv.Itoa(port)),
		set: set, ca: ca, ln: ln, caDir: caDir,
		done: make(chan struct{}), served: make(chan struct{}),
		hanging: make(chan Step, 16), received: make(chan Message, 16),
	}
	if err := s.WriteCA(s.CAFile()); err != nil {
		s.Close()
		return nil, err
	}

	s.smtp = smtp.NewServer(smtp.BackendFunc(s.newSession))
	s.smtp.Domain = set.domain
	s.smtp.MaxMessageBytes = set.maxSize
	// With implicit TLS every session is secure, even when a misbehaviour
	// wrapper hides the *tls.Conn from go-smtp.
	s.smtp.AllowInsecureAuth = set.insecureAuth || set.security == ImplicitTLS
	s.smtp.ReadTimeout = time.Minute
	s.smtp.WriteTimeout = time.Minute
	s.smtp.ErrorLog = quietLog{}
	s.smtp.EnableSMTPUTF8 = set.smtpUTF8
	if set.security == StartTLS {
		s.smtp.TLSConfig = serverTLS(ca)
	}

	go func() {
		defer close(s.served)
		_ = s.smtp.Serve(s.listener())
	}()
	return s, nil
}

// listener stacks the misbehaviours the settings ask for under go-smtp.
func (s *Server) listener() net.Listener {
	set := s.set
	var l net.Listener = misbehavingListener{Listener: s.ln, wrap: func(c net.Conn) net.Conn {
		s.connections.Add(1)
		if set.no8BitMIME {
			c = hiding8BitMIMEConn{Conn: c}
		}
		if set.delay > 0 {
			return delayedConn{Conn: c, delay: set.delay}
		}
		return c
	}}
	if set.silent || set.greeting != nil {
		l = silentListener{Listener: l, greeting: set.greeting, done: s.done}
	}
	if set.security == ImplicitTLS {
		l = tls.NewListener(l, serverTLS(s.ca))
	}
	if set.closeAfter > 0 || set.noEHLO || set.dropTLS {
		l = misbehavingListener{Listener: l, wrap: func(c net.Conn) net.Conn {
			if tc, ok := c.(*tls.Conn); ok {
				// go-smtp must see the *tls.Conn to know the session is
				// secure; shake hands here so the wrapper sees plain text.
				_ = tc.Handshake()
			}
			return &commandConn{Conn: c, closeAfter: set.closeAfter, hideEHLO: set.noEHLO, dropTLS: set.dropTLS}
		}}
	}
	return l
}

// silentListener keeps every connection to itself and never greets.
type silentListener struct {
	net.Listener
	greeting []byte
	done     <-chan struct{}
}

func (l silentListener) Accept() (net.Conn, error) {
	for {
		c, err := l.Listener.Accept()
		if err != nil {
			return nil, err
		}
		go serveSilently(c, l.greeting, l.done)
	}
}

type quietLog struct{}

func (quietLog) Printf(string, ...any) {}
func (quietLog) Println(...any)        {}

// Close stops the server, drops every connection and removes the CA file.
func (s *Server) Close() {
	s.closeMu.Do(func() {
		close(s.done)
		if s.smtp != nil {
			_ = s.smtp.Close()
			// go-smtp's Close closes only the listeners Serve has registered:
			// when Close wins the race with a Serve that has not yet started,
			// Serve would then accept forever. Closing the listener here ends
			// it either way.
			_ = s.ln.Close()
			<-s.served
		} else {
			_ = s.ln.Close()
		}
		_ = os.RemoveAll(s.caDir)
	})
}

func (s *Server) record(m Message) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.messages = append(s.messages, m)
	select {
	case s.received <- m:
	default: // nobody is waiting; Messages still has it
	}
}

// Received delivers each message as the server accepts it (the first 16
// until they are read; Messages has them all), so a test waiting for a
// program that sends later, such as a mail queue, needs no polling.
func (s *Server) Received() <-chan Message { return s.received }

// hang blocks a session until the server closes (see HangAt). Nothing in
// the session reads the connection meanwhile, so the client's own
// deadline or cancellation is all that can end its wait.
func (s *Server) hang(step Step) {
	select {
	case s.hanging <- step:
	default: // nobody is listening; the test did not ask
	}
	<-s.done
}

// Connections counts the connections the server has accepted, so a test
// can tell that a client never reached it.
func (s *Server) Connections() int { return int(s.connections.Load()) }

// Hanging receives the step each time a session gets stuck at a HangAt step.
func (s *Server) Hanging() <-chan Step { return s.hanging }

// Messages returns a copy of every message received so far.
func (s *Server) Messages() []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.messages)
}

// CertPool holds the server's CA, for a client's RootCAs.
func (s *Server) CertPool() *x509.CertPool { return s.ca.Pool }

// CAPEM is the server's CA certificate in PEM.
func (s *Server) CAPEM() []byte { return slices.Clone(s.ca.CAPEM) }

// CAFile is a PEM file holding the CA, removed by Close.
func (s *Server) CAFile() string { return filepath.Join(s.caDir, "ca.pem") }

// WriteCA writes the CA certificate in PEM to path, for tls_ca_file.
func (s *Server) WriteCA(path string) error {
	if err := os.WriteFile(path, s.ca.CAPEM, 0o644); err != nil {
		return fmt.Errorf("smtptest: write CA: %w", err)
	}
	return nil
}

// serverTLS serves ca's server certificate.
func serverTLS(ca *testcert.Authority) *tls.Config {
	return &tls.Config{Certificates: []tls.Certificate{ca.Server}, MinVersion: tls.VersionTLS12}
}

// ClientTLSConfig trusts the server's CA, for clients written by hand.
func (s *Server) ClientTLSConfig() *tls.Config {
	return &tls.Config{RootCAs: s.ca.Pool, ServerName: "localhost", MinVersion: tls.VersionTLS12}
}

// Credentials returns one account of the server (the first by name), or
// empty strings when it has none.
func (s *Server) Credentials() (username, password string) {
	for _, u := range slices.Sorted(maps.Keys(s.set.users)) {
		return u, s.set.users[u]
	}
	return "", ""
}

// Config returns settings that reach this server: protocol and STARTTLS as
// it speaks, its CA as tls_ca_file, and its first account with auth auto.
// The sender is the account's name, or app@example.com.
func (s *Server) Config() config.Server {
	c := config.Server{
		Sender:   "app@example.com",
		Protocol: config.ProtocolSMTP,
		Host:     s.Host,
		Port:     s.Port,
		Auth:     config.AuthNone,
		Timeout:  config.Duration{Duration: 5 * time.Second},
	}
	switch s.set.security {
	case StartTLS:
		c.StartTLS, c.TLSCAFile = true, s.CAFile()
	case ImplicitTLS:
		c.Protocol, c.TLSCAFile = config.ProtocolSMTPS, s.CAFile()
	case Plain:
	}
	if user, pass := s.Credentials(); user != "" {
		c.Auth, c.Username, c.Password = config.AuthAuto, user, pass
		if len(s.set.senders) == 0 && looksLikeAddress(user) {
			c.Sender = user
		}
	}
	if len(s.set.senders) > 0 {
		c.Sender = s.set.senders[0]
	}
	return c
}

func looksLikeAddress(s string) bool {
	for i := range len(s) {
		if s[i] == '@' {
			return i > 0 && i < len(s)-1
		}
	}
	return false
}
