package mailer

import (
	"fmt"
	"strings"
)

// replyKind classifies a server's refusal by what it says, and only then by
// the step it answered: Postfix reports its sender and HELO restrictions
// at RCPT TO (smtpd_delay_reject), so a refusal at RCPT is often not about
// the recipient at all. The enhanced status code (RFC 3463) and the
// well-known texts of Postfix, Exim, Microsoft 365 and Gmail decide first.
//
// The hint is the one the reply calls for, or "" for its kind's usual one.
func replyKind(step StepName, r *ReplyError) (Kind, string) {
	if k, ok := knownReply(r); ok {
		return k.kind, k.hint
	}
	return kindByCode(step, r), ""
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
	// owns a sender, say). Empty means Kind's usual hint.
	hint string
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
		return known{KindAuthDisabled, "Microsoft 365 has SMTP AUTH (basic authentication) turned off here: enable Authenticated SMTP for this mailbox (Microsoft 365 admin center → Users → Mail → Manage email apps) and for the tenant, or use OAuth"}, true
	case r.EnhancedCode == "5.7.60" || has("send as this sender"):
		return known{KindSenderRejected, "the login may not send as this sender: give it Send As permission for the sender's mailbox, or set sender to the login's own address"}, true
	case has("application-specific password required"):
		return known{KindAuthFailed, "Gmail wants an app password for this account (2-Step Verification is on): create one at https://myaccount.google.com/apppasswords and set it as password"}, true
	case r.Code == 534 || r.EnhancedCode == "5.7.9":
		return known{KindAuthFailed, "the server refuses this login mechanism as too weak (RFC 4954): set auth to another mechanism it offers, or auto"}, true
	case has("username and password not accepted"):
		return known{KindAuthFailed, "Gmail refused the username or password: check both; with 2-Step Verification on, the password must be an app password"}, true
	case has("must issue a starttls command first", "starttls required", "starttls first", "must issue a starttls"):
		return known{kind: KindStartTLSRequired}, true
	case r.Code == 454 && (r.EnhancedCode == "4.7.0" || r.EnhancedCode == "") && has("authentication"):
		return known{KindAuthTemporary, "the server's authentication backend failed for now (temporary): retry later; if it lasts, the server's admin must check its SASL service (Dovecot, say)"}, true
	case has("helo command rejected", "need fully-qualified hostname", "invalid helo", "helo/ehlo"):
		return known{KindHELORejected, ""}, true
	case has("sender address rejected: not logged in"):
		return known{KindAuthRequired, "the server takes mail from this sender only after a login: set auth to auto with username and password"}, true
	case has("not owned by user"):
		owner := "this login"
		if i := strings.LastIndex(r.Text, "not owned by user "); i >= 0 {
			owner = strings.TrimRight(strings.TrimSpace(r.Text[i+len("not owned by user "):]), ".;)")
		}
		return known{KindSenderRejected, fmt.Sprintf("the server lets %s send only from addresses that login owns: set sender to one of them (usually the login's own address), or have the server's admin allow this sender for it", owner)}, true
	case has("sender address rejected"):
		return known{KindSenderRejected, ""}, true
	case r.EnhancedCode == "5.3.4" || r.Code == 552 && has("size", "too big", "too large"):
		return known{kind: KindMessageTooBig}, true
	case r.Code == 450 && r.EnhancedCode == "4.2.0", r.Code == 451 && r.EnhancedCode == "4.7.1", has("greylist"):
		return known{KindGreylisted, "the server greylists: it defers a first attempt from an unknown sender and accepts the same mail when it is retried after a few minutes; a mail queue does that by itself, so retry later"}, true
	case r.Code/100 == 4 && has("rate limit", "ratelimit", "rate-limit", "sending rate", "too many", "too much", "try again later", "throttl", "exceeded"):
		return known{KindRateLimited, "the server limits how much or how often this client sends (a rate limit, or it is busy): wait a few minutes before retrying and send less often"}, true
	case has("recipient address rejected", "user unknown", "mailbox unavailable", "no such user"):
		return known{KindRecipientRejected, ""}, true
	}
	return known{}, false
}
