package mailer

import (
	"strings"
	"testing"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/mailer/smtptest"
)

func TestCheckAndSendSucceedOverEverySecurityAndMechanism(t *testing.T) {
	securities := []struct {
		name  string
		sec   smtptest.Security
		steps string
		how   string
	}{
		{"starttls", smtptest.StartTLS, "resolve connect greeting ehlo starttls ehlo_tls auth", "STARTTLS"},
		{"smtps", smtptest.ImplicitTLS, "resolve connect tls greeting ehlo auth", "implicit TLS"},
		{"plain_with_allow_insecure_auth", smtptest.Plain, "resolve connect greeting ehlo auth", ""},
	}
	auths := []struct {
		auth config.Auth
		want string
	}{
		{config.AuthAuto, "CRAM-MD5"},
		{config.AuthPlain, "PLAIN"},
		{config.AuthLogin, "LOGIN"},
		{config.AuthCRAMMD5, "CRAM-MD5"},
	}
	for _, sec := range securities {
		for _, a := range auths {
			t.Run(sec.name+"/"+string(a.auth), func(t *testing.T) {
				srv, cfg := newServer(t, smtptest.WithSecurity(sec.sec), smtptest.RequireAuth())
				cfg.Auth, cfg.AllowInsecureAuth = a.auth, true

				check := Check(timeoutCtx(t), cfg, "admin@example.net", Options{LocalName: "client.test"})
				mustOK(t, check)
				if got, want := stepNames(check), sec.steps+" mail rcpt quit"; got != want {
					t.Errorf("check steps = %q, want %q", got, want)
				}
				if check.Mechanism != a.want {
					t.Errorf("mechanism = %q, want %q", check.Mechanism, a.want)
				}
				if len(srv.Messages()) != 0 {
					t.Fatal("Check delivered a message")
				}

				send := SendTest(timeoutCtx(t), cfg, "admin@example.net", Options{LocalName: "client.test"})
				mustOK(t, send)
				if got, want := stepNames(send), sec.steps+" mail rcpt data quit"; got != want {
					t.Errorf("send steps = %q, want %q", got, want)
				}
				msgs := srv.Messages()
				if len(msgs) != 1 || msgs[0].User != testUser || msgs[0].To[0] != "admin@example.net" {
					t.Fatalf("messages = %+v", msgs)
				}
				body := string(msgs[0].Data)
				if sec.how != "" && !strings.Contains(body, "Security:  "+sec.how+", TLS 1.3") {
					t.Errorf("test message does not say the security:\n%s", body)
				}
				if !strings.Contains(body, "Login:     "+a.want+" as "+testUser) {
					t.Errorf("test message does not say the mechanism:\n%s", body)
				}
				if !strings.HasPrefix(send.Reply, "250 ") {
					t.Errorf("reply = %q", send.Reply)
				}
				if sec.how != "" && (send.TLS == nil || !send.TLS.Verified || send.TLS.FingerprintSHA256 == "") {
					t.Errorf("TLS = %+v", send.TLS)
				}
			})
		}
	}
}

func TestCheckWithoutRecipientSkipsRcpt(t *testing.T) {
	_, cfg := newServer(t)
	r := Check(timeoutCtx(t), cfg, "", Options{})
	mustOK(t, r)
	if got := stepNames(r); !strings.HasSuffix(got, "mail rcpt(skipped) quit") {
		t.Fatalf("steps = %q", got)
	}
}

func TestAuthNoneSkipsLogin(t *testing.T) {
	_, cfg := newServer(t)
	cfg.Auth = config.AuthNone
	r := Check(timeoutCtx(t), cfg, "x@example.net", Options{})
	mustOK(t, r)
	if !strings.Contains(stepNames(r), "auth(skipped)") || r.Mechanism != "" {
		t.Fatalf("steps = %q, mechanism %q", stepNames(r), r.Mechanism)
	}
}

func TestHELOFallbackWhenEHLOIsRefused(t *testing.T) {
	_, cfg := newServer(t, smtptest.WithoutStartTLS(), smtptest.RefuseEHLO())
	cfg.Auth = config.AuthNone
	var rec recorder
	r := SendTest(timeoutCtx(t), cfg, "x@example.net", rec.options())
	mustOK(t, r)
	if d := r.Steps[3].Detail; !strings.Contains(d, "HELO accepted") {
		t.Fatalf("ehlo detail = %q", d)
	}
	if !strings.Contains(rec.transcript.String(), "C: HELO client.test") {
		t.Fatalf("transcript lacks HELO:\n%s", rec.transcript.String())
	}
	if len(r.Warnings) == 0 || !strings.Contains(r.Warnings[0], "not encrypted") {
		t.Fatalf("warnings = %q", r.Warnings)
	}
}

