package mailer

import (
	"context"
	"errors"
	"net"
	"strings"
	"testing"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/mailer/smtptest"
)

// TestLoginWithoutTLSFollowsConfigsRule holds the mailer to config's one
// rule for a password in clear: to a loopback host (where it never reaches
// the network) PLAIN and LOGIN are allowed without TLS, as validate says;
// to any other name they are refused, even when the name leads to the
// same server. Validate and the mailer must agree in every case.
func TestLoginWithoutTLSFollowsConfigsRule(t *testing.T) {
	cases := []struct {
		name  string
		host  string
		ipv6  bool
		auth  config.Auth
		mechs []string
		want  string // mechanism used, "" when the login must be refused
	}{
		{name: "plain_to_127.0.0.1", host: "127.0.0.1", auth: config.AuthPlain, want: "PLAIN"},
		{name: "login_to_127.0.0.1", host: "127.0.0.1", auth: config.AuthLogin, want: "LOGIN"},
		{name: "auto_to_127.0.0.1_without_cram", host: "127.0.0.1", auth: config.AuthAuto, mechs: []string{"PLAIN", "LOGIN"}, want: "PLAIN"},
		{name: "plain_to_localhost", host: "localhost", auth: config.AuthPlain, want: "PLAIN"},
		{name: "plain_to_bracketed_::1", host: "[::1]", ipv6: true, auth: config.AuthPlain, want: "PLAIN"},
		{name: "login_to_::1", host: "::1", ipv6: true, auth: config.AuthLogin, want: "LOGIN"},
		{name: "plain_to_a_name_is_refused", host: "mail.example.test", auth: config.AuthPlain},
		{name: "auto_to_a_name_without_cram_is_refused", host: "mail.example.test", auth: config.AuthAuto, mechs: []string{"PLAIN", "LOGIN"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			opts := []smtptest.Option{smtptest.WithoutStartTLS()}
			if c.mechs != nil {
				opts = append(opts, smtptest.WithMechanisms(c.mechs...))
			}
			if c.ipv6 {
				if !smtptest.HasIPv6() {
					t.Skip("this machine cannot listen on [::1]")
				}
				opts = append(opts, smtptest.OnIPv6())
			}
			srv, cfg := newServer(t, opts...)
			cfg.Host, cfg.Auth = c.host, c.auth
			o := Options{LocalName: "client.test", Resolver: loopbackResolver(t)}

			valid := config.Validate(config.Config{SMTP: config.SMTP{Server: cfg}}).Err()
			if (valid == nil) != (c.want != "") {
				t.Fatalf("validate says %v: the case expects the login to be allowed: %v", valid, c.want != "")
			}
			// The mailer's own guard at AUTH follows the same rule.
			if got := config.PasswordInClearAllowed(cfg); got != (c.want != "") {
				t.Errorf("config.PasswordInClearAllowed = %v, validate says %v", got, valid)
			}
			r := SendTest(timeoutCtx(t), cfg, "admin@example.net", o)
			if c.want != "" {
				mustOK(t, r)
				if r.Mechanism != c.want {
					t.Errorf("mechanism = %q, want %q", r.Mechanism, c.want)
				}
				if msgs := srv.Messages(); len(msgs) != 1 || msgs[0].User != testUser {
					t.Errorf("server holds %+v, want one message from %s", msgs, testUser)
				}
				return
			}
			// Validation refuses it before the network (see
			// TestInvalidSettingsFailBeforeTheNetwork).
			var e *Error
			if !errors.As(r.Err, &e) || e.Kind != KindConfig || !strings.Contains(e.Error(), "password would cross the network in clear") {
				t.Fatalf("err = %v (%T), want %s saying the password would cross the network in clear", r.Err, r.Err, KindConfig)
			}
			if srv.Connections() != 0 || len(srv.Messages()) != 0 {
				t.Error("the server was reached after the login was refused")
			}
		})
	}
}

// elsewhereConn is a real connection to the test server that says its far
// end is 10.99.0.1, as when a resolver sends a loopback name elsewhere.
type elsewhereConn struct{ net.Conn }

func (elsewhereConn) RemoteAddr() net.Addr { return &net.TCPAddr{IP: net.IPv4(10, 99, 0, 1), Port: 25} }

// TestPasswordInClearFollowsTheAddressDialled: a loopback name passes
// validate, but the password crosses without TLS only when the connection
// really ends on this machine, or with allow_insecure_auth.
func TestPasswordInClearFollowsTheAddressDialled(t *testing.T) {
	cases := []struct {
		name      string
		elsewhere bool
		optIn     bool
		wantSent  bool
	}{
		{name: "mail.localhost_on_this_machine", wantSent: true},
		{name: "mail.localhost_led_elsewhere_is_refused", elsewhere: true},
		{name: "mail.localhost_led_elsewhere_with_allow_insecure_auth", elsewhere: true, optIn: true, wantSent: true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			srv, cfg := newServer(t, smtptest.WithoutStartTLS(), smtptest.WithMechanisms("PLAIN"))
			cfg.Host, cfg.Auth, cfg.AllowInsecureAuth = "mail.localhost", config.AuthPlain, tc.optIn
			opts := Options{LocalName: "client.test", Resolver: loopbackResolver(t)}
			if tc.elsewhere {
				opts.Dial = func(ctx context.Context, network, addr string) (net.Conn, error) {
					conn, err := (&net.Dialer{Resolver: opts.Resolver}).DialContext(ctx, network, addr)
					if err != nil {
						return nil, err
					}
					return elsewhereConn{conn}, nil
				}
			}
			c := newConversation(timeoutCtx(t), cfg, opts)
			err := c.open()
			res := c.finish()
			if tc.wantSent {
				mustOK(t, res)
				return
			}
			var e *Error
			if !errors.As(err, &e) || e.Kind != KindInsecureAuth {
				t.Fatalf("err = %v, want %s", err, KindInsecureAuth)
			}
			if !strings.Contains(strings.Join(res.Warnings, "\n"), "led to 10.99.0.1") {
				t.Errorf("no warning names the address: %q", res.Warnings)
			}
			if srv.Connections() != 1 || len(srv.Messages()) != 0 {
				t.Errorf("connections %d, messages %d", srv.Connections(), len(srv.Messages()))
			}
		})
	}
}
