package mailer

import (
	"strings"
	"testing"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/mailer/smtptest"
)

// The replies admins meet most, word for word as the providers send them
// (the first line of a multi-line reply), replayed by smtptest: each ends
// in its own diagnosis, not in "check the recipient" or "check both".
func TestProviderRepliesEndInTheirOwnHint(t *testing.T) {
	cases := []struct {
		name  string
		at    smtptest.Step
		reply smtptest.Reply
		edit  func(*config.Server)
		step  StepName
		kind  Kind
		hint  string
	}{
		{"microsoft_365_smtp_auth_disabled_for_the_tenant", smtptest.StepAuth,
			smtptest.Reply{Code: 535, Enhanced: "5.7.139", Text: "Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information."},
			nil, StepAuth, KindAuthDisabled, "enable Authenticated SMTP for this mailbox"},
		{"microsoft_365_basic_auth_disabled", smtptest.StepAuth,
			smtptest.Reply{Code: 535, Enhanced: "5.7.139", Text: "Authentication unsuccessful, basic authentication is disabled."},
			nil, StepAuth, KindAuthDisabled, "or use OAuth"},
		{"microsoft_365_send_as_denied", smtptest.StepData,
			smtptest.Reply{Code: 550, Enhanced: "5.7.60", Text: "SMTP; Client does not have permissions to send as this sender"},
			nil, StepData, KindSenderRejected, "give it Send As permission for the sender's mailbox"},
		{"gmail_app_password_required", smtptest.StepAuth,
			smtptest.Reply{Code: 534, Enhanced: "5.7.9", Text: "Application-specific password required. For more information, go to"},
			nil, StepAuth, KindAuthFailed, "https://myaccount.google.com/apppasswords"},
		{"gmail_credentials_not_accepted", smtptest.StepAuth,
			smtptest.Reply{Code: 535, Enhanced: "5.7.8", Text: "Username and Password not accepted. For more information, go to"},
			nil, StepAuth, KindAuthFailed, "with 2-Step Verification on, the password must be an app password"},
		{"rate_limit_421", smtptest.StepMail,
			smtptest.Reply{Code: 421, Enhanced: "4.7.0", Text: "Try again later, closing connection. (MAIL)"},
			nil, StepMail, KindRateLimited, "wait a few minutes before retrying"},
		{"postfix_anvil_rate_limit", smtptest.StepRcpt,
			smtptest.Reply{Code: 450, Enhanced: "4.7.1", Text: "Error: too much mail from 192.0.2.10"},
			nil, StepRcpt, KindRateLimited, "send less often"},
		{"greylisting_postgrey_450", smtptest.StepRcpt,
			smtptest.Reply{Code: 450, Enhanced: "4.2.0", Text: "<admin@example.net>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.net.html"},
			nil, StepRcpt, KindGreylisted, "accepts the same mail when it is retried after a few minutes"},
		{"greylisting_451", smtptest.StepRcpt,
			smtptest.Reply{Code: 451, Enhanced: "4.7.1", Text: "Please try again later"},
			nil, StepRcpt, KindGreylisted, "retry later"},
		{"authentication_backend_down_454", smtptest.StepAuth,
			smtptest.Reply{Code: 454, Enhanced: "4.7.0", Text: "Temporary authentication failure"},
			nil, StepAuth, KindAuthTemporary, "retry later; if it lasts, the server's admin must check its SASL service"},
		{"exim_starttls_required", smtptest.StepMail,
			smtptest.Reply{Code: 530, Enhanced: "5.7.0", Text: "STARTTLS required"},
			func(s *config.Server) { s.StartTLS, s.Auth = false, config.AuthNone }, StepMail, KindStartTLSRequired, "turn on Require STARTTLS (starttls = true)"},
		{"message_too_big", smtptest.StepData,
			smtptest.Reply{Code: 552, Enhanced: "5.3.4", Text: "Message size exceeds fixed limit"},
			nil, StepData, KindMessageTooBig, "send a smaller message"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			_, cfg := newServer(t, smtptest.FailAt(c.at, c.reply))
			cfg.Auth = config.AuthAuto
			if c.edit != nil {
				c.edit(&cfg)
			}
			var rec recorder
			r := SendTest(timeoutCtx(t), cfg, "admin@example.net", rec.options())
			var e *Error
			if !asError(r.Err, &e) || e.Step != c.step || e.Kind != c.kind {
				t.Fatalf("failed with %#v (%v), want %s at %s", e, r.Err, c.kind, c.step)
			}
			if !strings.Contains(r.Hint, c.hint) {
				t.Errorf("hint = %q, want it to contain %q", r.Hint, c.hint)
			}
			if strings.Contains(r.Err.Error(), "<admin@example.net>: 4") || strings.Contains(r.Hint, "check the address") {
				t.Errorf("blamed on the recipient: %v; %s", r.Err, r.Hint)
			}
			noStarAfterFinalReply(t, rec.transcript.String())
		})
	}
}
