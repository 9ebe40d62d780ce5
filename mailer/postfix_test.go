package mailer

// These tests run mailer against a real Postfix 3.7 with Dovecot 2.3 as its
// SASL backend (internal/postfix), the submission setup most admins point
// an application at. Each finding of issue #10 that came from such a
// server is a case here; provider replies are in replies_test.go.

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/postfix"
	"github.com/smtpconf/smtpconf/internal/testcert"
)

func TestMain(m *testing.M) { os.Exit(postfix.Main(m)) }

var rcptSeq atomic.Int64

// uniqueRcpt is an address at domain no other test uses: the tests share
// one Postfix and find their own mail by recipient.
func uniqueRcpt(t *testing.T, domain string) string {
	t.Helper()
	name := strings.NewReplacer("/", "-", "_", "-").Replace(strings.ToLower(t.Name()))
	return fmt.Sprintf("%s-%d-%d@%s", name[:min(len(name), 40)], os.Getpid(), rcptSeq.Add(1), domain)
}

// noStarAfterFinalReply fails when the client sent "*" other than in
// answer to a 334: go-smtp v0.25.1 does after a failed AUTH, and Postfix
// then hangs up with "I can break rules, too".
func noStarAfterFinalReply(t *testing.T, transcript string) {
	t.Helper()
	lines := strings.Split(transcript, "\n")
	for i, l := range lines {
		if l == "C: *" || l == "C: "+redacted && i > 0 && !strings.HasPrefix(lines[i-1], "S: 334") {
			t.Fatalf("the client answered a final reply with %q:\n%s", l, transcript)
		}
	}
	if strings.Contains(transcript, "I can break rules") {
		t.Fatalf("Postfix saw a non-SMTP command:\n%s", transcript)
	}
}

// expectNothingFor fails when anything to rcpt reached the Maildir or the
// queue.
func expectNothingFor(t *testing.T, srv *postfix.Server, rcpt string) {
	t.Helper()
	msgs, err := srv.Messages(rcpt)
	if err != nil {
		t.Fatal(err)
	}
	queued, err := srv.Queued(t.Context(), rcpt)
	if err != nil {
		t.Fatal(err)
	}
	if len(msgs) != 0 || queued != 0 {
		t.Fatalf("%d messages to %s delivered and %d queued, want none", len(msgs), rcpt, queued)
	}
}

