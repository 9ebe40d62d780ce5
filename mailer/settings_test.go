package mailer

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/mailer/smtptest"
)

// TestInvalidSettingsFailBeforeTheNetwork holds Check, SendTest and Send to
// config's validation: settings validate refuses fail at the settings step,
// as KindConfig, listing every problem, before the server is reached;
// settings it only warns about go through.
func TestInvalidSettingsFailBeforeTheNetwork(t *testing.T) {
	cases := []struct {
		name   string
		server []smtptest.Option
		edit   func(c *config.Server, srv *smtptest.Server)
		msgs   []string // in the error's message; none: the settings work
		is     error    // a sentinel the error must match
	}{
		{name: "no_host", edit: func(c *config.Server, _ *smtptest.Server) { c.Host = "" },
			msgs: []string{"host: is not set"}, is: ErrNoHost},
		{name: "host_with_a_port", edit: func(c *config.Server, srv *smtptest.Server) { c.Host = srv.Addr },
			msgs: []string{"includes a port"}},
		{name: "smtp_on_port_465", edit: func(c *config.Server, _ *smtptest.Server) { c.Port = config.PortSMTPS },
			msgs: []string{"port: port 465 expects implicit TLS"}},
		{name: "sender_with_a_name", edit: func(c *config.Server, _ *smtptest.Server) { c.Sender = "App <" + testUser + ">" },
			msgs: []string{"sender: write only the address"}},
		{name: "no_sender", edit: func(c *config.Server, _ *smtptest.Server) { c.Sender = "" },
			msgs: []string{"sender: is not set"}, is: ErrNoSender},
		{name: "line_break_in_sender_name", edit: func(c *config.Server, _ *smtptest.Server) { c.SenderName = "App\r\nBcc: x@example.net" },
			msgs: []string{"sender_name: contains a line break"}},
		{name: "login_without_password", edit: func(c *config.Server, _ *smtptest.Server) { c.Password = "" },
			msgs: []string{"password: is not set"}},
		{name: "tls_ca_file_missing", edit: func(c *config.Server, _ *smtptest.Server) { c.TLSCAFile = "/nonexistent/ca.pem" },
			msgs: []string{"tls_ca_file: cannot be read"}},
		{name: "timeout_below_the_minimum", edit: func(c *config.Server, _ *smtptest.Server) { *c = withTimeout(*c, 300*time.Millisecond) },
			msgs: []string{"timeout: is 300ms"}},
		{name: "every_problem_is_listed", edit: func(c *config.Server, _ *smtptest.Server) { c.Port, c.Password = config.PortSMTPS, "" },
			msgs: []string{"2 problems", "port: port 465", "password: is not set"}},
		// Warnings do not block.
		{name: "warning_tls_skip_verify", edit: func(c *config.Server, _ *smtptest.Server) { c.TLSSkipVerify = true }},
		{name: "warning_auth_none_with_a_username", edit: func(c *config.Server, _ *smtptest.Server) { c.Auth = config.AuthNone }},
		{name: "warning_starttls_with_smtps", server: []smtptest.Option{smtptest.WithSecurity(smtptest.ImplicitTLS)},
			edit: func(c *config.Server, _ *smtptest.Server) { c.StartTLS = true }},
	}
	for _, c := range cases {
		for _, api := range []string{"Check", "SendTest", "Send"} {
			t.Run(c.name+"/"+api, func(t *testing.T) {
				srv, cfg := newServer(t, c.server...)
				c.edit(&cfg, srv)
				if got := len(config.Validate(config.Config{SMTP: config.SMTP{Server: cfg}}).Errors()); (got == 0) != (len(c.msgs) == 0) {
					t.Fatalf("validate finds %d errors; the case expects the settings to work: %v", got, len(c.msgs) == 0)
				}
				var rec recorder
				r := runAPI(t, api, cfg, &rec)
				if len(c.msgs) == 0 {
					mustOK(t, r)
					return
				}
				var e *Error
				if !errors.As(r.Err, &e) || e.Step != StepSettings || e.Kind != KindConfig {
					t.Fatalf("err = %v (%T), want %s at %s", r.Err, r.Err, KindConfig, StepSettings)
				}
				for _, want := range c.msgs {
					if !strings.Contains(e.Error(), want) {
						t.Errorf("message %q, want it to list %q", e.Error(), want)
					}
				}
				if strings.Contains(e.Error(), "smtp.") {
					t.Errorf("message %q names a table; the mailer does not know which one the server came from", e.Error())
				}
				var pe *config.ProblemsError
				if !errors.As(r.Err, &pe) || len(pe.Problems) == 0 {
					t.Errorf("err %v holds no *config.ProblemsError", r.Err)
				}
				if c.is != nil && !errors.Is(r.Err, c.is) {
					t.Errorf("err %v is not %v", r.Err, c.is)
				}
				msg, hint := Explain(r.Err)
				if !strings.HasPrefix(msg, "Settings not valid: ") || !strings.Contains(hint, "smtpconf validate") || !strings.Contains(hint, "nothing was sent") {
					t.Errorf("Explain = %q, %q", msg, hint)
				}
				if api != "Send" {
					if got := stepNames(r); got != "settings(failed)" || r.Hint != e.Hint {
						t.Errorf("steps = %q, hint %q: want only the settings step, failed", got, r.Hint)
					}
					if len(rec.events) != 2 || rec.events[0].Name != StepSettings {
						t.Errorf("progress = %+v, want the settings step running, then failed", rec.events)
					}
					if strings.TrimSpace(rec.transcript.String()) != "" {
						t.Errorf("transcript = %q, want nothing said to a server", rec.transcript.String())
					}
				}
				if n := srv.Connections(); n != 0 || len(srv.Messages()) != 0 {
					t.Errorf("the server was reached (%d connections)", n)
				}
			})
		}
	}
}

// runAPI runs one of the mailer's three entry points on cfg, reporting to
// rec, and gives its
// outcome as a Result; Send's error is turned into one the way Check and
// SendTest report theirs: its failed step and hint.
func runAPI(t *testing.T, api string, cfg config.Server, rec *recorder) *Result {
	t.Helper()
	switch api {
	case "Check":
		return Check(timeoutCtx(t), cfg, "admin@example.net", rec.options())
	case "SendTest":
		return SendTest(timeoutCtx(t), cfg, "admin@example.net", rec.options())
	case "Send":
		err := Send(timeoutCtx(t), cfg, Message{To: []string{"admin@example.net"}, Subject: "s", Body: "b"})
		r := &Result{OK: err == nil, Err: err}
		var e *Error
		if errors.As(err, &e) {
			r.Hint = e.Hint
			r.Steps = []Step{{Name: e.Step, Status: StatusFailed, Err: e}}
		}
		return r
	}
	t.Fatalf("no mailer entry point %q", api)
	return nil
}
