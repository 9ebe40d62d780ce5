// Package serve is `smtpconf serve`: an SSH server that gives each
// authorised admin the settings form and nothing else — no shell, no
// commands, no forwarding, no file transfer.
package serve

import (
	"context"
	"errors"
	"log/slog"
	"net"
	"sync"
	"syscall"
	"time"

	"github.com/charmbracelet/ssh"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// Server is one SSH server. Create it with New, run it with Serve.
type Server struct {
	opts    Options
	log     *slog.Logger
	ssh     *ssh.Server
	hostKey hostKey
	admins  *authorizedKeys

	// stopSessions ends every running form when the grace period is over.
	stopSessions context.CancelCauseFunc
	stopped      context.Context

	mu        sync.Mutex
	closing   bool // no new connections or sessions once shutdown began
	listeners map[net.Listener]struct{}
	conns     map[*connState]struct{} // every connection, to close the idle ones on shutdown
	live      map[*notices]struct{}   // every running form's notices, to warn on shutdown
	holders   map[*keyHolder]struct{} // every running form's key, to end it when the key goes
	handlers  sync.WaitGroup          // connections being handled
	sessions  sync.WaitGroup          // forms running
}

// connState is what the server tracks of one connection.
type connState struct {
	conn     net.Conn
	sessions int // forms running on it
}

// Errors that end a session, as the admin and the log are told.
// Error() is English, for the log; the admin reads them in the session's
// language (closedText).
var (
	errIdle         = i18n.Errorf("serve_err_idle", nil)
	errShuttingDown = i18n.Errorf("serve_err_shutting_down", nil)
	errDisconnected = i18n.Errorf("serve_err_disconnected", nil)
	errInternal     = i18n.Errorf("serve_err_internal", nil)
)

// New prepares a server: it loads (or creates) the host key and reads the
// authorized_keys file, so that mistakes show before anything listens.
func New(opts Options) (*Server, error) {
	opts, err := opts.withDefaults()
	if err != nil {
		return nil, err
	}
	hk, err := loadOrCreateHostKey(opts.HostKeyPath)
	if err != nil {
		return nil, i18n.Wrap("serve_err_setup", nil, err)
	}
	admins, err := newAuthorizedKeys(opts.AuthorizedKeysPath, opts.Log)
	if err != nil {
		return nil, i18n.Wrap("serve_err_setup", nil, err)
	}
	stopped, stop := context.WithCancelCause(context.Background())
	s := &Server{
		opts:         opts,
		log:          opts.Log,
		hostKey:      hk,
		admins:       admins,
		stopped:      stopped,
		stopSessions: stop,
		listeners:    map[net.Listener]struct{}{},
		conns:        map[*connState]struct{}{},
		live:         map[*notices]struct{}{},
		holders:      map[*keyHolder]struct{}{},
	}
	admins.onChange = s.endRevoked
	s.ssh = s.newSSHServer()
	return s, nil
}

// HostKeyFingerprint is the host key's SHA256 fingerprint, for admins to
// compare with what their ssh client shows on first connect.
func (s *Server) HostKeyFingerprint() string { return s.hostKey.Fingerprint() }

// HostKeyGenerated tells whether New created the host key.
func (s *Server) HostKeyGenerated() bool { return s.hostKey.generated }

func (s *Server) newSSHServer() *ssh.Server {
	// The conn-level idle timeout counts output too, so a form that redraws
	// never trips it: it only ends connections that open no session (and
	// dead ones). Sessions have their own timer on input, see session.go.
	// It runs a little longer than the session's timer, so that an idle
	// form is closed with a message rather than by a cut connection.
	connIdle := time.Duration(0)
	if s.opts.IdleTimeout > 0 {
		connIdle = s.opts.IdleTimeout + time.Minute
	}
	return &ssh.Server{
		Version:                  "smtpconf",
		HostSigners:              []ssh.Signer{s.hostKey.signer},
		Handler:                  s.handleSession,
		PublicKeyHandler:         s.authorize,
		ServerConfigCallback:     s.sshConfig,
		ConnCallback:             s.acceptConn,
		ConnectionFailedCallback: s.connectionFailed,
		SessionRequestCallback:   s.allowSessionRequest,
		IdleTimeout:              connIdle,
		// Only sessions; anything else (direct-tcpip for local forwarding,
		// X11, agent channels) is refused and logged.
		ChannelHandlers: map[string]ssh.ChannelHandler{
			"session": s.openSession,
			"default": s.refuseChannel,
		},
		// No global requests: tcpip-forward (remote forwarding) is refused.
		RequestHandlers:   map[string]ssh.RequestHandler{"default": s.refuseGlobalRequest},
		SubsystemHandlers: map[string]ssh.SubsystemHandler{},
	}
}

// Serve answers connections on ln until ctx ends, then shuts down: no new
// connections, open sessions get Options.Grace to finish before they are
// closed. It returns nil after a shutdown, or the listener's error.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	if !s.trackListener(ln) {
		_ = ln.Close()
		return nil
	}
	s.log.Info("listening", "addr", ln.Addr().String(), "host_key", s.HostKeyFingerprint(),
		"config", s.opts.ConfigPath, "authorized_keys", s.opts.AuthorizedKeysPath)
	served := make(chan error, 1)
	go func() { served <- s.accept(ln) }()
	rechecking, stopRecheck := context.WithCancel(ctx)
	defer stopRecheck()
	go s.recheckKeys(rechecking)
	select {
	case err := <-served:
		return err
	case <-ctx.Done():
	}
	grace, cancel := context.WithTimeout(context.Background(), s.opts.Grace)
	defer cancel()
	err := s.Shutdown(grace)
	<-served
	return err
}