func TestPostfixFindingsEndInTheRightDiagnosis(t *testing.T) {
	srv := postfix.Shared(t)
	otherFiles, err := testcert.NewFiles(t.TempDir(), "another CA")
	if err != nil {
		t.Fatal(err)
	}

	cases := []struct {
		name   string
		svc    postfix.Service
		login  string
		edit   func(*config.Server, *Options)
		step   StepName
		kind   Kind
		hint   string // a fragment
		errNot string // the error must not contain it
		check  func(*testing.T, *Result, string)
	}{
		// 1: Postfix reports sender restrictions at RCPT TO.
		{name: "sender_not_owned_by_the_login", svc: postfix.Submission, login: postfix.PlainUser,
			edit: func(s *config.Server, _ *Options) { s.Sender = postfix.HashedUser },
			step: StepRcpt, kind: KindSenderRejected, hint: "lets alice@mail.test send only from addresses that login owns", errNot: "recipient"},
		{name: "sender_not_logged_in", svc: postfix.Submission,
			edit: func(s *config.Server, _ *Options) { s.Sender = postfix.PlainUser },
			step: StepRcpt, kind: KindAuthRequired, hint: "set auth to auto with username and password"},
		{name: "helo_short_name", svc: postfix.Plain,
			edit: func(s *config.Server, o *Options) { s.HELOName, o.LocalName = "", "vm" },
			step: StepRcpt, kind: KindHELORejected, hint: "set helo_name to this machine's fully qualified name"},
		// 2: a 530 asking for STARTTLS is not a login problem.
		{name: "starttls_required_at_mail", svc: postfix.Submission,
			edit: func(s *config.Server, _ *Options) { s.StartTLS = false },
			step: StepMail, kind: KindStartTLSRequired, hint: "turn on Require STARTTLS"},
		{name: "auth_offered_only_after_starttls", svc: postfix.Submission, login: postfix.PlainUser,
			edit: func(s *config.Server, _ *Options) { s.StartTLS = false },
			step: StepAuth, kind: KindMechanismMissing, hint: "offers login only after STARTTLS: turn on Require STARTTLS"},
		// 3: CRAM-MD5 cannot be checked against a hashed password.
		{name: "cram_md5_against_a_hashed_password", svc: postfix.Submission, login: postfix.HashedUser,
			edit: func(s *config.Server, _ *Options) { s.Auth = config.AuthCRAMMD5 },
			step: StepAuth, kind: KindAuthFailed, hint: "set auth = \"plain\""},
		// 4 is in every case: no "*" after a final reply.
		// 6: Dovecot delays a failed login; the timeout is not overload.
		{name: "wrong_password_delayed_past_the_timeout", svc: postfix.Submission, login: postfix.PlainUser,
			edit: func(s *config.Server, _ *Options) {
				s.Password, s.Timeout = "Not-Alices-Password", config.Duration{Duration: time.Second}
			},
			step: StepAuth, kind: KindTimeout, hint: "delaying a failed login (wrong username or password, or too many attempts): check them"},
		// ... and an authentication backend that is down is not a wrong
		// password: 454, retry later (auto does not try another mechanism).
		{name: "authentication_backend_down", svc: postfix.BrokenAuth, login: postfix.PlainUser,
			step: StepAuth, kind: KindAuthTemporary, hint: "the server's authentication backend failed for now (temporary): retry later",
			check: func(t *testing.T, _ *Result, transcript string) {
				if !strings.Contains(transcript, "S: 454 4.7.0 Temporary authentication failure") || strings.Count(transcript, "C: AUTH ") != 1 {
					t.Errorf("want one AUTH answered by Postfix's 454:\n%s", transcript)
				}
			}},
		// 8: what the server presented, and which of two fixes applies.
		{name: "certificate_without_a_ca_file", svc: postfix.Submission,
			edit: func(s *config.Server, _ *Options) { s.TLSCAFile = "" },
			step: StepStartTLS, kind: KindCertUntrusted, hint: "was issued by postfix test CA, which this machine does not trust: set tls_ca_file to postfix test CA's certificate",
			check: expectCertificateDetails},
		{name: "certificate_not_signed_by_the_ca_file", svc: postfix.SMTPS,
			edit: func(s *config.Server, _ *Options) { s.TLSCAFile = otherFiles.CA },
			step: StepTLS, kind: KindCertUntrusted, hint: "tls_ca_file (" + otherFiles.CA + ") is set but did not sign the certificate of 127.0.0.1 (it was issued by postfix test CA)",
			check: expectCertificateDetails},
		// 9: the sender's domain is not the login's: a warning, and the
		// server refuses.
		{name: "sender_domain_not_the_logins", svc: postfix.Submission, login: postfix.PlainUser,
			edit: func(s *config.Server, _ *Options) { s.Sender = "app@other.example" },
			step: StepRcpt, kind: KindSenderRejected, hint: "send only from addresses that login owns",
			check: func(t *testing.T, r *Result, _ string) {
				if !strings.Contains(strings.Join(r.Warnings, "\n"), "the sender's domain (other.example) is not the login's (mail.test)") {
					t.Errorf("warnings = %q, want the sender-domain warning", r.Warnings)
				}
			}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			cfg := srv.Config(c.svc, c.login)
			var rec recorder
			opts := rec.options()
			opts.LocalName = ""
			if c.edit != nil {
				c.edit(&cfg, &opts)
			}
			rcpt := uniqueRcpt(t, postfix.Domain)
			r := Check(timeoutCtx(t), cfg, rcpt, opts)
			transcript := rec.transcript.String()
			if r.OK {
				t.Fatalf("check passed, want a failure at %s; transcript:\n%s", c.step, transcript)
			}
			var e *Error
			if !errors.As(r.Err, &e) || e.Step != c.step || e.Kind != c.kind {
				t.Fatalf("failed with %#v (%v), want %s at %s; transcript:\n%s", e, r.Err, c.kind, c.step, transcript)
			}
			if !strings.Contains(r.Hint, c.hint) {
				t.Errorf("hint = %q, want it to contain %q", r.Hint, c.hint)
			}
			if msg := r.Err.Error(); strings.Contains(msg, "<"+rcpt+">") && c.kind != KindRecipientRejected || c.errNot != "" && strings.Contains(msg, c.errNot) {
				t.Errorf("error %q is worded as if about the recipient", msg)
			}
			noStarAfterFinalReply(t, transcript)
			expectNoPassword(t, transcript, cfg)
			if c.check != nil {
				c.check(t, r, transcript)
			}
			expectNothingFor(t, srv, rcpt)
		})
	}
}

