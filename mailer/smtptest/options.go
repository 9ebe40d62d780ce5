package smtptest

import (
	"time"

	"github.com/smtpconf/smtpconf/internal/testcert"
)

// Security is how the server secures connections.
type Security int

const (
	// StartTLS speaks plain SMTP and offers STARTTLS (the default).
	StartTLS Security = iota
	// Plain speaks plain SMTP and does not offer STARTTLS.
	Plain
	// ImplicitTLS speaks SMTP inside TLS from the first byte (smtps).
	ImplicitTLS
)

// Step names a command at which the server can be told to misbehave.
type Step string

const (
	StepHello Step = "ehlo"
	StepAuth  Step = "auth"
	StepMail  Step = "mail"
	StepRcpt  Step = "rcpt"
	StepData  Step = "data"
)

// Reply is an SMTP reply the server gives instead of the normal one.
type Reply struct {
	Code     int
	Enhanced string // "5.7.1", or empty for none
	Text     string
}

// Option configures a Server.
type Option func(*settings)

type settings struct {
	security     Security
	cert         testcert.Kind
	certNames    []string
	maxSize      int64
	domain       string
	users        map[string]string
	mechanisms   []string
	requireAuth  bool
	insecureAuth bool
	senders      []string
	badRcpts     []string
	silent       bool
	greeting     []byte
	closeAfter   int
	delay        time.Duration
	failAt       map[Step]Reply
	dropAt       map[Step]bool
	hangAt       map[Step]bool
	noEHLO       bool
	listen       string
	dropTLS      bool
	no8BitMIME   bool
	smtpUTF8     bool
}

func defaults() settings {
	return settings{
		security:     StartTLS,
		listen:       "127.0.0.1",
		domain:       "localhost",
		users:        map[string]string{},
		mechanisms:   []string{MechCRAMMD5, MechPlain, MechLogin},
		insecureAuth: true,
		failAt:       map[Step]Reply{},
		dropAt:       map[Step]bool{},
		hangAt:       map[Step]bool{},
	}
}

// WithSecurity chooses plain, STARTTLS (default) or implicit TLS.
func WithSecurity(s Security) Option { return func(o *settings) { o.security = s } }

// WithoutStartTLS makes the server speak plain SMTP without offering STARTTLS.
func WithoutStartTLS() Option { return WithSecurity(Plain) }

// WithExpiredCert serves a certificate that expired yesterday.
func WithExpiredCert() Option { return func(o *settings) { o.cert = testcert.Expired } }

// WithWrongHostCert serves a certificate for mail.wrong.example only.
func WithWrongHostCert() Option { return func(o *settings) { o.cert = testcert.WrongHost } }

// WithCertNames makes the certificate valid for these DNS names too, for
// a server standing in for a named host (smtp.example.test) in tests that
// map names to loopback.
func WithCertNames(names ...string) Option {
	return func(o *settings) { o.certNames = append(o.certNames, names...) }
}

// WithMaxSize announces SIZE n in EHLO and refuses larger messages.
func WithMaxSize(n int64) Option { return func(o *settings) { o.maxSize = n } }

// WithDomain sets the name the server gives in its greeting.
func WithDomain(d string) Option { return func(o *settings) { o.domain = d } }

// WithUser adds an account; the server then advertises AUTH.
func WithUser(username, password string) Option {
	return func(o *settings) { o.users[username] = password }
}

// WithMechanisms chooses the AUTH mechanisms advertised, in order.
func WithMechanisms(m ...string) Option { return func(o *settings) { o.mechanisms = m } }

// RequireAuth makes MAIL FROM fail with 530 until the client authenticated.
func RequireAuth() Option { return func(o *settings) { o.requireAuth = true } }

// AuthOnlyOverTLS hides AUTH until the connection is secured, as most
// production servers do. Without it the server offers AUTH in clear text.
func AuthOnlyOverTLS() Option { return func(o *settings) { o.insecureAuth = false } }

// AllowSenders rejects MAIL FROM of any other address with 553 5.7.1.
func AllowSenders(addrs ...string) Option {
	return func(o *settings) { o.senders = append(o.senders, addrs...) }
}

// RejectRecipients refuses RCPT TO of these addresses with 550 5.1.1 and
// takes every other, so a test can reject one recipient among several.
func RejectRecipients(addrs ...string) Option {
	return func(o *settings) { o.badRcpts = append(o.badRcpts, addrs...) }
}

// WithNoGreeting accepts connections and never says a word.
func WithNoGreeting() Option { return func(o *settings) { o.silent = true } }

// WithGreeting sends these raw bytes instead of an SMTP greeting and hangs up.
func WithGreeting(raw []byte) Option { return func(o *settings) { o.greeting = raw } }

// CloseAfter hangs up, without an answer, when the client sends its nth
// command in clear text (with STARTTLS only commands up to STARTTLS count).
// Use DropAt to hang up later in a secured session.
func CloseAfter(n int) Option { return func(o *settings) { o.closeAfter = n } }

// DropAtHandshake answers STARTTLS with 220, as a server ready for TLS,
// then hangs up instead of the handshake: the client's ClientHello gets no
// answer but the end of the connection. (CloseAfter hangs up on the
// STARTTLS command itself, before any reply.)
func DropAtHandshake() Option { return func(o *settings) { o.dropTLS = true } }

// DropAt closes the connection without a reply when the client reaches the
// step (auth, mail, rcpt or data).
func DropAt(s Step) Option { return func(o *settings) { o.dropAt[s] = true } }

// HangAt leaves the step unanswered until the server closes, as a stuck
// server would: the client has sent the command (for data, the whole
// message) and waits for a reply that never comes. Server.Hanging reports
// each time a session gets stuck, so a test knows the client is waiting.
func HangAt(s Step) Option { return func(o *settings) { o.hangAt[s] = true } }

// WithDelay delays every write to the client by d.
func WithDelay(d time.Duration) Option { return func(o *settings) { o.delay = d } }

// FailAt answers the step with the given reply instead of the normal one.
func FailAt(s Step, r Reply) Option { return func(o *settings) { o.failAt[s] = r } }

// RefuseEHLO answers EHLO with 502, so a client has to fall back to HELO
// (which gets no extensions, so no STARTTLS and no AUTH either).
func RefuseEHLO() Option { return func(o *settings) { o.noEHLO = true } }

// OnIPv6 listens on the IPv6 loopback address, ::1, instead of 127.0.0.1;
// Start fails where the machine has no IPv6 loopback (see HasIPv6).
// Server.Host is then "::1", without brackets.
func OnIPv6() Option { return func(o *settings) { o.listen = "::1" } }

// Without8BitMIME hides 8BITMIME from the EHLO reply, as an old server
// that takes only 7-bit text would (go-smtp always announces it). It works
// on clear-text sessions only: use it with WithoutStartTLS.
func Without8BitMIME() Option { return func(o *settings) { o.no8BitMIME = true } }

// WithSMTPUTF8 announces SMTPUTF8 (RFC 6531) and takes UTF-8 addresses.
func WithSMTPUTF8() Option { return func(o *settings) { o.smtpUTF8 = true } }
