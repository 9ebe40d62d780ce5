package mailer

import (
	"context"
	"errors"
	"net"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/mailer/smtptest"
)

func TestFailuresAreClassifiedWithAHintThatNamesTheFix(t *testing.T) {
	const rcpt = "admin@example.net"
	// The shortest timeout config allows: a step that waits it out fails soon.
	short := config.MinTimeout
	cases := []struct {
		name     string
		server   []smtptest.Option
		edit     func(t *testing.T, c *config.Server, o *Options)
		send     bool
		step     StepName
		kind     Kind
		hint     string
		msg      string // in the error's message, when set
		code     int
		enhanced string
	}{
		{name: "no_host", edit: func(_ *testing.T, c *config.Server, _ *Options) { c.Host = "" },
			step: StepSettings, kind: KindConfig, msg: "host: is not set: set the mail server's name", hint: "smtpconf validate"},
		{name: "dns_name_not_found", edit: func(t *testing.T, c *config.Server, o *Options) {
			c.Host, o.Resolver = "nosuch.example.test", nxdomainResolver(t)
		}, step: StepResolve, kind: KindDNS, hint: "no DNS name nosuch.example.test: check the spelling"},
		{name: "connection_refused", edit: func(t *testing.T, c *config.Server, _ *Options) { c.Port = smtptest.ClosedPort(t) },
			step: StepConnect, kind: KindRefused, hint: "nothing listens on 127.0.0.1:"},
		{name: "no_greeting", server: []smtptest.Option{smtptest.WithNoGreeting()},
			edit: func(_ *testing.T, c *config.Server, _ *Options) { *c = withTimeout(*c, short) },
			step: StepGreeting, kind: KindNoGreeting, hint: "the server accepted the connection but sent no greeting within 1s"},
		{name: "slow_replies", server: []smtptest.Option{smtptest.WithDelay(2 * time.Second)},
			edit: func(_ *testing.T, c *config.Server, _ *Options) { *c = withTimeout(*c, short) },
			step: StepGreeting, kind: KindNoGreeting, hint: "no greeting within 1s"},
		{name: "garbage_greeting", server: []smtptest.Option{smtptest.WithGreeting([]byte("\x15\x03\x03\x00\x02\x02\x46 garbage\r\n"))},
			step: StepGreeting, kind: KindNotSMTP, hint: "set protocol smtps"},
		{name: "tls_client_against_plain_server", server: []smtptest.Option{smtptest.WithoutStartTLS()},
			edit: func(_ *testing.T, c *config.Server, _ *Options) { c.Protocol = config.ProtocolSMTPS },
			step: StepTLS, kind: KindNotTLS, hint: "this port speaks plain SMTP: use protocol smtp with starttls"},
		{name: "plain_client_against_implicit_tls_server", server: []smtptest.Option{smtptest.WithSecurity(smtptest.ImplicitTLS)},
			edit: func(_ *testing.T, c *config.Server, _ *Options) {
				c.Protocol, c.StartTLS = config.ProtocolSMTP, true
				*c = withTimeout(*c, short)
			},
			step: StepGreeting, kind: KindNoGreeting, hint: "set protocol smtps"},
		{name: "certificate_untrusted", edit: func(_ *testing.T, c *config.Server, _ *Options) { c.TLSCAFile = "" },
			step: StepStartTLS, kind: KindCertUntrusted, hint: "set tls_ca_file"},
		{name: "certificate_wrong_host", server: []smtptest.Option{smtptest.WithWrongHostCert()},
			step: StepStartTLS, kind: KindCertWrongHost, hint: "the certificate is for mail.wrong.example, not 127.0.0.1"},
		{name: "certificate_expired", server: []smtptest.Option{smtptest.WithExpiredCert(), smtptest.WithSecurity(smtptest.ImplicitTLS)},
			step: StepTLS, kind: KindCertExpired, hint: "has expired"},
		{name: "starttls_not_offered", server: []smtptest.Option{smtptest.WithoutStartTLS()},
			edit: func(_ *testing.T, c *config.Server, _ *Options) { c.StartTLS = true },
			step: StepStartTLS, kind: KindStartTLSMissing, hint: "does not offer STARTTLS"},
		{name: "starttls_not_offered_after_helo_fallback", server: []smtptest.Option{smtptest.WithoutStartTLS(), smtptest.RefuseEHLO()},
			edit: func(_ *testing.T, c *config.Server, _ *Options) { c.StartTLS = true },
			step: StepStartTLS, kind: KindStartTLSMissing, hint: "never continues in clear text"},
		{name: "mechanism_not_offered", server: []smtptest.Option{smtptest.WithMechanisms("LOGIN", "PLAIN")},
			edit: func(_ *testing.T, c *config.Server, _ *Options) { c.Auth = config.AuthCRAMMD5 },
			step: StepAuth, kind: KindMechanismMissing, hint: "set auth to one the server offers: login, plain"},
		{name: "no_auth_offered", server: []smtptest.Option{smtptest.WithMechanisms()},
			step: StepAuth, kind: KindMechanismMissing, hint: "set auth none"},
		// A name, not loopback: to 127.0.0.1 or localhost config allows a
		// password in clear (TestLoginWithoutTLSFollowsConfigsRule).
		// Validation refuses it, before the network.
		{name: "plain_in_clear_text_refused", server: []smtptest.Option{smtptest.WithoutStartTLS()},
			edit: func(t *testing.T, c *config.Server, o *Options) {
				c.Auth, c.Host, o.Resolver = config.AuthPlain, "mail.example.test", loopbackResolver(t)
			},
			step: StepSettings, kind: KindConfig, msg: "password would cross the network in clear: set starttls = true", hint: "smtpconf validate"},
		{name: "auto_in_clear_text_without_cram", server: []smtptest.Option{smtptest.WithoutStartTLS(), smtptest.WithMechanisms("PLAIN", "LOGIN")},
			edit: func(t *testing.T, c *config.Server, o *Options) {
				c.Host, o.Resolver = "mail.example.test", loopbackResolver(t)
			},
			step: StepSettings, kind: KindConfig, msg: "allow_insecure_auth", hint: "smtpconf validate"},
		{name: "credentials_rejected", edit: func(_ *testing.T, c *config.Server, _ *Options) { c.Password = "wrong" },
			step: StepAuth, kind: KindAuthFailed, hint: "check both", code: 535, enhanced: "5.7.8"},
		{name: "auth_error_from_server", server: []smtptest.Option{smtptest.FailAt(smtptest.StepAuth, smtptest.Reply{Code: 454, Enhanced: "4.7.0", Text: "Temporary authentication failure"})},
			step: StepAuth, kind: KindAuthTemporary, hint: "retry later; if it lasts, the server's admin must check its SASL service", code: 454, enhanced: "4.7.0"},
		{name: "password_env_unset", edit: func(_ *testing.T, c *config.Server, _ *Options) {
			c.Password, c.PasswordEnv = "", "SMTPCONF_TEST_SURELY_UNSET"
		}, step: StepSettings, kind: KindPassword, hint: "export SMTPCONF_TEST_SURELY_UNSET"},
		{name: "auth_required", server: []smtptest.Option{smtptest.RequireAuth()},
			edit: func(_ *testing.T, c *config.Server, _ *Options) { c.Auth = config.AuthNone },
			step: StepMail, kind: KindAuthRequired, hint: "set auth to auto", code: 530, enhanced: "5.7.0"},
		{name: "sender_rejected", server: []smtptest.Option{smtptest.AllowSenders("boss@example.com")},
			edit: func(_ *testing.T, c *config.Server, _ *Options) { c.Sender = testUser },
			step: StepMail, kind: KindSenderRejected, hint: "send only from addresses that login owns: set sender to one of them", code: 553, enhanced: "5.7.1"},
		{name: "no_sender", edit: func(_ *testing.T, c *config.Server, _ *Options) { c.Sender = "" },
			step: StepSettings, kind: KindConfig, msg: "sender: is not set: set the address mail is sent from", hint: "smtpconf validate"},
		{name: "recipient_rejected", server: []smtptest.Option{smtptest.FailAt(smtptest.StepRcpt, smtptest.Reply{Code: 550, Enhanced: "5.1.1", Text: "No such user"})},
			step: StepRcpt, kind: KindRecipientRejected, hint: "check the address", code: 550, enhanced: "5.1.1"},
		{name: "temporary_failure", server: []smtptest.Option{smtptest.FailAt(smtptest.StepMail, smtptest.Reply{Code: 451, Enhanced: "4.3.0", Text: "Try again"})},
			step: StepMail, kind: KindTemporary, hint: "try again later", code: 451, enhanced: "4.3.0"},
		{name: "reply_without_enhanced_code", server: []smtptest.Option{smtptest.FailAt(smtptest.StepRcpt, smtptest.Reply{Code: 554, Text: "Relay denied"})},
			step: StepRcpt, kind: KindRecipientRejected, hint: "relays only", code: 554},
		{name: "ehlo_refused_with_error", server: []smtptest.Option{smtptest.FailAt(smtptest.StepHello, smtptest.Reply{Code: 554, Enhanced: "5.7.1", Text: "Go away"})},
			step: StepHello, kind: KindServer, hint: "refused EHLO", code: 554, enhanced: "5.7.1"},
		{name: "message_rejected", send: true, server: []smtptest.Option{smtptest.FailAt(smtptest.StepData, smtptest.Reply{Code: 554, Enhanced: "5.6.0", Text: "Content rejected"})},
			step: StepData, kind: KindMessageRejected, hint: "refused the message", code: 554, enhanced: "5.6.0"},
		{name: "dropped_mid_dialogue", server: []smtptest.Option{smtptest.DropAt(smtptest.StepMail)},
			step: StepMail, kind: KindDropped, hint: "closed the connection during the sender (MAIL FROM): it may limit connections or refuse this client; the transcript (smtpconf check --transcript, or ctrl+r in the form's test screen) shows the last words"},
		{name: "dropped_after_n_commands", server: []smtptest.Option{smtptest.WithoutStartTLS(), smtptest.CloseAfter(2)},
			edit: func(_ *testing.T, c *config.Server, _ *Options) { c.Auth = config.AuthNone },
			step: StepMail, kind: KindDropped, hint: "closed the connection"},
		// Hanging up on the STARTTLS command (EHLO, then STARTTLS) is a
		// dropped connection; only a hang-up after the server's 220, in
		// the handshake, is a TLS problem.
		{name: "dropped_at_starttls_before_its_reply", server: []smtptest.Option{smtptest.CloseAfter(2)},
			step: StepStartTLS, kind: KindDropped, hint: "closed the connection during STARTTLS: it may limit connections or refuse this client; the transcript (smtpconf check --transcript, or ctrl+r in the form's test screen) shows the last words"},
		{name: "dropped_in_the_handshake_after_starttls_220", server: []smtptest.Option{smtptest.DropAtHandshake()},
			step: StepStartTLS, kind: KindTLS, msg: "TLS handshake", hint: "the TLS handshake with 127.0.0.1:"},
		{name: "dropped_during_data", send: true, server: []smtptest.Option{smtptest.DropAt(smtptest.StepData)},
			step: StepData, kind: KindDropped, hint: "closed the connection during the message (DATA): it may limit connections or refuse this client; the transcript (smtpconf check --transcript, or ctrl+r in the form's test screen) shows the last words"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, cfg := newServer(t, c.server...)
			var rec recorder
			opts := rec.options()
			if c.edit != nil {
				c.edit(t, &cfg, &opts)
			}
			var r *Result
			if c.send {
				r = SendTest(timeoutCtx(t), cfg, rcpt, opts)
			} else {
				r = Check(timeoutCtx(t), cfg, rcpt, opts)
			}
			if r.OK {
				t.Fatalf("OK, want a failure; steps %s", stepNames(r))
			}
			var e *Error
			if !errors.As(r.Err, &e) {
				t.Fatalf("Err = %T %v, want *Error", r.Err, r.Err)
			}
			if e.Step != c.step || e.Kind != c.kind {
				t.Errorf("failed at %s as %s, want %s as %s: %v", e.Step, e.Kind, c.step, c.kind, e)
			}
			if !strings.Contains(e.Hint, c.hint) || r.Hint != e.Hint {
				t.Errorf("hint = %q, want it to contain %q", e.Hint, c.hint)
			}
			if !strings.Contains(e.Error(), c.msg) {
				t.Errorf("message %q, want it to contain %q", e.Error(), c.msg)
			}
			if e.Code != c.code || e.EnhancedCode != c.enhanced {
				t.Errorf("codes = %d %q, want %d %q", e.Code, e.EnhancedCode, c.code, c.enhanced)
			}
			if p := repeatedPrefix(e.Error()); p != "" {
				t.Errorf("message %q says %q twice", e.Error(), p)
			}
			if c.enhanced != "" && !strings.Contains(e.Error(), c.enhanced) {
				t.Errorf("message %q does not show the enhanced code", e.Error())
			}
			last := r.Steps[len(r.Steps)-1]
			if last.Name != c.step || last.Status != StatusFailed || last.Err != r.Err {
				t.Errorf("last step = %+v, want %s failed with the result's error", last, c.step)
			}
			if msg, hint := Explain(r.Err); msg == "" || hint != e.Hint {
				t.Errorf("Explain = %q, %q", msg, hint)
			}
		})
	}
}