// expectCertificateDetails checks that a failed verification still
// describes the certificate, in the result and in --json.
func expectCertificateDetails(t *testing.T, r *Result, _ string) {
	t.Helper()
	info := r.TLS
	if info == nil || info.Verified || info.Issuer != "postfix test CA" || info.Subject != "localhost" ||
		strings.Join(info.DNSNames, ",") != "localhost" || strings.Join(info.IPAddresses, ",") != "127.0.0.1,::1" ||
		len(info.FingerprintSHA256) != 95 || info.NotBefore.IsZero() || info.NotAfter.IsZero() {
		t.Fatalf("TLS = %+v, want the presented certificate, not verified", info)
	}
	lines := strings.Join(info.CertificateLines(), "\n")
	for _, want := range []string{"subject: localhost", "names: localhost", "addresses: 127.0.0.1, ::1", "issuer: postfix test CA", "SHA-256 fingerprint: "} {
		if !strings.Contains(lines, want) {
			t.Errorf("certificate lines lack %q:\n%s", want, lines)
		}
	}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var out struct {
		TLS *struct {
			DNSNames    []string `json:"dns_names"`
			IPAddresses []string `json:"ip_addresses"`
			Issuer      string   `json:"issuer"`
			Verified    bool     `json:"verified"`
		} `json:"tls"`
	}
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	if out.TLS == nil || out.TLS.Issuer != "postfix test CA" || strings.Join(out.TLS.DNSNames, ",") != "localhost" ||
		strings.Join(out.TLS.IPAddresses, ",") != "127.0.0.1,::1" || out.TLS.Verified {
		t.Errorf("--json tls = %s", b)
	}
}

func TestPostfixAuthAutoTriesTheNextMechanismOnceAndSaysSo(t *testing.T) {
	srv := postfix.Shared(t)
	t.Parallel()
	// Without TLS (loopback, where smtpconf allows a password in clear),
	// auto tries CRAM-MD5 first; Dovecot cannot check it against Bob's
	// SHA512-CRYPT password and answers 535; PLAIN works.
	cfg := srv.Config(postfix.Plain, postfix.HashedUser)
	var rec recorder
	rcpt := uniqueRcpt(t, postfix.Domain)
	r := Check(timeoutCtx(t), cfg, rcpt, rec.options())
	mustOK(t, r)
	if r.Mechanism != "PLAIN" {
		t.Errorf("mechanism = %q, want PLAIN after CRAM-MD5 was refused", r.Mechanism)
	}
	var auth Step
	for _, s := range r.Steps {
		if s.Name == StepAuth {
			auth = s
		}
	}
	if !strings.Contains(auth.Detail, "PLAIN as bob@mail.test (after CRAM-MD5 was refused: 535 5.7.8") {
		t.Errorf("auth detail = %q, want which mechanism worked and which failed", auth.Detail)
	}
	if w := strings.Join(r.Warnings, "\n"); !strings.Contains(w, "the server refused CRAM-MD5 (535 5.7.8 ") || !strings.Contains(w, `but accepted PLAIN: set auth = "plain"`) {
		t.Errorf("warnings = %q", r.Warnings)
	}
	transcript := rec.transcript.String()
	if strings.Count(transcript, "C: AUTH ") != 2 {
		t.Errorf("want two AUTH commands:\n%s", transcript)
	}
	noStarAfterFinalReply(t, transcript)
	expectNothingFor(t, srv, rcpt)
}

