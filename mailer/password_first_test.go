package mailer

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/smtpconf/smtpconf/config"
)

// TestPasswordIsReadBeforeTheNetwork: a password that cannot be read is the
// settings' problem. Check, SendTest and Send fail at the settings step,
// as KindPassword, with "the password could not be read" and a hint naming
// the fix, and the server never sees a connection. The password never
// shows in anything the result lets out.
func TestPasswordIsReadBeforeTheNetwork(t *testing.T) {
	const leaked = "Leaked-Pw-42"
	t.Setenv("SMTPCONF_TEST_EMPTY_PW", "")
	cases := []struct {
		name string
		edit func(c *config.Server)
		msg  string // in Explain's message, after "The password could not be read: "
		hint string
	}{
		{name: "env_unset", edit: func(c *config.Server) { c.PasswordEnv = "SMTPCONF_TEST_SURELY_UNSET_PW" },
			msg: "password_env: environment variable SMTPCONF_TEST_SURELY_UNSET_PW is not set", hint: "export SMTPCONF_TEST_SURELY_UNSET_PW"},
		{name: "env_empty", edit: func(c *config.Server) { c.PasswordEnv = "SMTPCONF_TEST_EMPTY_PW" },
			msg: "environment variable SMTPCONF_TEST_EMPTY_PW is empty", hint: "SMTPCONF_TEST_EMPTY_PW is set but empty"},
		{name: "command_fails", edit: func(c *config.Server) { c.PasswordCommand = sh("echo " + leaked + "; echo locked >&2; exit 4") },
			msg: "password_command: sh failed: exit status 4: locked", hint: "fix password_command"},
		{name: "command_prints_nothing", edit: func(c *config.Server) { c.PasswordCommand = "true" },
			msg: "true printed nothing", hint: "fix password_command"},
		{name: "command_times_out", edit: func(c *config.Server) {
			c.PasswordCommand = "sleep 30"
			*c = withTimeout(*c, config.MinTimeout)
		}, msg: "sleep did not finish within 1s", hint: "fix password_command"},
	}
	for _, c := range cases {
		for _, api := range []string{"Check", "SendTest", "Send"} {
			t.Run(c.name+"/"+api, func(t *testing.T) {
				srv, cfg := newServer(t)
				cfg.Password = ""
				c.edit(&cfg)
				var rec recorder
				r := runAPI(t, api, cfg, &rec)
				var e *Error
				if !errors.As(r.Err, &e) || e.Step != StepSettings || e.Kind != KindPassword {
					t.Fatalf("err = %v (%#v), want the settings step failed as %s; steps %s", r.Err, e, KindPassword, stepNames(r))
				}
				if got := stepNames(r); got != "settings(failed)" {
					t.Errorf("steps %q, want only the failed settings step", got)
				}
				msg, hint := Explain(r.Err)
				if want := "The password could not be read: "; !strings.HasPrefix(msg, want) || !strings.Contains(msg, c.msg) {
					t.Errorf("Explain = %q, want %q… containing %q", msg, want, c.msg)
				}
				if !strings.Contains(hint, c.hint) || r.Hint != hint {
					t.Errorf("hint = %q (result's %q), want it to contain %q", hint, r.Hint, c.hint)
				}
				if n := srv.Connections(); n != 0 {
					t.Errorf("the server saw %d connections, want none", n)
				}
				if api != "Send" {
					for where, text := range everythingShown(t, r, rec.transcript.String()) {
						if strings.Contains(text, leaked) {
							t.Errorf("%s shows the command's output: %q", where, text)
						}
					}
				}
			})
		}
	}
}

// TestPasswordIsReadOnceAndHidden: a password that can be read is read at
// the settings step, used for the login, and redacted from the transcript.
// auth none reads none, even from a source that would fail.
func TestPasswordIsReadOnceAndHidden(t *testing.T) {
	t.Setenv("SMTPCONF_TEST_PW_OK", testPass)
	cases := []struct {
		name  string
		edit  func(c *config.Server)
		steps string
	}{
		{name: "from_env", edit: func(c *config.Server) { c.Password, c.PasswordEnv = "", "SMTPCONF_TEST_PW_OK" },
			steps: "resolve connect greeting ehlo starttls ehlo_tls auth mail rcpt quit"},
		{name: "from_command", edit: func(c *config.Server) { c.Password, c.PasswordCommand = "", "printf '"+testPass+"\\n'" },
			steps: "resolve connect greeting ehlo starttls ehlo_tls auth mail rcpt quit"},
		{name: "auth_none_reads_nothing", edit: func(c *config.Server) {
			c.Password, c.PasswordEnv, c.Username, c.Auth = "", "", "", config.AuthNone
			c.PasswordCommand = "false"
		}, steps: "resolve connect greeting ehlo starttls ehlo_tls auth(skipped) mail rcpt quit"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, cfg := newServer(t)
			c.edit(&cfg)
			var rec recorder
			r := Check(timeoutCtx(t), cfg, "admin@example.net", rec.options())
			mustOK(t, r)
			if got := stepNames(r); got != c.steps {
				t.Errorf("steps %q, want %q", got, c.steps)
			}
			if strings.Contains(rec.transcript.String(), testPass) {
				t.Errorf("the transcript shows the password")
			}
		})
	}
}

// TestPasswordCommandAtTheSettingsStepIsCancellable: cancelling while the
// password_command runs ends the conversation at once, as cancelled.
func TestPasswordCommandAtTheSettingsStepIsCancellable(t *testing.T) {
	srv, cfg := newServer(t)
	cfg.Password, cfg.PasswordCommand = "", "sleep 60"
	cfg = withTimeout(cfg, time.Minute)
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(200*time.Millisecond, cancel)
	start := time.Now()
	r := Check(ctx, cfg, "", Options{})
	var e *Error
	if took := time.Since(start); took > 5*time.Second || !errors.As(r.Err, &e) || e.Kind != KindCanceled || e.Step != StepSettings {
		t.Fatalf("after %s: err %v (%+v), want cancelled at the settings step", took, r.Err, e)
	}
	if srv.Connections() != 0 {
		t.Fatalf("the server saw a connection")
	}
}
