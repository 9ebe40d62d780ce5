package serve

import (
	"errors"
	"fmt"
	"net"
	"strings"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/charmbracelet/ssh"
	gossh "golang.org/x/crypto/ssh"

	"github.com/smtpconf/smtpconf/internal/termsafe"
)

// What the server allows, and the log line for everything it refuses:
// public keys from authorized_keys only, one form per session, nothing else.

// Context keys for what the server tracks of a connection.
type (
	sessionOpenedKey struct{}
	connKey          struct{}
)

// authorize accepts a key listed in authorized_keys as the file is now.
func (s *Server) authorize(ctx ssh.Context, key ssh.PublicKey) bool {
	fp := gossh.FingerprintSHA256(key)
	a, ok, err := s.admins.lookup(key)
	switch {
	case err != nil:
		s.log.Error("refused", "reason", "authorized keys unreadable", "error", err,
			"key", fp, "user", loggedUser(ctx.User()), "remote", remoteOf(ctx.RemoteAddr()))
		return false
	case !ok:
		s.log.Warn("refused", "reason", "key not in authorized_keys",
			"key", fp, "user", loggedUser(ctx.User()), "remote", remoteOf(ctx.RemoteAddr()))
		return false
	}
	if why := a.rules.refusal(ctx.RemoteAddr(), time.Now()); why != nil {
		s.log.Warn("refused", "reason", why.Error(), "key", fp, "key_comment", a.comment,
			"user", loggedUser(ctx.User()), "remote", remoteOf(ctx.RemoteAddr()))
		return false
	}
	return true
}

// Algorithms offered: modern ones only, as current OpenSSH prefers them.
// Key exchange: the ML-KEM/X25519 hybrid and X25519 (no SHA-1, no finite
// field DH); ciphers: AEAD only (AES-GCM, ChaCha20-Poly1305); MACs (for the
// record: AEAD ciphers bring their own): SHA-2 encrypt-then-MAC; user keys:
// Ed25519, ECDSA and RSA with SHA-2 signatures (no ssh-rsa, which signs
// with SHA-1), security keys included.
var (
	keyExchanges = []string{gossh.KeyExchangeMLKEM768X25519, gossh.KeyExchangeCurve25519}
	ciphers      = []string{gossh.CipherChaCha20Poly1305, gossh.CipherAES256GCM, gossh.CipherAES128GCM}
	macs         = []string{gossh.HMACSHA256ETM, gossh.HMACSHA512ETM}
	userKeyAlgos = []string{
		gossh.KeyAlgoED25519, gossh.KeyAlgoSKED25519,
		gossh.KeyAlgoECDSA256, gossh.KeyAlgoECDSA384, gossh.KeyAlgoECDSA521, gossh.KeyAlgoSKECDSA256,
		gossh.KeyAlgoRSASHA512, gossh.KeyAlgoRSASHA256,
	}
)

// sshConfig adds to each connection's config what charm's ssh.Server has
// no option for: the algorithms offered, and a log line for every non-key
// auth attempt.
func (s *Server) sshConfig(ctx ssh.Context) *gossh.ServerConfig {
	return &gossh.ServerConfig{
		Config:                  gossh.Config{KeyExchanges: keyExchanges, Ciphers: ciphers, MACs: macs},
		PublicKeyAuthAlgorithms: userKeyAlgos,
		MaxAuthTries:            6,
		AuthLogCallback: func(conn gossh.ConnMetadata, method string, err error) {
			// "none" is every client's opening probe; key attempts are
			// logged by authorize, which knows the reason.
			if method == "none" || method == "publickey" || err == nil {
				return
			}
			s.log.Warn("refused", "reason", method+" authentication is not offered (public keys only)",
				"user", loggedUser(conn.User()), "remote", remoteOf(conn.RemoteAddr()))
		},
	}
}

// acceptConn gives every connection setupTimeout to log in and open a
// session. (Auth callbacks cannot tell: a key is also "accepted" when a
// client only asks whether it would be, without proving it holds it.)
func (s *Server) acceptConn(ctx ssh.Context, conn net.Conn) net.Conn {
	opened := new(atomic.Bool)
	ctx.SetValue(sessionOpenedKey{}, opened)
	state := s.trackConn(conn)
	ctx.SetValue(connKey{}, state)
	timer := time.AfterFunc(setupTimeout, func() {
		if !opened.Load() {
			s.log.Warn("refused", "reason", "no session within "+setupTimeout.String()+" of connecting", "remote", remoteOf(conn.RemoteAddr()))
			conn.Close()
		}
	})
	go func() {
		<-ctx.Done()
		timer.Stop()
		s.forgetConn(state)
	}()
	return conn
}

