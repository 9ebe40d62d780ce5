package mailer

import (
	"context"
	"errors"
	"io"
	"net"
	"time"

	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/oauth"
)

// Options tune one conversation. The zero value is ready to use.
type Options struct {
	// Progress receives every step as it starts and ends, on the calling goroutine.
	Progress func(Step)
	// Transcript receives the SMTP dialogue with AUTH payloads redacted.
	Transcript io.Writer
	// LocalName is the EHLO name when the settings have no helo_name;
	// empty means the machine's fully qualified name, else the address
	// literal of the connection's local end (never a short name).
	LocalName string
	// Resolver looks host names up; nil means the system's.
	Resolver *net.Resolver
	// Dial opens the TCP connection to "host:port", as net.Dialer's
	// DialContext does; nil means a net.Dialer using Resolver. A proxy, a
	// split-horizon setup, or a test that maps names to loopback servers
	// sets it; the resolve step still looks the host up with Resolver.
	Dial func(ctx context.Context, network, address string) (net.Conn, error)
	// Now is the clock for the Date header and the test message; nil means time.Now.
	Now func() time.Time
	// OAuth2 says how OAuth 2.0 tokens are fetched: the token file of the
	// device_code flow (config.TokenFilePath), and for tests an HTTP
	// client and a Microsoft authority of their own.
	OAuth2 oauth.Options
	// Lang is the language of the step titles, details and hints ("de" or
	// "en"); the zero value is English. A server's replies are quoted as
	// they came, whatever the language.
	Lang i18n.Lang
}

// TLSInfo describes the secured connection.
type TLSInfo struct {
	Version, CipherSuite string
	Subject, Issuer      string
	DNSNames             []string // the names the certificate is for
	IPAddresses          []string // the addresses it is for
	NotBefore, NotAfter  time.Time
	FingerprintSHA256    string
	Verified             bool // false when tls_skip_verify is on, or verification failed

	// lang is the language CertificateLines words the facts in: the
	// conversation's (Options.Lang).
	lang i18n.Lang
}

// Result is what a check or send found.
type Result struct {
	OK        bool
	Steps     []Step
	TLS       *TLSInfo
	Mechanism string   // the AUTH mechanism used, if any
	Reply     string   // the server's final reply to DATA (queue id)
	Warnings  []string // in the language of Options.Lang
	Err       error    // an *Error when the server or network failed
	Hint      string   // what to do about Err, in the admin's words (Options.Lang)

	// lang is Options.Lang, so that Failure words the failure in the
	// language the conversation was asked for.
	lang i18n.Lang
}

// Message is what an application sends. From, Date and Message-ID come from
// the settings and the clock. MAIL FROM is always the settings' sender.
type Message struct {
	To      []string
	Subject string
	Body    string // text/plain, UTF-8
	// ReplyTo, when set, is where answers should go instead of the sender.
	ReplyTo string
	// Raw, when set, is a whole RFC 5322 message (header and body) sent as
	// it is instead of one made from Subject, Body and ReplyTo: only Date,
	// Message-ID and From are added when its header lacks them, From as the
	// settings' sender and sender_name. To are then only the envelope's
	// recipients; the header is not read for them. Dot-stuffing and CRLF
	// line ends are done on the wire.
	Raw []byte
}

// Failure is why the check or send failed and what to do about it, in the
// admin's words and in the language of the conversation (Options.Lang; a
// Result made otherwise is English): ExplainIn's sentence for Err, and the
// hint the conversation found (Hint) or else ExplainIn's. Every front end
// (terminal, form, JSON) shows these two, so they choose the hint the same
// way. Both are empty for a result without an error.
func (r *Result) Failure() (message, hint string) { return r.FailureIn(r.lang) }

// FailureIn is Failure in language l, whatever language the conversation
// ran in (an audit log wants English, say). A Hint set by the caller, not
// the conversation, is kept as it is.
func (r *Result) FailureIn(l i18n.Lang) (message, hint string) {
	message, hint = ExplainIn(r.Err, l)
	var e *Error
	if r.Hint != "" && (!errors.As(r.Err, &e) || r.Hint != e.Hint) {
		hint = r.Hint
	}
	return message, hint
}
