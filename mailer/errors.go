package mailer

import (
	"errors"
	"fmt"
	"strings"

	"github.com/smtpconf/smtpconf/internal/termsafe"
)

// Kind is the class of a failure: what went wrong, independent of the words
// a server used. Callers switch on it; Hint says what to do.
type Kind string

const (
	KindConfig            Kind = "config"             // the settings cannot work as written
	KindPassword          Kind = "password"           // password_env / password_command failed
	KindDNS               Kind = "dns"                // the host name does not exist
	KindDNSFailure        Kind = "dns-failure"        // the resolver failed (no answer, no network)
	KindRefused           Kind = "refused"            // nothing listens on the port
	KindUnreachable       Kind = "unreachable"        // no route, network down
	KindTimeout           Kind = "timeout"            // a step took longer than the timeout
	KindNoGreeting        Kind = "no-greeting"        // connected, but the server never said 220
	KindNotSMTP           Kind = "not-smtp"           // the greeting was not SMTP (TLS port? other protocol?)
	KindNotTLS            Kind = "not-tls"            // a TLS handshake against a plain-text server
	KindTLS               Kind = "tls"                // another TLS handshake failure
	KindCertUntrusted     Kind = "cert-untrusted"     // signed by an authority we do not trust
	KindCertWrongHost     Kind = "cert-wrong-host"    // valid, but for another name
	KindCertExpired       Kind = "cert-expired"       // expired or not yet valid
	KindStartTLSMissing   Kind = "starttls-missing"   // STARTTLS wanted but not offered
	KindMechanismMissing  Kind = "mechanism-missing"  // the AUTH mechanism is not offered
	KindInsecureAuth      Kind = "insecure-auth"      // would send the password in clear text
	KindAuthFailed        Kind = "auth-failed"        // 535: wrong username or password
	KindAuthRequired      Kind = "auth-required"      // 530: the server wants a login first
	KindSenderRejected    Kind = "sender-rejected"    // MAIL FROM refused
	KindRecipientRejected Kind = "recipient-rejected" // RCPT TO refused
	KindMessageRejected   Kind = "message-rejected"   // DATA refused
	KindMessage           Kind = "message"            // a message given whole cannot be sent as it is
	KindTemporary         Kind = "temporary"          // 4xx: try again later
	KindDropped           Kind = "dropped"            // the server hung up mid-dialogue
	KindReplyTooLong      Kind = "reply-too-long"     // a reply past 64 KiB or 1,000 lines
	KindCanceled          Kind = "cancelled"          // the caller gave up (one spelling with the CLI's "cancelled": true)
	KindServer            Kind = "server"             // any other server refusal
)

// Error is a failure at one step, classified, with the fix in Hint.
type Error struct {
	Step         StepName
	Kind         Kind
	Code         int    // SMTP reply code, 0 for network/TLS errors
	EnhancedCode string // "5.7.8" when the server gave one
	Hint         string
	Err          error
}

// Error names the step unless the cause already begins with it ("MAIL
// FROM:<a@b>: 553 ..."), so no message reads "mail: MAIL FROM: ...".
//
// What the server said is made safe to print (termsafe): its control
// characters are shown escaped, never sent to the admin's terminal.
func (e *Error) Error() string {
	msg := termsafe.String(e.Err.Error())
	if e.Step == "" || strings.HasPrefix(strings.ToLower(msg), string(e.Step)) {
		return msg
	}
	return string(e.Step) + ": " + msg
}
func (e *Error) Unwrap() error { return e.Err }

// Sentinel errors a caller can test for with errors.Is.
var (
	ErrStartTLSNotOffered = errors.New("the server does not offer STARTTLS")
	ErrNoAuthOffered      = errors.New("the server offers no AUTH mechanism")
	ErrNoHost             = errors.New("no host set")
	ErrNoSender           = errors.New("no sender address set")
	ErrNoRecipient        = errors.New("no recipient")
)

// ReplyError is a refusal from the server, as it said it.
type ReplyError struct {
	Code         int
	EnhancedCode string
	Text         string
}

func (e *ReplyError) Error() string {
	parts := []string{fmt.Sprintf("%03d", e.Code)}
	if e.EnhancedCode != "" {
		parts = append(parts, e.EnhancedCode)
	}
	if e.Text != "" {
		parts = append(parts, termsafe.String(strings.ReplaceAll(e.Text, "\n", " ")))
	}
	return strings.Join(parts, " ")
}

// Temporary reports a 4xx reply: the same attempt may work later.
func (e *ReplyError) Temporary() bool { return e.Code/100 == 4 }

// MechanismError says that the AUTH mechanism asked for cannot be used and
// what the server offers instead.
type MechanismError struct {
	Wanted  string   // "PLAIN", or "auto"
	Offered []string // as advertised, after TLS when there is TLS
	Reason  string
}

func (e *MechanismError) Error() string {
	offered := "none"
	if len(e.Offered) > 0 {
		offered = strings.Join(e.Offered, " ")
	}
	return fmt.Sprintf("%s (server offers: %s)", e.Reason, termsafe.String(offered))
}

// PasswordError is a failure to get the password from its source. It never
// holds the password itself.
type PasswordError struct {
	Source string // "password_env" or "password_command"; the message names the variable or command
	// Name is the variable (password_env) or the command's program
	// (password_command) the password was to come from.
	Name string
	// Unset is true when password_env names a variable that is not set.
	Unset bool
	Err   error
}

func (e *PasswordError) Error() string { return e.Source + ": " + e.Err.Error() }
func (e *PasswordError) Unwrap() error { return e.Err }