// connectionFailed logs a connection that ended before login: no
// acceptable key (clients do not even try passwords, which are not
// offered), unsupported algorithms, port scanners.
func (s *Server) connectionFailed(conn net.Conn, err error) {
	var authErr *gossh.ServerAuthError
	if errors.As(err, &authErr) {
		s.log.Warn("refused", "reason", "no public key accepted (public keys only)",
			"remote", remoteOf(conn.RemoteAddr()), "detail", err.Error())
		return
	}
	s.log.Info("connection closed before login", "remote", remoteOf(conn.RemoteAddr()), "reason", err.Error())
}

// allowSessionRequest lets shells and commands through (a command gets a
// message from handleSession) and refuses subsystems such as sftp.
func (s *Server) allowSessionRequest(sess ssh.Session, requestType string) bool {
	if requestType == "subsystem" {
		s.logRefusal(sess, "subsystem "+quote(sess.Subsystem())+" is not offered")
		return false
	}
	return true
}

// openSession is charm's session handler with agent forwarding refused:
// charm accepts auth-agent-req unconditionally.
func (s *Server) openSession(srv *ssh.Server, conn *gossh.ServerConn, newChan gossh.NewChannel, ctx ssh.Context) {
	if opened, ok := ctx.Value(sessionOpenedKey{}).(*atomic.Bool); ok {
		opened.Store(true)
	}
	ssh.DefaultSessionHandler(srv, conn, requestFilter{NewChannel: newChan, refuse: func(req *gossh.Request) bool {
		switch req.Type {
		case "auth-agent-req@openssh.com", "x11-req":
			s.log.Warn("refused", "reason", req.Type+" (forwarding is not offered)",
				"user", loggedUser(conn.User()), "remote", remoteOf(conn.RemoteAddr()))
			return true
		}
		return false
	}}, ctx)
}

// requestFilter is a NewChannel whose requests pass through refuse first.
type requestFilter struct {
	gossh.NewChannel
	refuse func(*gossh.Request) bool
}

func (f requestFilter) Accept() (gossh.Channel, <-chan *gossh.Request, error) {
	ch, reqs, err := f.NewChannel.Accept()
	if err != nil {
		return nil, nil, fmt.Errorf("accept session: %w", err)
	}
	passed := make(chan *gossh.Request)
	go func() {
		defer close(passed)
		for req := range reqs {
			if f.refuse(req) {
				_ = req.Reply(false, nil)
				continue
			}
			passed <- req
		}
	}()
	return ch, passed, nil
}

// refuseChannel refuses every channel but sessions: direct-tcpip (local
// port forwarding), X11 and agent channels.
func (s *Server) refuseChannel(_ *ssh.Server, conn *gossh.ServerConn, newChan gossh.NewChannel, _ ssh.Context) {
	s.log.Warn("refused", "reason", newChan.ChannelType()+" channel (forwarding is not offered)",
		"user", loggedUser(conn.User()), "remote", remoteOf(conn.RemoteAddr()))
	// Before its session the client has sent no locale: the server's language.
	_ = newChan.Reject(gossh.Prohibited, s.opts.Lang.T("serve_channel_refused", nil))
}

// refuseGlobalRequest refuses tcpip-forward (remote port forwarding) and
// anything else; keepalives are answered "no", which clients expect.
func (s *Server) refuseGlobalRequest(ctx ssh.Context, _ *ssh.Server, req *gossh.Request) (bool, []byte) {
	if strings.Contains(req.Type, "forward") {
		s.log.Warn("refused", "reason", req.Type+" (forwarding is not offered)",
			"user", loggedUser(ctx.User()), "remote", remoteOf(ctx.RemoteAddr()))
	}
	return false, nil
}

func (s *Server) logRefusal(sess ssh.Session, reason string) {
	s.log.Warn("refused", "reason", reason, "key", fingerprintOf(sess), "user", loggedUser(sess.User()), "remote", remoteOf(sess.RemoteAddr()))
}

func fingerprintOf(sess ssh.Session) string {
	if k := sess.PublicKey(); k != nil {
		return gossh.FingerprintSHA256(k)
	}
	return ""
}

func remoteOf(addr net.Addr) string {
	if addr == nil {
		return ""
	}
	return addr.String()
}

func quote(s string) string { return fmt.Sprintf("%q", s) }

// maxLoggedUser bounds a user name in the log: before login anyone can
// send one of any length, and a 120 KB name was logged whole for every
// attempt.
const maxLoggedUser = 64

// loggedUser is a client's user name as the log shows it: cut to
// maxLoggedUser bytes (saying how long it was) and safe to print.
func loggedUser(name string) string {
	if len(name) > maxLoggedUser {
		cut := maxLoggedUser
		for cut > 0 && !utf8.RuneStart(name[cut]) {
			cut--
		}
		name = fmt.Sprintf("%s…(%d bytes)", name[:cut], len(name))
	}
	return termsafe.String(name)
}
