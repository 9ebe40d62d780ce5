package mailer

import (
	"crypto/x509"
	"errors"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/internal/termsafe"
)

// hintFor names the fix for a classified failure, in the admin's words,
// with the host, port and timeout of this conversation: a catalog message,
// worded in a language when it is shown.
func hintFor(e *Error, t target) *i18n.Error {
	d := i18n.D{"Host": t.Host, "Addr": t.addr(), "Timeout": t.Timeout, "Step": stepPhrase(e.Step)}
	switch e.Kind {
	case KindConfig:
		switch {
		case isSettingsError(e.Err):
			return i18n.Errorf("mailer_hint_config_settings", nil)
		case errors.Is(e.Err, ErrNoHost):
			return i18n.Errorf("mailer_hint_config_no_host", nil)
		case errors.Is(e.Err, ErrNoSender):
			return i18n.Errorf("mailer_hint_config_no_sender", nil)
		case errors.Is(e.Err, ErrNoRecipient):
			return i18n.Errorf("mailer_hint_config_no_recipient", nil)
		}
		return i18n.Errorf("mailer_hint_config", nil)
	case KindPassword:
		return passwordHint(e.Err)
	case KindDNS:
		return i18n.Errorf("mailer_hint_dns", d)
	case KindDNSFailure:
		return i18n.Errorf("mailer_hint_dns_failure", d)
	case KindRefused:
		return i18n.Errorf("mailer_hint_refused", d)
	case KindUnreachable:
		return i18n.Errorf("mailer_hint_unreachable", d)
	case KindTimeout:
		switch e.Step {
		case StepResolve:
			return i18n.Errorf("mailer_hint_timeout_resolve", d)
		case StepConnect:
			return i18n.Errorf("mailer_hint_timeout_connect", d)
		case StepTLS, StepStartTLS:
			return i18n.Errorf("mailer_hint_timeout_tls", d)
		case StepGreeting:
			return noGreetingHint(t)
		}
		if e.Step == StepAuth {
			return i18n.Errorf("mailer_hint_timeout_auth", d)
		}
		return i18n.Errorf("mailer_hint_timeout", d)
	case KindCanceled:
		return i18n.Errorf("mailer_hint_cancelled", nil)
	case KindNoGreeting:
		return noGreetingHint(t)
	case KindNotSMTP:
		return notSMTPHint(t)
	case KindNotTLS:
		return i18n.Errorf("mailer_hint_not_tls", nil)
	case KindTLS:
		return i18n.Errorf("mailer_hint_tls", d)
	case KindCertUntrusted:
		return untrustedHint(e, t)
	case KindCertWrongHost:
		var he x509.HostnameError
		if errors.As(e.Err, &he) && he.Certificate != nil {
			d["Names"] = termsafe.String(certNames(he.Certificate))
			return i18n.Errorf("mailer_hint_cert_wrong_host_names", d)
		}
		return i18n.Errorf("mailer_hint_cert_wrong_host", d)
	case KindCertExpired:
		var ie x509.CertificateInvalidError
		if errors.As(e.Err, &ie) && ie.Cert != nil {
			d["From"], d["Until"] = ie.Cert.NotBefore.Format(time.DateOnly), ie.Cert.NotAfter.Format(time.DateOnly)
			return i18n.Errorf("mailer_hint_cert_expired_dates", d)
		}
		return i18n.Errorf("mailer_hint_cert_expired", d)
	case KindStartTLSMissing:
		return i18n.Errorf("mailer_hint_starttls_missing", d)
	case KindMechanismMissing:
		var me *MechanismError
		if errors.As(e.Err, &me) && len(me.Offered) > 0 {
			return i18n.Errorf("mailer_hint_mechanism_offered", i18n.D{"Offered": termsafe.String(strings.ToLower(strings.Join(me.Offered, ", ")))})
		}
		if t.OffersStartTLS && !t.Secured {
			return i18n.Errorf("mailer_hint_mechanism_after_starttls", nil)
		}
		return i18n.Errorf("mailer_hint_mechanism_none", nil)
	case KindInsecureAuth:
		return i18n.Errorf("mailer_hint_insecure_auth", nil)
	case KindAuthFailed:
		if strings.Contains(e.Err.Error(), "AUTH "+MechCRAMMD5) {
			return i18n.Errorf("mailer_hint_auth_failed_crammd5", nil)
		}
		return i18n.Errorf("mailer_hint_auth_failed", nil)
	case KindAuthRequired:
		return i18n.Errorf("mailer_hint_auth_required", nil)
	case KindSenderRejected:
		return i18n.Errorf("mailer_hint_sender_rejected", nil)
	case KindRecipientRejected:
		return i18n.Errorf("mailer_hint_recipient_rejected", nil)
	case KindMessageRejected:
		return i18n.Errorf("mailer_hint_message_rejected", nil)
	case KindMessage:
		switch {
		case errors.Is(e.Err, ErrNeeds8BitMIME):
			return i18n.Errorf("mailer_hint_message_8bit", nil)
		case errors.Is(e.Err, ErrNeedsSMTPUTF8):
			return i18n.Errorf("mailer_hint_message_utf8", nil)
		}
		return i18n.Errorf("mailer_hint_message_long_lines", nil)
	case KindTemporary:
		return i18n.Errorf("mailer_hint_temporary", nil)
	case KindStartTLSRequired:
		if t.OffersStartTLS {
			return i18n.Errorf("mailer_hint_starttls_required_offered", nil)
		}
		return i18n.Errorf("mailer_hint_starttls_required", nil)
	case KindHELORejected:
		return i18n.Errorf("mailer_hint_helo_rejected", i18n.D{"Name": t.HELOName})
	case KindMessageTooBig:
		if t.SizeLimit > 0 {
			return i18n.Errorf("mailer_hint_too_big_limit", i18n.D{"Limit": t.SizeLimit})
		}
		return i18n.Errorf("mailer_hint_too_big", nil)
	case KindAuthDisabled:
		return i18n.Errorf("mailer_hint_auth_disabled", nil)
	case KindAuthTemporary:
		return i18n.Errorf("mailer_hint_auth_temporary", nil)
	case KindGreylisted:
		return i18n.Errorf("mailer_hint_greylisted", nil)
	case KindRateLimited:
		return i18n.Errorf("mailer_hint_rate_limited", nil)
	case KindDropped:
		return i18n.Errorf("mailer_hint_dropped", d)
	case KindReplyTooLong:
		d["Lines"] = maxReplyLines
		return i18n.Errorf("mailer_hint_reply_too_long", d)
	case KindServer:
	}
	return i18n.Errorf("mailer_hint_server", d)
}

