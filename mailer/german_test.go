package mailer

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"errors"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/pelletier/go-toml/v2"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/internal/i18n/i18ntest"
	"github.com/smtpconf/smtpconf/mailer/smtptest"
	"github.com/smtpconf/smtpconf/oauth"
)

// englishSentences are the mailer's English messages as patterns, for
// finding an English sentence of ours in what a German admin reads.
func englishSentences(t *testing.T) *i18ntest.Sentences {
	t.Helper()
	s, err := i18ntest.English("mailer")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// assertGerman fails when text holds one of our English sentences, or
// shows a bare message ID.
func assertGerman(t *testing.T, what, text string, english *i18ntest.Sentences) {
	t.Helper()
	if id := english.FindID(text); id != "" {
		t.Errorf("%s shows a message ID (%s): %q", what, id, text)
	}
	if found := english.Find(text); found != "" {
		t.Errorf("%s is English (%s): %q", what, found, text)
	}
}

// TestGermanConversationSpeaksGerman runs the same misbehaving servers in
// both languages: German titles, details, warnings, failure and hint carry
// no English sentence of ours, the server's reply is quoted as it came,
// and English stays as it was.
func TestGermanConversationSpeaksGerman(t *testing.T) {
	english := englishSentences(t)
	const rcpt = "admin@example.net"
	cases := []struct {
		name     string
		server   []smtptest.Option
		edit     func(t *testing.T, c *config.Server)
		send     bool
		kind     Kind
		enHint   string // in the English hint
		deHint   string // in the German hint
		verbatim string // the server's words, in both languages
	}{
		{name: "password_variable_not_set", edit: func(_ *testing.T, c *config.Server) {
			c.Password, c.PasswordEnv = "", "SMTPCONF_TEST_NEVER_SET"
		}, kind: KindPassword, enHint: "export SMTPCONF_TEST_NEVER_SET", deHint: "Exportieren Sie SMTPCONF_TEST_NEVER_SET"},
		{name: "wrong_password", edit: func(_ *testing.T, c *config.Server) { c.Password = "wrong" },
			kind: KindAuthFailed, enHint: "rejected the username or password", deHint: "Benutzername oder Kennwort abgelehnt"},
		{name: "certificate_untrusted", edit: func(_ *testing.T, c *config.Server) { c.TLSCAFile = "" },
			kind: KindCertUntrusted, enHint: "which this machine does not trust", deHint: "von der Zertifizierungsstelle smtptest CA ausgestellt, der dieser Rechner nicht vertraut"},
		{name: "starttls_not_offered", server: []smtptest.Option{smtptest.WithoutStartTLS()},
			edit: func(_ *testing.T, c *config.Server) { c.StartTLS = true },
			kind: KindStartTLSMissing, enHint: "never continues in clear text", deHint: "fährt nie im Klartext fort"},
		{name: "connection_refused", edit: func(t *testing.T, c *config.Server) { c.Port = smtptest.ClosedPort(t) },
			kind: KindRefused, enHint: "nothing listens on", deHint: "nimmt niemand Verbindungen an"},
		{name: "recipient_refused", server: []smtptest.Option{smtptest.FailAt(smtptest.StepRcpt, smtptest.Reply{Code: 550, Enhanced: "5.1.1", Text: "Recipient address rejected: User unknown"})},
			kind: KindRecipientRejected, enHint: "refused the recipient", deHint: "den Empfänger abgelehnt", verbatim: "550 5.1.1 Recipient address rejected: User unknown"},
		{name: "message_refused_at_data", send: true, server: []smtptest.Option{smtptest.FailAt(smtptest.StepData, smtptest.Reply{Code: 554, Enhanced: "5.7.1", Text: "Spam detected"})},
			kind: KindMessageRejected, enHint: "refused the message itself", deHint: "die Nachricht selbst abgelehnt", verbatim: "554 5.7.1 Spam detected"},
		{name: "greylisted", server: []smtptest.Option{smtptest.FailAt(smtptest.StepRcpt, smtptest.Reply{Code: 450, Enhanced: "4.2.0", Text: "Greylisted, come back later"})},
			kind: KindGreylisted, enHint: "greylists", deHint: "Greylisting", verbatim: "Greylisted, come back later"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, cfg := newServer(t, c.server...)
			if c.edit != nil {
				c.edit(t, &cfg)
			}
			run := func(l i18n.Lang) *Result {
				o := Options{LocalName: "client.test", Lang: l}
				if c.send {
					return SendTest(timeoutCtx(t), cfg, rcpt, o)
				}
				return Check(timeoutCtx(t), cfg, rcpt, o)
			}
			en, de := run(i18n.English), run(i18n.German)
			var e *Error
			if !errors.As(de.Err, &e) || e.Kind != c.kind {
				t.Fatalf("German run: err = %v, want kind %s", de.Err, c.kind)
			}

			enMsg, enHint := en.Failure()
			if m, h := Explain(en.Err); m != enMsg || h != enHint || !strings.Contains(enHint, c.enHint) {
				t.Errorf("English Failure = %q / %q; Explain = %q / %q; want a hint containing %q", enMsg, enHint, m, h, c.enHint)
			}
			deMsg, deHint := de.Failure()
			if !strings.Contains(deHint, c.deHint) {
				t.Errorf("German hint = %q, want it to contain %q", deHint, c.deHint)
			}
			assertGerman(t, "failure", deMsg, english)
			assertGerman(t, "hint", deHint, english)
			// The language is the Result's: the caller need not repeat it,
			// and can still ask for another.
			if m, h := ExplainIn(de.Err, i18n.German); m != deMsg || h != deHint {
				t.Errorf("ExplainIn(German) = %q / %q, Failure() = %q / %q", m, h, deMsg, deHint)
			}
			if m, h := de.FailureIn(i18n.English); m != enMsg || h != enHint {
				t.Errorf("FailureIn(English) of the German result = %q / %q, want %q / %q", m, h, enMsg, enHint)
			}
			if m, h := ExplainIn(en.Err, i18n.German); m != deMsg || h != deHint {
				t.Errorf("ExplainIn(German) of the English result = %q / %q, want %q / %q", m, h, deMsg, deHint)
			}
			js, err := de.MarshalJSON()
			if err != nil {
				t.Fatal(err)
			}
			var j struct{ Error, Hint, Kind string }
			if err := json.Unmarshal(js, &j); err != nil || j.Error != deMsg || j.Hint != deHint || j.Kind != string(c.kind) {
				t.Errorf("German JSON: %+v (%v); want message %q, hint %q, kind %s", j, err, deMsg, deHint, c.kind)
			}
			if c.verbatim != "" && (!strings.Contains(deMsg, c.verbatim) || !strings.Contains(enMsg, c.verbatim)) {
				t.Errorf("the server's reply %q is not quoted as it came: %q / %q", c.verbatim, enMsg, deMsg)
			}

			if len(en.Steps) != len(de.Steps) {
				t.Fatalf("steps differ: %s / %s", stepNames(en), stepNames(de))
			}
			for i, st := range de.Steps {
				if st.Name != en.Steps[i].Name || st.Status != en.Steps[i].Status {
					t.Errorf("step %d: %s %s in German, %s %s in English", i, st.Name, st.Status, en.Steps[i].Name, en.Steps[i].Status)
				}
				assertGerman(t, "title", st.Title, english)
				assertGerman(t, "detail", st.Detail, english)
			}
			for _, w := range de.Warnings {
				assertGerman(t, "warning", w, english)
			}
			for _, l := range de.TLS.CertificateLines() {
				assertGerman(t, "certificate line", l, english)
			}
			// English titles are as they always were.
			englishTitle := map[StepName]string{StepSettings: "Read the password", StepResolve: "Look up " + cfg.Host,
				StepConnect: "Connect to " + net.JoinHostPort(cfg.Host, strconv.Itoa(cfg.Port)), StepGreeting: "Server greeting",
				StepHello: "EHLO ", StepStartTLS: "STARTTLS", StepHelloTLS: "EHLO again, over TLS", StepAuth: "Log in as " + testUser,
				StepMail: "MAIL FROM:<", StepRcpt: "RCPT TO:<" + rcpt + ">", StepData: "Send the message", StepQuit: "RSET and QUIT (nothing is sent)"}
			for _, st := range en.Steps {
				if !strings.HasPrefix(st.Title, englishTitle[st.Name]) {
					t.Errorf("English %s title = %q, want %q", st.Name, st.Title, englishTitle[st.Name])
				}
			}
		})
	}
}

