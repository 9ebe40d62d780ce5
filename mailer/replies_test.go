package mailer

import (
	"errors"
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
			nil, StepAuth, KindAuthDisabled, "Set-CASMailbox -Identity app@example.com -SmtpClientAuthenticationDisabled $false"},
		{"microsoft_365_basic_auth_disabled", smtptest.StepAuth,
			smtptest.Reply{Code: 535, Enhanced: "5.7.139", Text: "Authentication unsuccessful, basic authentication is disabled."},
			nil, StepAuth, KindAuthDisabled, "switch to OAuth 2.0"},
		{"microsoft_365_send_as_denied", smtptest.StepData,
			smtptest.Reply{Code: 550, Enhanced: "5.7.60", Text: "SMTP; Client does not have permissions to send as this sender"},
			nil, StepData, KindSenderRejected, "give it Send As permission for the sender's mailbox"},
		{"gmail_app_password_required", smtptest.StepAuth,
			smtptest.Reply{Code: 534, Enhanced: "5.7.9", Text: "Application-specific password required. For more information, go to"},
			nil, StepAuth, KindAuthFailed, "https://myaccount.google.com/apppasswords"},
		{"gmail_credentials_not_accepted", smtptest.StepAuth,
			smtptest.Reply{Code: 535, Enhanced: "5.7.8", Text: "Username and Password not accepted. For more information, go to"},
			nil, StepAuth, KindAuthFailed, "with 2-Step Verification on, the password must be an app password"},
		{"mechanism_too_weak_534", smtptest.StepAuth,
			smtptest.Reply{Code: 534, Enhanced: "5.7.9", Text: "Authentication mechanism is too weak"},
			nil, StepAuth, KindAuthFailed, "refuses this login mechanism as too weak"},
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
			if !errors.As(r.Err, &e) || e.Step != c.step || e.Kind != c.kind {
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

// The reply decides, not the step it answered: Postfix and Exim report
// sender, HELO and size refusals at RCPT TO or at the end of DATA.
func TestReplyKindIsWhatTheReplySays(t *testing.T) {
	cases := []struct {
		step StepName
		r    ReplyError
		want Kind
	}{
		{StepRcpt, ReplyError{Code: 553, EnhancedCode: "5.7.1", Text: "<bob@mail.test>: Sender address rejected: not owned by user alice@mail.test"}, KindSenderRejected},
		{StepRcpt, ReplyError{Code: 550, EnhancedCode: "5.1.8", Text: "Sender verify failed"}, KindSenderRejected},
		{StepRcpt, ReplyError{Code: 550, EnhancedCode: "5.1.1", Text: "<nobody@mail.test>: Recipient address rejected: User unknown in virtual mailbox table"}, KindRecipientRejected},
		{StepRcpt, ReplyError{Code: 504, EnhancedCode: "5.5.2", Text: "<vm>: Helo command rejected: need fully-qualified hostname"}, KindHELORejected},
		{StepData, ReplyError{Code: 552, EnhancedCode: "5.3.4", Text: "Message size exceeds fixed limit"}, KindMessageTooBig},
		{StepMail, ReplyError{Code: 530, EnhancedCode: "5.7.0", Text: "Must issue a STARTTLS command first"}, KindStartTLSRequired},
		{StepMail, ReplyError{Code: 530, EnhancedCode: "5.7.0", Text: "Authentication required"}, KindAuthRequired},
		{StepRcpt, ReplyError{Code: 451, EnhancedCode: "4.3.0", Text: "Temporary lookup failure"}, KindTemporary},
		{StepRcpt, ReplyError{Code: 550, Text: "relay not permitted"}, KindRecipientRejected},
	}
	for _, c := range cases {
		t.Run(c.r.Error(), func(t *testing.T) {
			if got, _ := replyKind(c.step, &c.r); got != c.want {
				t.Errorf("at %s: %s, want %s", c.step, got, c.want)
			}
		})
	}
}

// A non-ASCII local part needs SMTPUTF8: without it on offer, nothing is
// sent, and the error says so before MAIL FROM; with it, MAIL FROM asks
// for it. Internationalised domains need nothing: they go out in IDNA form.
func TestNonASCIIAddressesNeedSMTPUTF8OrFailBeforeSending(t *testing.T) {
	cases := []struct {
		name     string
		opts     []smtptest.Option
		rcpt     string
		wantKind Kind   // "" for success
		wantLine string // in the transcript
	}{
		{"utf8_local_part_without_smtputf8", nil, "jörg@example.net", KindMessage, ""},
		{"utf8_local_part_with_smtputf8", []smtptest.Option{smtptest.WithSMTPUTF8()}, "jörg@example.net", "", " SMTPUTF8"},
		{"idn_domain_without_smtputf8", nil, "anna@bücher.example", "", "RCPT TO:<anna@xn--bcher-kva.example>"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			srv, cfg := newServer(t, c.opts...)
			var rec recorder
			for _, r := range []*Result{Check(timeoutCtx(t), cfg, c.rcpt, rec.options()), SendTest(timeoutCtx(t), cfg, c.rcpt, rec.options())} {
				if c.wantKind == "" {
					mustOK(t, r)
					continue
				}
				var e *Error
				if !errors.As(r.Err, &e) || e.Kind != c.wantKind || e.Step != StepMail || !errors.Is(r.Err, ErrNeedsSMTPUTF8) {
					t.Fatalf("failed with %#v (%v), want %s before MAIL FROM", e, r.Err, c.wantKind)
				}
				if !strings.Contains(r.Hint, "SMTPUTF8") {
					t.Errorf("hint = %q", r.Hint)
				}
			}
			transcript := rec.transcript.String()
			if c.wantKind != "" && strings.Contains(transcript, "MAIL FROM") {
				t.Errorf("MAIL FROM was sent:\n%s", transcript)
			}
			if !strings.Contains(transcript, c.wantLine) {
				t.Errorf("transcript lacks %q:\n%s", c.wantLine, transcript)
			}
			if c.wantKind != "" && len(srv.Messages()) != 0 {
				t.Errorf("a message was delivered")
			}
		})
	}
}
