package mailer

import (
	"strings"

	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/internal/termsafe"
)

// replyKind classifies a server's refusal by what it says, and only then by
// the step it answered: Postfix reports its sender and HELO restrictions
// at RCPT TO (smtpd_delay_reject), so a refusal at RCPT is often not about
// the recipient at all. The enhanced status code (RFC 3463) and the
// well-known texts of Postfix, Exim, Microsoft 365 and Gmail decide first.
//
// The hint is the one the reply calls for, or nil for its kind's usual one.
func replyKind(step StepName, r *ReplyError) (Kind, *i18n.Error) {
	if k, ok := knownReply(r); ok {
		return k.kind, k.hint
	}
	return kindByCode(step, r), nil
}

// kindByCode classifies a reply no well-known text explains.
func kindByCode(step StepName, r *ReplyError) Kind {
	switch {
	case r.Code == 535 || r.EnhancedCode == "5.7.8":
		return KindAuthFailed
	case r.Code == 530 || r.EnhancedCode == "5.7.0" && step == StepMail && strings.Contains(strings.ToLower(r.Text), "auth"):
		return KindAuthRequired
	case r.Code/100 == 4:
		return KindTemporary
	}
	switch addressStatus(r.EnhancedCode) {
	case "sender":
		return KindSenderRejected
	case "recipient":
		return KindRecipientRejected
	}
	switch step {
	case StepMail:
		return KindSenderRejected
	case StepRcpt:
		return KindRecipientRejected
	case StepData:
		return KindMessageRejected
	case StepAuth:
		if r.Code == 504 {
			return KindMechanismMissing
		}
		return KindAuthFailed
	}
	return KindServer
}

// addressStatus is what an RFC 3463 address status is about: X.1.1 to X.1.6
// the recipient (bad mailbox, domain, syntax), X.1.7 and X.1.8 the sender.
func addressStatus(enhanced string) string {
	switch {
	case len(enhanced) < 5 || enhanced[1:4] != ".1.":
		return ""
	case enhanced[4:] == "7" || enhanced[4:] == "8":
		return "sender"
	}
	return "recipient"
}

// known is a reply with a well-known meaning.
type known struct {
	kind Kind
	// hint names the fix; it may quote what the reply says (the login that
	// owns a sender, say). Nil means Kind's usual hint.
	hint *i18n.Error
}

// knownReply recognises the replies admins meet most, from what they say:
// the exact texts are in replies_test.go.
func knownReply(r *ReplyError) (known, bool) {
	text := strings.ToLower(r.Text)
	has := func(s ...string) bool {
		for _, x := range s {
			if strings.Contains(text, x) {
				return true
			}
		}
		return false
	}
	switch {
	// Microsoft 365: SMTP AUTH turned off for the tenant or mailbox, or
	// basic authentication retired.
	case has("smtpclientauthentication is disabled", "basic authentication is disabled"):
		return known{KindAuthDisabled, i18n.Errorf("mailer_hint_reply_m365_auth_off", nil)}, true
	case r.EnhancedCode == "5.7.60" || has("send as this sender"):
		return known{KindSenderRejected, i18n.Errorf("mailer_hint_reply_send_as", nil)}, true
	case has("application-specific password required"):
		return known{KindAuthFailed, i18n.Errorf("mailer_hint_reply_gmail_app_password", nil)}, true
	case r.Code == 534 || r.EnhancedCode == "5.7.9":
		return known{KindAuthFailed, i18n.Errorf("mailer_hint_reply_too_weak", nil)}, true
	case has("username and password not accepted"):
		return known{KindAuthFailed, i18n.Errorf("mailer_hint_reply_gmail_refused", nil)}, true
	case has("must issue a starttls command first", "starttls required", "starttls first", "must issue a starttls"):
		return known{kind: KindStartTLSRequired}, true
	case r.Code == 454 && (r.EnhancedCode == "4.7.0" || r.EnhancedCode == "") && has("authentication"):
		return known{KindAuthTemporary, i18n.Errorf("mailer_hint_reply_auth_backend", nil)}, true
	case has("helo command rejected", "need fully-qualified hostname", "invalid helo", "helo/ehlo"):
		return known{kind: KindHELORejected}, true
	case has("sender address rejected: not logged in"):
		return known{KindAuthRequired, i18n.Errorf("mailer_hint_reply_not_logged_in", nil)}, true
	case has("not owned by user"):
		var owner any = i18n.Errorf("mailer_phrase_this_login", nil)
		if i := strings.LastIndex(r.Text, "not owned by user "); i >= 0 {
			owner = termsafe.String(strings.TrimRight(strings.TrimSpace(r.Text[i+len("not owned by user "):]), ".;)"))
		}
		return known{KindSenderRejected, i18n.Errorf("mailer_hint_reply_not_owned", i18n.D{"Owner": owner})}, true
	case has("sender address rejected"):
		return known{kind: KindSenderRejected}, true
	case r.EnhancedCode == "5.3.4" || r.Code == 552 && has("size", "too big", "too large"):
		return known{kind: KindMessageTooBig}, true
	case r.Code == 450 && r.EnhancedCode == "4.2.0", r.Code == 451 && r.EnhancedCode == "4.7.1", has("greylist"):
		return known{KindGreylisted, i18n.Errorf("mailer_hint_reply_greylisted", nil)}, true
	case r.Code/100 == 4 && has("rate limit", "ratelimit", "rate-limit", "sending rate", "too many", "too much", "try again later", "throttl", "exceeded"):
		return known{KindRateLimited, i18n.Errorf("mailer_hint_reply_rate_limited", nil)}, true
	case has("recipient address rejected", "user unknown", "mailbox unavailable", "no such user"):
		return known{kind: KindRecipientRejected}, true
	}
	return known{}, false
}