// TestGermanTestMessage: the admin who asked in German gets the test
// e-mail in German, with the same facts.
func TestGermanTestMessage(t *testing.T) {
	srv, cfg := newServer(t)
	r := SendTest(timeoutCtx(t), cfg, "admin@example.net", Options{LocalName: "client.test", Lang: i18n.German})
	mustOK(t, r)
	msg, _, body := received(t, srv)
	host, _ := os.Hostname()
	if got, want := msg.Header.Get("Subject"), "smtpconf-Test-E-Mail von "+host; got != want {
		t.Errorf("Subject = %q, want %q", got, want)
	}
	for _, want := range []string{"Dies ist eine Test-E-Mail von smtpconf.", "Wenn Sie sie lesen können", "SMTP-Server:   " + srv.Addr, "Anmeldung:     PLAIN als " + testUser} {
		if !strings.Contains(body, want) {
			t.Errorf("body lacks %q:\n%s", want, body)
		}
	}
	english := englishSentences(t)
	for _, st := range r.Steps {
		assertGerman(t, "title", st.Title, english)
		assertGerman(t, "detail", st.Detail, english)
	}
}

// TestExplainInEveryKind words a failure of every kind in both languages:
// German is not the English, names no message ID, and English is what
// Explain says.
func TestExplainInEveryKind(t *testing.T) {
	english := englishSentences(t)
	tg := target{Host: "mail.example.com", Port: 587, Timeout: 10 * time.Second, HELOName: "client.test", SizeLimit: 1000, CAFile: "/etc/ca.pem"}
	reply := func(code int, enh, text string) error { return &ReplyError{Code: code, EnhancedCode: enh, Text: text} }
	ms := &config.Server{Username: "app@example.com", OAuth2: config.OAuth2{OAuth2Provider: config.ProviderMicrosoft, OAuth2Tenant: "example.onmicrosoft.com", OAuth2ClientID: "abc"}}
	cases := []struct {
		kind Kind
		step StepName
		err  error
	}{
		{KindConfig, StepSettings, validateSettings(config.Server{})},
		{KindPassword, StepSettings, i18n.Wrap("mailer_err_password_unread", nil, &PasswordError{Source: "password_env", Name: "SMTP_PW", Unset: true, Err: i18n.Errorf("mailer_err_env_unset", i18n.D{"Name": "SMTP_PW"})})},
		{KindDNS, StepResolve, &net.DNSError{Err: "no such host", Name: "mail.example.com", IsNotFound: true}},
		{KindDNSFailure, StepResolve, &net.DNSError{Err: "server misbehaving", Name: "mail.example.com"}},
		{KindRefused, StepConnect, syscall.ECONNREFUSED},
		{KindUnreachable, StepConnect, syscall.ENETUNREACH},
		{KindTimeout, StepConnect, os.ErrDeadlineExceeded},
		{KindTimeout, StepAuth, os.ErrDeadlineExceeded},
		{KindTimeout, StepMail, os.ErrDeadlineExceeded},
		{KindNoGreeting, StepGreeting, os.ErrDeadlineExceeded},
		{KindNotSMTP, StepGreeting, errNotSMTP},
		{KindNotTLS, StepTLS, tls.RecordHeaderError{Msg: "first record does not look like a TLS handshake"}},
		{KindTLS, StepTLS, errors.New("tls: handshake failure")},
		{KindCertUntrusted, StepStartTLS, x509.UnknownAuthorityError{}},
		{KindCertWrongHost, StepStartTLS, x509.HostnameError{Host: "mail.example.com", Certificate: &x509.Certificate{DNSNames: []string{"other.example"}}}},
		{KindCertExpired, StepTLS, x509.CertificateInvalidError{Reason: x509.Expired, Cert: &x509.Certificate{}}},
		{KindStartTLSMissing, StepStartTLS, ErrStartTLSNotOffered},
		{KindMechanismMissing, StepAuth, mechanismError("CRAM-MD5", []string{"PLAIN", "LOGIN"}, i18n.Errorf("mailer_reason_not_offered", i18n.D{"Auth": "cram-md5"}))},
		{KindMechanismMissing, StepAuth, ErrNoAuthOffered},
		{KindInsecureAuth, StepAuth, mechanismError("PLAIN", []string{"PLAIN"}, reasonInsecure())},
		{KindAuthFailed, StepAuth, reply(535, "5.7.8", "Authentication credentials invalid")},
		{KindAuthRequired, StepMail, reply(530, "5.7.0", "Authentication required")},
		{KindSenderRejected, StepMail, reply(553, "5.7.1", "Sender address rejected: not owned by user app@example.com")},
		{KindRecipientRejected, StepRcpt, reply(550, "5.1.1", "User unknown")},
		{KindMessageRejected, StepData, reply(554, "5.7.1", "Spam")},
		{KindMessage, StepMail, ErrNeeds8BitMIME},
		{KindTemporary, StepMail, reply(421, "4.3.0", "Closing")},
		{KindStartTLSRequired, StepMail, reply(530, "5.7.0", "Must issue a STARTTLS command first")},
		{KindHELORejected, StepRcpt, reply(504, "5.5.2", "Helo command rejected: need fully-qualified hostname")},
		{KindMessageTooBig, StepData, reply(552, "5.3.4", "Message size exceeds fixed limit")},
		{KindAuthDisabled, StepAuth, reply(535, "5.7.139", "Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.")},
		{KindAuthTemporary, StepAuth, reply(454, "4.7.0", "Temporary authentication failure")},
		{KindGreylisted, StepRcpt, reply(450, "4.2.0", "Greylisted")},
		{KindRateLimited, StepMail, reply(421, "4.7.0", "Too many messages, rate limit exceeded")},
		{KindDropped, StepMail, errors.Join(errors.New("read"), net.ErrClosed)},
		{KindReplyTooLong, StepHello, &ReplyTooLongError{To: "EHLO", Limit: "1000 lines"}},
		{KindCanceled, StepConnect, nil},
		{KindServer, StepQuit, reply(500, "", "Huh")},
		{KindTokenSignIn, StepToken, oauth.ErrNotSignedIn},
		{KindTokenClient, StepToken, &oauth.Error{Code: "invalid_client", Err: errors.New("invalid_client")}},
		{KindTokenConsent, StepToken, &oauth.Error{Code: "consent_required", Err: errors.New("consent_required")}},
		{KindToken, StepToken, &oauth.Error{Err: errors.New("bad request")}},
	}
	for _, c := range cases {
		t.Run(string(c.kind)+"_at_"+string(c.step), func(t *testing.T) {
			var e *Error
			switch {
			case c.step == StepToken:
				e = tokenError(c.err, *ms)
			case c.kind == KindCanceled:
				ctx, cancel := context.WithCancel(context.Background())
				cancel()
				e = classify(ctx, c.step, errors.New("use of closed network connection"), tg)
			default:
				e = classify(context.Background(), c.step, c.err, tg)
			}
			if e.Kind != c.kind {
				t.Fatalf("kind = %s, want %s (err %v)", e.Kind, c.kind, e.Err)
			}
			enMsg, enHint := ExplainIn(e, i18n.English)
			if m, h := Explain(e); m != enMsg || h != enHint {
				t.Errorf("Explain = %q / %q, ExplainIn(English) = %q / %q", m, h, enMsg, enHint)
			}
			if enHint == "" || enHint != e.Hint {
				t.Errorf("English hint = %q, the error's = %q", enHint, e.Hint)
			}
			deMsg, deHint := ExplainIn(e, i18n.German)
			if deMsg == enMsg || deHint == enHint || deHint == "" {
				t.Errorf("German = %q / %q, the same as English or empty", deMsg, deHint)
			}
			assertGerman(t, "message", deMsg, english)
			assertGerman(t, "hint", deHint, english)
			if got := i18n.Text(e, i18n.English); got != e.Error() {
				t.Errorf("Text(English) = %q, Error() = %q", got, e.Error())
			}
		})
	}
}

