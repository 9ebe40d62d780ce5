package mailer

import (
	"crypto/x509"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/internal/termsafe"
)

// hintFor names the fix for a classified failure, in the admin's words,
// with the host, port and timeout of this conversation.
func hintFor(e *Error, t target) string {
	addr, timeout := t.addr(), t.Timeout
	switch e.Kind {
	case KindConfig:
		switch {
		case isSettingsError(e.Err):
			return "nothing was sent: fix the settings as each problem above says (`smtpconf validate` lists them, `smtpconf set` or `smtpconf configure` changes them)"
		case errors.Is(e.Err, ErrNoHost):
			return "set host to the name of the mail server"
		case errors.Is(e.Err, ErrNoSender):
			return "set sender to the address mail should come from"
		case errors.Is(e.Err, ErrNoRecipient):
			return "give the address the mail should go to"
		}
		return "fix the setting named above"
	case KindPassword:
		return passwordHint(e.Err)
	case KindDNS:
		return fmt.Sprintf("no DNS name %s: check the spelling of host", t.Host)
	case KindDNSFailure:
		return fmt.Sprintf("the name %s could not be looked up: check this machine's DNS settings (/etc/resolv.conf) and network", t.Host)
	case KindRefused:
		return fmt.Sprintf("nothing listens on %s: check the port (465 for smtps, 587 for submission with STARTTLS) and that the mail server runs", addr)
	case KindUnreachable:
		return fmt.Sprintf("%s cannot be reached from this machine: check its network route and firewall", addr)
	case KindTimeout:
		switch e.Step {
		case StepResolve:
			return fmt.Sprintf("looking up %s took longer than %s: check this machine's DNS settings", t.Host, timeout)
		case StepConnect:
			return fmt.Sprintf("no answer from %s within %s: a firewall probably drops the connection (many networks block port 25); check the port and outgoing firewall rules", addr, timeout)
		case StepTLS, StepStartTLS:
			return fmt.Sprintf("the TLS handshake with %s did not finish within %s", addr, timeout)
		case StepGreeting:
			return noGreetingHint(t)
		}
		if e.Step == StepAuth {
			return fmt.Sprintf("the server did not answer the login within %s: it may be delaying a failed login (wrong username or password, or too many attempts): check them, then retry", timeout)
		}
		return fmt.Sprintf("the server did not answer %s within %s: it may be overloaded; try again later or raise timeout", stepPhrase(e.Step), timeout)
	case KindCanceled:
		return "the conversation was cancelled before it finished"
	case KindNoGreeting:
		return noGreetingHint(t)
	case KindNotSMTP:
		return notSMTPHint(t)
	case KindNotTLS:
		return "this port speaks plain SMTP: use protocol smtp with starttls (usually port 587)"
	case KindTLS:
		return fmt.Sprintf("the TLS handshake with %s failed: the server may offer only TLS older than 1.2, or this port does not speak TLS", addr)
	case KindCertUntrusted:
		return untrustedHint(e, t)
	case KindCertWrongHost:
		var he x509.HostnameError
		if errors.As(e.Err, &he) && he.Certificate != nil {
			return fmt.Sprintf("the certificate is for %s, not %s: set host to a name on the certificate", certNames(he.Certificate), t.Host)
		}
		return fmt.Sprintf("the certificate is not for %s: set host to a name on the certificate", t.Host)
	case KindCertExpired:
		var ie x509.CertificateInvalidError
		when := ""
		if errors.As(e.Err, &ie) && ie.Cert != nil {
			when = " (valid " + ie.Cert.NotBefore.Format(time.DateOnly) + " to " + ie.Cert.NotAfter.Format(time.DateOnly) + ")"
		}
		return fmt.Sprintf("the certificate of %s has expired or is not yet valid%s: the server's admin must renew it; check this machine's clock too", t.Host, when)
	case KindStartTLSMissing:
		return fmt.Sprintf("%s does not offer STARTTLS, and smtpconf never continues in clear text: use protocol smtps on port 465 if the server has it, or turn starttls off only on a trusted network", addr)
	case KindMechanismMissing:
		var me *MechanismError
		if errors.As(e.Err, &me) && len(me.Offered) > 0 {
			return "set auth to one the server offers: " + strings.ToLower(strings.Join(me.Offered, ", ")) + " (or auto)"
		}
		if t.OffersStartTLS && !t.Secured {
			return "the server offers login only after STARTTLS: turn on Require STARTTLS (starttls = true)"
		}
		return "the server offers no login here: set auth none if it takes mail without login (many servers offer AUTH only after STARTTLS)"
	case KindInsecureAuth:
		return "the password would cross the network unencrypted: turn on starttls or use smtps; set allow_insecure_auth only on a trusted network"
	case KindAuthFailed:
		if strings.Contains(e.Err.Error(), "AUTH "+MechCRAMMD5) {
			return "the server refused the login with CRAM-MD5: check username and password; many servers offer CRAM-MD5 but cannot check it against hashed passwords (Dovecot with SHA512-CRYPT, say): set auth = \"plain\" (over TLS) or \"auto\""
		}
		return "the server rejected the username or password: check both (many providers want an app password here)"
	case KindAuthRequired:
		return "the server wants a login before it takes mail: set auth to auto with username and password"
	case KindSenderRejected:
		return "the sender address must be one this server lets this user send as; its domain should be one the server handles"
	case KindRecipientRejected:
		return "the server refused the recipient: check the address; a server that relays only for logged-in users refuses outside addresses without auth"
	case KindMessageRejected:
		return "the server refused the message itself (content, size or policy): its reply says why"
	case KindMessage:
		switch {
		case errors.Is(e.Err, ErrNeeds8BitMIME):
			return "encode the body (Content-Transfer-Encoding: quoted-printable or base64), or send through a server that offers 8BITMIME"
		case errors.Is(e.Err, ErrNeedsSMTPUTF8):
			return "encode non-ASCII header text as RFC 2047 words and use ASCII addresses, or send through a server that offers SMTPUTF8"
		}
		return "wrap the long lines, or encode the body (Content-Transfer-Encoding: quoted-printable or base64)"
	case KindTemporary:
		return "the server reports a temporary problem: try again later"
	case KindStartTLSRequired:
		if t.OffersStartTLS {
			return "the server wants STARTTLS before anything else: turn on Require STARTTLS (starttls = true)"
		}
		return "the server wants an encrypted connection: turn on Require STARTTLS (starttls = true), or use protocol smtps on port 465"
	case KindHELORejected:
		return fmt.Sprintf("the server refused the name this machine gave in EHLO (%s): set helo_name to this machine's fully qualified name, e.g. app.example.com, or its address literal, e.g. [192.0.2.10]", t.HELOName)
	case KindMessageTooBig:
		limit := ""
		if t.SizeLimit > 0 {
			limit = fmt.Sprintf(" (it announced a limit of %d bytes)", t.SizeLimit)
		}
		return fmt.Sprintf("the message is larger than the server takes%s: send a smaller message, or have the server's admin raise its limit (Postfix: message_size_limit)", limit)
	case KindAuthDisabled:
		return "the provider has SMTP AUTH turned off for this account: turn it on for the mailbox, or use OAuth"
	case KindAuthTemporary:
		return "the server's authentication failed for now (temporary): retry later"
	case KindGreylisted:
		return "the server greylists: it accepts the same mail when it is retried after a few minutes; retry later"
	case KindRateLimited:
		return "the server limits how much or how often this client sends: wait a few minutes, then retry"
	case KindDropped:
		return fmt.Sprintf("the server closed the connection during %s: it may limit connections or refuse this client; %s shows the last words", stepPhrase(e.Step), whereTranscript)
	case KindReplyTooLong:
		return fmt.Sprintf("no mail server sends a reply that long (the limit is 64 KiB and %d lines): check that %s is your mail server; something else may answer on that port, or on the network path", maxReplyLines, addr)
	case KindServer:
	}
	return fmt.Sprintf("the server refused %s: its reply says why", stepPhrase(e.Step))
}