func TestPasswordEnvErrorNamesTheVariable(t *testing.T) {
	t.Setenv("SMTPCONF_TEST_EMPTY", "")
	_, cfg := newServer(t)
	cfg.Password, cfg.PasswordEnv = "", "SMTPCONF_TEST_EMPTY"
	r := Check(timeoutCtx(t), cfg, "", Options{})
	if r.Err == nil || !strings.Contains(r.Err.Error(), "environment variable SMTPCONF_TEST_EMPTY is empty") {
		t.Fatalf("err = %v", r.Err)
	}
}

func TestConnectTimeoutNamesTheStepAndTimeout(t *testing.T) {
	e := classify(context.Background(), StepConnect, &net.OpError{Op: "dial", Err: timeoutErr{}}, target{Host: "mail.example.com", Port: 587, Timeout: 15 * time.Second})
	if e.Kind != KindTimeout || !strings.Contains(e.Hint, "no answer from mail.example.com:587 within 15s") {
		t.Fatalf("%s: %q", e.Kind, e.Hint)
	}
	e = classify(context.Background(), StepGreeting, &net.OpError{Op: "read", Err: timeoutErr{}}, target{Host: "mail.example.com", Port: 465, Timeout: 15 * time.Second})
	if e.Kind != KindNoGreeting || e.Hint != "the server accepted the connection but sent no greeting within 15s: port 465 expects smtps (TLS from the first byte); set protocol smtps" {
		t.Fatalf("%s: %q", e.Kind, e.Hint)
	}
}

type timeoutErr struct{}

func (timeoutErr) Error() string   { return "i/o timeout" }
func (timeoutErr) Timeout() bool   { return true }
func (timeoutErr) Temporary() bool { return true }

var _ = strconv.Itoa