func TestPostfixHELONameDefaultIsNeverAShortName(t *testing.T) {
	srv := postfix.Shared(t)
	t.Parallel()
	// The port-25-like service refuses names that are not fully qualified
	// (reject_non_fqdn_helo_hostname); whatever this machine is called,
	// the default passes.
	cfg := srv.Config(postfix.Plain, "")
	cfg.HELOName = ""
	var rec recorder
	opts := rec.options()
	opts.LocalName = ""
	r := Check(timeoutCtx(t), cfg, uniqueRcpt(t, postfix.Domain), opts)
	mustOK(t, r)
	host, _ := os.Hostname()
	want := "C: EHLO [127.0.0.1]"
	if isFullyQualified(host) {
		want = "C: EHLO " + host
	}
	if !strings.Contains(rec.transcript.String(), want) {
		t.Errorf("transcript lacks %q:\n%s", want, rec.transcript.String())
	}

	cfg.HELOName = "app.example.org"
	rec = recorder{}
	mustOK(t, Check(timeoutCtx(t), cfg, uniqueRcpt(t, postfix.Domain), rec.options()))
	if !strings.Contains(rec.transcript.String(), "C: EHLO app.example.org") {
		t.Errorf("helo_name not used:\n%s", rec.transcript.String())
	}
}

func TestPostfixSizeIsAnnouncedAndComparedWithTheLimit(t *testing.T) {
	srv := postfix.Shared(t)
	t.Parallel()
	cfg := srv.Config(postfix.Submission, postfix.PlainUser)
	var rec recorder
	r := Check(timeoutCtx(t), cfg, uniqueRcpt(t, postfix.Domain), rec.options())
	mustOK(t, r)
	var mail Step
	for _, s := range r.Steps {
		if s.Name == StepMail {
			mail = s
		}
	}
	if !strings.Contains(mail.Detail, fmt.Sprintf("the server takes messages up to %d bytes (the test message has", postfix.MessageSizeLimit)) {
		t.Errorf("MAIL detail = %q, want the comparison with the server's limit", mail.Detail)
	}
	if !strings.Contains(rec.transcript.String(), " SIZE=") {
		t.Errorf("MAIL FROM without SIZE=:\n%s", rec.transcript.String())
	}

	// A message over the limit is refused at MAIL FROM, from SIZE= alone.
	rcpt := uniqueRcpt(t, postfix.Domain)
	err := Send(timeoutCtx(t), cfg, Message{To: []string{rcpt}, Subject: "big", Body: strings.Repeat("0123456789 abcdefghij\n", postfix.MessageSizeLimit/20)})
	var e *Error
	if !errors.As(err, &e) || e.Step != StepMail || e.Kind != KindMessageTooBig || e.EnhancedCode != "5.3.4" {
		t.Fatalf("Send of a message over the limit: %#v (%v), want %s at MAIL FROM", e, err, KindMessageTooBig)
	}
	if !strings.Contains(e.Hint, fmt.Sprintf("limit of %d bytes", postfix.MessageSizeLimit)) {
		t.Errorf("hint = %q", e.Hint)
	}
	expectNothingFor(t, srv, rcpt)
}