// passwordHint names the fix for a password that could not be read: the
// variable to export, or the command to repair.
func passwordHint(err error) string {
	var pe *PasswordError
	if !errors.As(err, &pe) {
		return "fix password_env or password_command as the message says, or set password"
	}
	switch {
	case pe.Source == "password_env" && pe.Unset:
		return fmt.Sprintf("export %s with the password in the environment smtpconf or the application runs in (export %s=...), or set password_env to a variable that is set", pe.Name, pe.Name)
	case pe.Source == "password_env":
		return fmt.Sprintf("%s is set but empty: export it with the password, or set password_env to a variable that holds it", pe.Name)
	case pe.Name != "":
		return fmt.Sprintf("fix password_command: run it by hand; %s must print the password on its first line and succeed within the timeout", pe.Name)
	}
	return "fix password_command: run it by hand; it must print the password on its first line and succeed within the timeout"
}

// whereTranscript says where an admin finds the conversation with the
// server: the CLI's flag and the key of the TUI's test screen.
const whereTranscript = "the transcript (smtpconf check --transcript, or ctrl+r in the form's test screen)"

func noGreetingHint(t target) string {
	h := fmt.Sprintf("the server accepted the connection but sent no greeting within %s", t.Timeout)
	switch {
	case t.SMTPS:
		return h + ": check the port"
	case t.Port == config.PortSMTPS:
		return h + ": port 465 expects smtps (TLS from the first byte); set protocol smtps"
	}
	return h + ": if this port expects TLS from the first byte (usually 465), set protocol smtps"
}