// accept hands each connection to the SSH server until the listener is
// closed. The loop is ours, not charm's Server.Serve, so that shutdown
// knows every listener and connection without racing it.
func (s *Server) accept(ln net.Listener) error {
	var backoff time.Duration
	for {
		conn, err := ln.Accept()
		if err != nil {
			if s.isClosing() {
				return nil
			}
			var ne net.Error
			if errors.As(err, &ne) && ne.Timeout() || errors.Is(err, syscall.EMFILE) || errors.Is(err, syscall.ENFILE) {
				// Out of descriptors or a transient error: wait, as net/http does.
				backoff = min(max(2*backoff, 5*time.Millisecond), time.Second)
				s.log.Warn("accept", "error", err, "retry_in", backoff)
				time.Sleep(backoff)
				continue
			}
			return i18n.Wrap("serve_err_accept", nil, err)
		}
		backoff = 0
		if !s.beginConn() {
			_ = conn.Close()
			continue
		}
		go func() {
			defer s.handlers.Done()
			s.ssh.HandleConn(conn)
		}()
	}
}

// Shutdown stops accepting connections, warns every open session that the
// server is stopping (and by when, if ctx has a deadline: the grace
// period), and waits for them to end. When ctx ends first, it closes the remaining sessions — each admin
// is told why — and then every connection. Closing them is the expected end
// of a grace period, not an error.
func (s *Server) Shutdown(ctx context.Context) error {
	deadline, hasDeadline := ctx.Deadline()
	s.mu.Lock()
	s.closing = true
	for n := range s.live {
		n.setStopping(deadline, hasDeadline)
	}
	for ln := range s.listeners {
		_ = ln.Close()
	}
	// A connection without a form (logged in but idle, or still
	// authenticating) would hold the shutdown for nothing.
	for c := range s.conns {
		if c.sessions == 0 {
			_ = c.conn.Close()
		}
	}
	s.mu.Unlock()
	s.log.Info("shutting down: no new connections, waiting for open sessions")
	if waitOrDone(ctx.Done(), &s.handlers) {
		s.log.Info("shut down: every session had ended")
		return nil
	}
	s.log.Info("grace period over: closing the remaining sessions")
	s.stopSessions(errShuttingDown)
	stopped, cancel := context.WithTimeout(context.Background(), sessionStopTimeout)
	defer cancel()
	if !waitOrDone(stopped.Done(), &s.sessions) {
		s.log.Warn("sessions did not stop in time; closing their connections")
	}
	s.mu.Lock()
	for c := range s.conns {
		_ = c.conn.Close()
	}
	s.mu.Unlock()
	if !waitOrDone(time.After(sessionStopTimeout), &s.handlers) {
		s.log.Warn("connections still open after being closed")
	}
	return nil
}

// waitOrDone waits for wg, or until done; it tells whether wg finished.
func waitOrDone[T any](done <-chan T, wg *sync.WaitGroup) bool {
	finished := make(chan struct{})
	go func() { wg.Wait(); close(finished) }()
	select {
	case <-finished:
		return true
	case <-done:
		return false
	}
}

// sessionStopTimeout is how long a stopped form gets to restore the
// admin's terminal and say goodbye before its connection is cut.
const sessionStopTimeout = 3 * time.Second

// trackListener registers a listener, unless shutdown has begun.
func (s *Server) trackListener(ln net.Listener) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closing {
		return false
	}
	s.listeners[ln] = struct{}{}
	return true
}

func (s *Server) isClosing() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.closing
}

// beginConn counts an accepted connection in, unless shutdown has begun.
func (s *Server) beginConn() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closing {
		return false
	}
	s.handlers.Add(1)
	return true
}

// trackConn registers a connection being handled.
func (s *Server) trackConn(conn net.Conn) *connState {
	c := &connState{conn: conn}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.conns[c] = struct{}{}
	return c
}

func (s *Server) forgetConn(c *connState) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.conns, c)
}

// beginSession counts a form in, with its notices for Shutdown to warn,
// unless shutdown has begun.
func (s *Server) beginSession(c *connState, n *notices) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closing {
		return false
	}
	s.sessions.Add(1)
	s.live[n] = struct{}{}
	if c != nil {
		c.sessions++
	}
	return true
}

// endSession counts a form out; during shutdown, its connection is closed
// once no form runs on it.
func (s *Server) endSession(c *connState, n *notices) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.live, n)
	if c != nil {
		c.sessions--
		if s.closing && c.sessions == 0 {
			_ = c.conn.Close()
		}
	}
	s.sessions.Done()
}
