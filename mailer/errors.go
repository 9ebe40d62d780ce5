package mailer

import (
	"fmt"
	"strings"

	"github.com/smtpconf/smtpconf/internal/i18n"
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
	KindStartTLSRequired  Kind = "starttls-required"  // 530 5.7.0: the server wants STARTTLS first
	KindHELORejected      Kind = "helo-rejected"      // the name given in EHLO was refused
	KindMessageTooBig     Kind = "message-too-big"    // 552 5.3.4: over the server's size limit
	KindAuthDisabled      Kind = "auth-disabled"      // the provider has SMTP AUTH turned off (Microsoft 365)
	KindAuthTemporary     Kind = "auth-temporary"     // 454: the authentication backend failed for now
	KindGreylisted        Kind = "greylisted"         // 450 4.2.0 / 451 4.7.1: retry in a few minutes
	KindRateLimited       Kind = "rate-limited"       // 4xx: too much, too often
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
	// Hint is the fix in the language of the conversation that made the
	// error (Options.Lang); ExplainIn words it in any other.
	Hint string
	Err  error

	// hint is Hint as a catalog message, so that ExplainIn can word it
	// in a language other than the conversation's; nil for an Error made
	// by hand, whose Hint is then taken as it is.
	hint *i18n.Error
	// lang is the language Hint is in.
	lang i18n.Lang
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

// In is Error in language l: our words around the cause translated, the
// server's words as they came (i18n.Text uses it).
func (e *Error) In(l i18n.Lang) string {
	msg := termsafe.String(e.Err.Error())
	text := termsafe.String(i18n.Text(e.Err, l))
	if e.Step == "" || strings.HasPrefix(strings.ToLower(msg), string(e.Step)) {
		return text
	}
	return string(e.Step) + ": " + text
}

// setHint makes m the error's hint, in English until the conversation
// words it in its own language (conversation.scrub).
func (e *Error) setHint(m *i18n.Error) {
	e.hint = m
	e.Hint, e.lang = "", i18n.English
	if m != nil {
		e.Hint = termsafe.String(m.In(i18n.English))
	}
}

// hintIn is the hint in language l.
func (e *Error) hintIn(l i18n.Lang) string {
	if e.hint == nil || sameLang(l, e.lang) {
		return e.Hint
	}
	return termsafe.String(e.hint.In(l))
}

// sameLang tells whether a and b are the same language, the zero Lang
// being English.
func sameLang(a, b i18n.Lang) bool { return langOf(a) == langOf(b) }

func langOf(l i18n.Lang) i18n.Lang {
	if l == i18n.German {
		return i18n.German
	}
	return i18n.English
}

// cmdError is a failure at one SMTP command: the command as it is sent
// ("MAIL FROM"), then the cause, translated when it is ours.
type cmdError struct {
	cmd string
	err error
}

func cmdErr(cmd string, err error) error { return &cmdError{cmd: cmd, err: err} }

func (e *cmdError) Error() string         { return e.cmd + ": " + e.err.Error() }
func (e *cmdError) In(l i18n.Lang) string { return e.cmd + ": " + i18n.Text(e.err, l) }
func (e *cmdError) Unwrap() error         { return e.err }

// Sentinel errors a caller can test for with errors.Is.
var (
	ErrStartTLSNotOffered error = i18n.Errorf("mailer_err_starttls_not_offered", nil)
	ErrNoAuthOffered      error = i18n.Errorf("mailer_err_no_auth_offered", nil)
	ErrNoHost             error = i18n.Errorf("mailer_err_no_host", nil)
	ErrNoSender           error = i18n.Errorf("mailer_err_no_sender", nil)
	ErrNoRecipient        error = i18n.Errorf("mailer_err_no_recipient", nil)
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
	Reason  string   // in English
	// reason is Reason as a catalog message; nil for one made by hand.
	reason *i18n.Error
}

func mechanismError(wanted string, offered []string, reason *i18n.Error) *MechanismError {
	return &MechanismError{Wanted: wanted, Offered: offered, Reason: reason.Error(), reason: reason}
}

func (e *MechanismError) Error() string { return e.In(i18n.English) }

// In is the error in language l; the mechanisms are named as the server did.
func (e *MechanismError) In(l i18n.Lang) string {
	reason := e.Reason
	if e.reason != nil {
		reason = e.reason.In(l)
	}
	if len(e.Offered) == 0 {
		return l.T("mailer_err_mechanism_none", i18n.D{"Reason": reason})
	}
	return l.T("mailer_err_mechanism", i18n.D{"Reason": reason, "Offered": termsafe.String(strings.Join(e.Offered, " "))})
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

// In is the error in language l; the source is the key, as it is written.
func (e *PasswordError) In(l i18n.Lang) string { return e.Source + ": " + i18n.Text(e.Err, l) }
func (e *PasswordError) Unwrap() error         { return e.Err }