// TestGermanProbeReason: a probe asked in German says why in German.
func TestGermanProbeReason(t *testing.T) {
	srv, _ := newServer(t)
	_, portText, _ := net.SplitHostPort(srv.Addr)
	port, _ := strconv.Atoi(portText)
	closed := smtptest.ClosedPort(t)
	ports := map[int]int{config.PortSMTPS: closed, config.PortSubmission: port, config.PortSMTP: closed}
	english := englishSentences(t)
	for _, l := range i18n.Langs() {
		rep := ProbeWith(timeoutCtx(t), "127.0.0.1", ProbeOptions{Timeout: 5 * time.Second, Ports: ports, Lang: l})
		if rep.Proposal == nil {
			t.Fatalf("%s: no proposal: %s", l, rep.Reason)
		}
		want := map[i18n.Lang]string{i18n.English: "port 587 offers STARTTLS, but its certificate is not trusted here", i18n.German: "Port 587 bietet STARTTLS an, aber seinem Zertifikat wird hier nicht vertraut"}[l]
		if !strings.Contains(rep.Reason, want) {
			t.Errorf("%s: Reason = %q, want %q", l, rep.Reason, want)
		}
		if l == i18n.German {
			assertGerman(t, "reason", rep.Reason, english)
		}
	}
}

// TestGermanStepTitlesFitBesideTheirDetails: a step's title shares its
// line with the status and the time (the test screen, check's output), so
// a German title may not be much wider than the English one.
func TestGermanStepTitlesFitBesideTheirDetails(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "internal", "i18n", "locales", "mailer.en.toml"))
	if err != nil {
		t.Fatal(err)
	}
	var msgs map[string]map[string]string
	if err := toml.Unmarshal(raw, &msgs); err != nil {
		t.Fatal(err)
	}
	data := i18n.D{"Host": "mail.firma.de", "Addr": "mail.firma.de:587", "User": "noreply@firma.de", "Source": "microsoft, device_code"}
	titles := 0
	for id := range msgs {
		if !strings.HasPrefix(id, "mailer_title_") {
			continue
		}
		titles++
		en, de := i18n.English.T(id, data), i18n.German.T(id, data)
		if w, max := utf8.RuneCountInString(de), utf8.RuneCountInString(en)+14; w > max || w > 60 {
			t.Errorf("%s: German title %q is %d columns, English %q %d", id, de, w, en, utf8.RuneCountInString(en))
		}
	}
	if titles == 0 {
		t.Fatal("no step titles in the catalog")
	}
}