// passwordHint names the fix for a password that could not be read: the
// variable to export, or the command to repair.
func passwordHint(err error) *i18n.Error {
	var pe *PasswordError
	if !errors.As(err, &pe) {
		return i18n.Errorf("mailer_hint_password", nil)
	}
	d := i18n.D{"Name": pe.Name}
	switch {
	case pe.Source == "password_env" && pe.Unset:
		return i18n.Errorf("mailer_hint_password_env_unset", d)
	case pe.Source == "password_env":
		return i18n.Errorf("mailer_hint_password_env_empty", d)
	case pe.Name != "":
		return i18n.Errorf("mailer_hint_password_command_named", d)
	}
	return i18n.Errorf("mailer_hint_password_command", nil)
}

func noGreetingHint(t target) *i18n.Error {
	d := i18n.D{"Timeout": t.Timeout}
	switch {
	case t.SMTPS:
		return i18n.Errorf("mailer_hint_no_greeting_smtps", d)
	case t.Port == config.PortSMTPS:
		return i18n.Errorf("mailer_hint_no_greeting_465", d)
	}
	return i18n.Errorf("mailer_hint_no_greeting", d)
}

func notSMTPHint(t target) *i18n.Error {
	if t.Port == config.PortSMTPS && !t.SMTPS {
		return i18n.Errorf("mailer_hint_not_smtp_465", nil)
	}
	return i18n.Errorf("mailer_hint_not_smtp", nil)
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

// stepPhrase is a step's name inside a sentence, as a message: "the DNS
// lookup", „DNS-Abfrage“.
func stepPhrase(s StepName) *i18n.Error {
	switch s {
	case StepSettings:
		return i18n.Errorf("mailer_phrase_settings", nil)
	case StepToken:
		return i18n.Errorf("mailer_phrase_token", nil)
	case StepResolve:
		return i18n.Errorf("mailer_phrase_resolve", nil)
	case StepConnect:
		return i18n.Errorf("mailer_phrase_connect", nil)
	case StepTLS:
		return i18n.Errorf("mailer_phrase_tls", nil)
	case StepGreeting:
		return i18n.Errorf("mailer_phrase_greeting", nil)
	case StepHello, StepHelloTLS:
		return i18n.Errorf("mailer_phrase_ehlo", nil)
	case StepStartTLS:
		return i18n.Errorf("mailer_phrase_starttls", nil)
	case StepAuth:
		return i18n.Errorf("mailer_phrase_auth", nil)
	case StepMail:
		return i18n.Errorf("mailer_phrase_mail", nil)
	case StepRcpt:
		return i18n.Errorf("mailer_phrase_rcpt", nil)
	case StepData:
		return i18n.Errorf("mailer_phrase_data", nil)
	case StepQuit:
		return i18n.Errorf("mailer_phrase_quit", nil)
	}
	return i18n.Errorf("mailer_phrase_other", i18n.D{"Step": string(s)})
}

// Explain turns any error from this package into one sentence for the admin
// and the fix, in English, so every front end words failures the same way.
func Explain(err error) (message, hint string) { return ExplainIn(err, i18n.English) }

// ExplainIn is Explain in language l: our sentence and hint in l, the
// server's own words as it sent them.
func ExplainIn(err error, l i18n.Lang) (message, hint string) {
	if err == nil {
		return "", ""
	}
	message, hint = explain(err, l)
	return termsafe.String(message), termsafe.String(hint)
}

func explain(err error, l i18n.Lang) (message, hint string) {
	var e *Error
	if !errors.As(err, &e) {
		return i18n.Text(err, l), ""
	}
	hint = e.hintIn(l)
	if e.Step == StepSettings {
		// "Settings not valid: host: is not set: ..." or "The password
		// could not be read: ..." says it all.
		return capitalize(i18n.Text(e.Err, l)), hint
	}
	if e.Kind == KindMessage {
		// Refused before MAIL FROM was sent: naming that step would
		// blame the sender address for what is wrong with the message.
		return l.T("mailer_explain_message", i18n.D{"Err": i18n.Text(e.Err, l)}), hint
	}
	if e.Kind == KindConfig && e.Step == StepMail {
		// Composing the message (or its envelope, for Check) failed
		// before MAIL FROM was sent: no recipient, an address that does
		// not parse. The step is reported under MAIL FROM's name, but
		// naming MAIL FROM here would blame the sender or the server.
		return l.T("mailercompose_failed", i18n.D{"Err": i18n.Text(e.Err, l)}), hint
	}
	return l.T("mailer_explain_failed", i18n.D{"Step": capitalize(stepPhrase(e.Step).In(l)), "Err": i18n.Text(e.Err, l)}), hint
}

func capitalize(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

// untrustedHint tells a missing CA file from one that did not sign the
// certificate, and names the issuer either way.
func untrustedHint(e *Error, t target) *i18n.Error {
	d := i18n.D{"Host": t.Host, "CAFile": t.CAFile, "Issuer": i18n.Errorf("mailer_phrase_its_issuer", nil)}
	if c := presented(e.Err); c != nil {
		d["Issuer"] = termsafe.String(nameOf(c.Issuer.CommonName, c.Issuer.String()))
	}
	if t.CAFile != "" {
		return i18n.Errorf("mailer_hint_untrusted_ca_file", d)
	}
	return i18n.Errorf("mailer_hint_untrusted", d)
}