func TestAutoPrefersStrongestSafeMechanism(t *testing.T) {
	cases := []struct {
		name   string
		opts   []smtptest.Option
		secure bool
		want   string
	}{
		{"tls_plain_over_login", []smtptest.Option{smtptest.WithMechanisms("LOGIN", "PLAIN")}, true, "PLAIN"},
		{"tls_login_only", []smtptest.Option{smtptest.WithMechanisms("LOGIN")}, true, "LOGIN"},
		{"clear_text_cram_only", []smtptest.Option{smtptest.WithoutStartTLS(), smtptest.WithMechanisms("PLAIN", "CRAM-MD5")}, false, "CRAM-MD5"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, cfg := newServer(t, c.opts...)
			r := Check(timeoutCtx(t), cfg, "", Options{})
			mustOK(t, r)
			if r.Mechanism != c.want {
				t.Fatalf("mechanism = %q, want %q", r.Mechanism, c.want)
			}
		})
	}
}

func TestSkipVerifyIsReportedEverywhere(t *testing.T) {
	_, cfg := newServer(t, smtptest.WithWrongHostCert())
	cfg.TLSCAFile, cfg.TLSSkipVerify = "", true
	r := Check(timeoutCtx(t), cfg, "", Options{})
	mustOK(t, r)
	if r.TLS == nil || r.TLS.Verified {
		t.Fatalf("TLS = %+v, want Verified false", r.TLS)
	}
	if len(r.Warnings) == 0 || !strings.Contains(r.Warnings[0], "tls_skip_verify is on") {
		t.Fatalf("warnings = %q", r.Warnings)
	}
	if !strings.Contains(r.Steps[4].Detail, "NOT verified") {
		t.Fatalf("starttls detail = %q", r.Steps[4].Detail)
	}
}

func TestTLSInfoDescribesTheCertificate(t *testing.T) {
	_, cfg := newServer(t, smtptest.WithSecurity(smtptest.ImplicitTLS))
	r := Check(timeoutCtx(t), cfg, "", Options{})
	mustOK(t, r)
	info := r.TLS
	if info.Version != "TLS 1.3" || info.Subject != "localhost" || info.Issuer != "smtptest CA" ||
		!strings.Contains(strings.Join(info.DNSNames, " "), "127.0.0.1") || len(info.FingerprintSHA256) != 95 {
		t.Fatalf("TLS = %+v", info)
	}
	// The test certificate is valid for a year: nothing to warn about
	// (TestTLSWarnings covers certificates close to expiry).
	if len(r.Warnings) != 0 {
		t.Fatalf("warnings = %q, want none", r.Warnings)
	}
}

func TestProgressReportsEachStepRunningThenEnded(t *testing.T) {
	_, cfg := newServer(t)
	var rec recorder
	r := SendTest(timeoutCtx(t), cfg, "x@example.net", rec.options())
	mustOK(t, r)
	if len(rec.events) != 2*len(r.Steps) {
		t.Fatalf("%d events for %d steps", len(rec.events), len(r.Steps))
	}
	for i, s := range r.Steps {
		start, end := rec.events[2*i], rec.events[2*i+1]
		if start.Status != StatusRunning || start.Name != s.Name || start.Title == "" {
			t.Errorf("event %d = %+v, want %s running", 2*i, start, s.Name)
		}
		if end.Status != StatusOK || end.Duration <= 0 {
			t.Errorf("event %d = %+v, want %s ok with a duration", 2*i+1, end, s.Name)
		}
	}
}

func TestSendBuildsTheApplicationsMessage(t *testing.T) {
	srv, cfg := newServer(t)
	cfg.SenderName = "Jörg Müller"
	err := Send(timeoutCtx(t), cfg, Message{To: []string{"a@example.net", "B <b@example.net>"}, Subject: "Grüße", Body: "Hallo\nWelt äöü\n.dot line\n"})
	if err != nil {
		t.Fatal(err)
	}
	m := srv.Messages()[0]
	data := string(m.Data)
	for _, want := range []string{
		"From: =?utf-8?q?J=C3=B6rg_M=C3=BCller?= <app@example.com>\r\n",
		"To: <a@example.net>, \"B\" <b@example.net>\r\n",
		"Subject: =?UTF-8?q?Gr=C3=BC=C3=9Fe?=\r\n",
		"Content-Transfer-Encoding: 8bit\r\n",
		"@example.com>\r\n",
		"\r\n.dot line\r\n",
	} {
		if !strings.Contains(data, want) {
			t.Errorf("message lacks %q:\n%s", want, data)
		}
	}
	if strings.Join(m.To, ",") != "a@example.net,b@example.net" {
		t.Errorf("envelope to = %q", m.To)
	}
}
