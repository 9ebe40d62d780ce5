package mailer

import (
	"io"
	"net"
	"time"
)

// Options tune one conversation. The zero value is ready to use.
type Options struct {
	// Progress receives every step as it starts and ends, on the calling goroutine.
	Progress func(Step)
	// Transcript receives the SMTP dialogue with AUTH payloads redacted.
	Transcript io.Writer
	// LocalName is the EHLO name; empty means the machine's host name.
	LocalName string
	// Resolver looks host names up; nil means the system's.
	Resolver *net.Resolver
	// Now is the clock for the Date header and the test message; nil means time.Now.
	Now func() time.Time
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
}

// Result is what a check or send found.
type Result struct {
	OK        bool
	Steps     []Step
	TLS       *TLSInfo
	Mechanism string // the AUTH mechanism used, if any
	Reply     string // the server's final reply to DATA (queue id)
	Warnings  []string
	Err       error  // an *Error when the server or network failed
	Hint      string // what to do about Err, in the admin's words
}

// Message is what an application sends. From, Date and Message-ID come from
// the settings and the clock.
type Message struct {
	To      []string
	Subject string
	Body    string // text/plain, UTF-8
	// ReplyTo, when set, is where answers should go instead of the sender.
	ReplyTo string
}