func TestPostfixTakesInternationalisedAddresses(t *testing.T) {
	srv := postfix.Shared(t)
	t.Parallel()
	cfg := srv.Config(postfix.Submission, postfix.PlainUser)
	cases := []struct{ name, rcpt, envelope string }{
		// The domain goes out in IDNA form; Postfix knows only that.
		{"idn_domain", "anna@" + postfix.IDNDomain, "anna@" + postfix.IDNDomainASCII},
		// A non-ASCII local part needs SMTPUTF8, which Postfix offers.
		{"utf8_local_part", "jörg-" + fmt.Sprint(os.Getpid()) + "@" + postfix.Domain, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var rec recorder
			r := SendTest(timeoutCtx(t), cfg, c.rcpt, rec.options())
			mustOK(t, r)
			envelope := cmp.Or(c.envelope, c.rcpt)
			if !strings.Contains(rec.transcript.String(), "RCPT TO:<"+envelope+">") {
				t.Errorf("RCPT TO not in IDNA form:\n%s", rec.transcript.String())
			}
			if _, err := srv.WaitMessage(t.Context(), envelope); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// Every mode admins use reaches the same Postfix: check delivers nothing,
// test delivers one message to the Maildir.
func TestPostfixCheckAndTestWithEveryMode(t *testing.T) {
	srv := postfix.Shared(t)
	cases := []struct {
		name  string
		svc   postfix.Service
		login string
		auth  config.Auth
		host  string
		mech  string
	}{
		{"starttls_plain", postfix.Submission, postfix.PlainUser, config.AuthPlain, "", "PLAIN"},
		{"starttls_login", postfix.Submission, postfix.PlainUser, config.AuthLogin, "", "LOGIN"},
		{"starttls_cram_md5", postfix.Submission, postfix.PlainUser, config.AuthCRAMMD5, "", "CRAM-MD5"},
		{"starttls_auto_hashed_password", postfix.Submission, postfix.HashedUser, config.AuthAuto, "", "PLAIN"},
		{"implicit_tls_auto", postfix.SMTPS, postfix.PlainUser, config.AuthAuto, "", "PLAIN"},
		{"ipv6_starttls_auto", postfix.Submission, postfix.PlainUser, config.AuthAuto, "::1", "PLAIN"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			if c.host == "::1" && !srv.IPv6 {
				t.Skip("this machine has no ::1")
			}
			cfg := srv.Config(c.svc, c.login)
			cfg.Auth = c.auth
			if c.host != "" {
				cfg.Host = c.host
			}
			rcpt := uniqueRcpt(t, postfix.Domain)
			var rec recorder
			check := Check(timeoutCtx(t), cfg, rcpt, rec.options())
			mustOK(t, check)
			if check.Mechanism != c.mech || check.TLS == nil || !check.TLS.Verified {
				t.Errorf("check: mechanism %q, TLS %+v; want %s over verified TLS", check.Mechanism, check.TLS, c.mech)
			}
			if len(check.Warnings) != 0 {
				t.Errorf("check warnings = %q", check.Warnings)
			}
			expectNothingFor(t, srv, rcpt)

			sent := SendTest(timeoutCtx(t), cfg, rcpt, rec.options())
			mustOK(t, sent)
			m, err := srv.WaitMessage(t.Context(), rcpt)
			if err != nil {
				t.Fatal(err)
			}
			if got := m.Head.Get("Subject"); !strings.HasPrefix(got, "smtpconf test message from ") {
				t.Errorf("delivered Subject = %q", got)
			}
			if !strings.Contains(string(m.Data), "Login:     "+c.mech+" as "+c.login) {
				t.Errorf("delivered message does not say how it was sent:\n%s", m.Data)
			}
			noStarAfterFinalReply(t, rec.transcript.String())
			expectNoPassword(t, rec.transcript.String(), cfg)
			ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
			defer cancel()
			if msgs, _ := srv.Messages(rcpt); len(msgs) != 1 {
				t.Errorf("%d messages delivered, want 1", len(msgs))
			}
			if q, err := srv.Queued(ctx, rcpt); err != nil || q != 0 {
				t.Errorf("%d still queued (%v), want 0", q, err)
			}
		})
	}
}