func notSMTPHint(t target) string {
	if t.Port == config.PortSMTPS && !t.SMTPS {
		return "the server's first bytes are not an SMTP greeting: port 465 expects smtps (TLS from the first byte); set protocol smtps"
	}
	return "the server's first bytes are not an SMTP greeting: check the port; if it expects TLS from the first byte (usually 465), set protocol smtps"
}

func certNames(c *x509.Certificate) string {
	names := append([]string{}, c.DNSNames...)
	for _, ip := range c.IPAddresses {
		names = append(names, ip.String())
	}
	if len(names) == 0 && c.Subject.CommonName != "" {
		names = append(names, c.Subject.CommonName)
	}
	return strings.Join(names, ", ")
}

// stepPhrase is a step's name inside a sentence.
func stepPhrase(s StepName) string {
	switch s {
	case StepSettings:
		return "the check of the settings"
	case StepToken:
		return "getting the OAuth 2.0 token"
	case StepResolve:
		return "the DNS lookup"
	case StepConnect:
		return "the connection"
	case StepTLS:
		return "the TLS handshake"
	case StepGreeting:
		return "the greeting"
	case StepHello, StepHelloTLS:
		return "EHLO"
	case StepStartTLS:
		return "STARTTLS"
	case StepAuth:
		return "the login (AUTH)"
	case StepMail:
		return "the sender (MAIL FROM)"
	case StepRcpt:
		return "the recipient (RCPT TO)"
	case StepData:
		return "the message (DATA)"
	case StepQuit:
		return "QUIT"
	}
	return string(s)
}

// Explain turns any error from this package into one sentence for the admin
// and the fix, so every front end words failures the same way.
func Explain(err error) (message, hint string) {
	if err == nil {
		return "", ""
	}
	message, hint = explain(err)
	return termsafe.String(message), termsafe.String(hint)
}

// ExplainIn is Explain in language l.
// TODO(i18n): English until the mailer's texts move into the catalog.
func ExplainIn(err error, l i18n.Lang) (message, hint string) { return Explain(err) }

func explain(err error) (message, hint string) {
	var e *Error
	if !errors.As(err, &e) {
		return err.Error(), ""
	}
	if e.Step == StepSettings {
		// "Settings not valid: host: is not set: ..." or "The password
		// could not be read: ..." says it all.
		return capitalize(e.Err.Error()), e.Hint
	}
	if e.Kind == KindMessage {
		// Refused before MAIL FROM was sent: naming that step would
		// blame the sender address for what is wrong with the message.
		return "The message cannot be sent as it is: " + e.Err.Error(), e.Hint
	}
	return fmt.Sprintf("%s failed: %v", capitalize(stepPhrase(e.Step)), e.Err), e.Hint
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// untrustedHint tells a missing CA file from one that did not sign the
// certificate, and names the issuer either way.
func untrustedHint(e *Error, t target) string {
	issuer := "its issuer"
	if c := presented(e.Err); c != nil {
		issuer = termsafe.String(nameOf(c.Issuer.CommonName, c.Issuer.String()))
	}
	if t.CAFile != "" {
		return fmt.Sprintf("tls_ca_file (%s) is set but did not sign the certificate of %s (it was issued by %s): set tls_ca_file to %s's certificate (PEM)", t.CAFile, t.Host, issuer, issuer)
	}
	return fmt.Sprintf("the certificate of %s was issued by %s, which this machine does not trust: set tls_ca_file to %s's certificate (PEM)", t.Host, issuer, issuer)
}
