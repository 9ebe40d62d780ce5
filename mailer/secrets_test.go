package mailer

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/mailer/smtptest"
)

// everythingShown gathers every text a result lets out of the package:
// what a front end shows, logs or prints as JSON.
func everythingShown(t *testing.T, r *Result, transcript string) map[string]string {
	t.Helper()
	shown := map[string]string{"transcript": transcript, "warnings": strings.Join(r.Warnings, "\n")}
	for _, s := range r.Steps {
		shown["step "+string(s.Name)+" title"] += s.Title
		shown["step "+string(s.Name)+" detail"] += s.Detail
		if s.Err != nil {
			shown["step "+string(s.Name)+" error"] += s.Err.Error()
		}
	}
	if r.Err != nil {
		shown["error"] = r.Err.Error()
		msg, hint := Explain(r.Err)
		shown["explain"] = msg + "\n" + hint
		var pe *PasswordError
		if errors.As(r.Err, &pe) {
			shown["password error"] = pe.Error()
		}
	}
	shown["hint"] = r.Hint
	j, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	shown["json"] = string(j)
	return shown
}

func TestSecretsNeverLeaveThePackage(t *testing.T) {
	const wrong = "Wr0ng-Pässword!"
	b64 := func(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }
	mechs := []struct {
		auth config.Auth
		mech string
		// authCommands is how many commands the client has sent once its
		// last AUTH payload is on the wire: EHLO, AUTH (with PLAIN's
		// payload), then LOGIN's password or CRAM-MD5's digest.
		authCommands int
	}{
		{config.AuthPlain, smtptest.MechPlain, 2},
		{config.AuthLogin, smtptest.MechLogin, 3},
		{config.AuthCRAMMD5, smtptest.MechCRAMMD5, 3},
	}
	outcomes := []struct {
		name     string
		password string
		drop     bool
		kind     Kind // "" for success
	}{
		{name: "accepted", password: testPass},
		{name: "rejected", password: wrong, kind: KindAuthFailed},
		{name: "server_drops_mid_auth", password: testPass, drop: true, kind: KindDropped},
	}
	for _, m := range mechs {
		for _, o := range outcomes {
			t.Run(string(m.auth)+"/"+o.name, func(t *testing.T) {
				opts := []smtptest.Option{smtptest.WithMechanisms(m.mech)}
				if o.drop {
					// CloseAfter counts clear-text commands only.
					opts = append(opts, smtptest.WithoutStartTLS(), smtptest.CloseAfter(m.authCommands))
				}
				_, cfg := newServer(t, opts...)
				cfg.Auth, cfg.Password, cfg.AllowInsecureAuth = m.auth, o.password, true
				var rec recorder
				r := SendTest(timeoutCtx(t), cfg, "admin@example.net", rec.options())
				if o.kind == "" {
					mustOK(t, r)
				} else {
					var e *Error
					if !errors.As(r.Err, &e) || e.Kind != o.kind || e.Step != StepAuth {
						t.Fatalf("err = %v, want %s at auth; transcript:\n%s", r.Err, o.kind, rec.transcript.String())
					}
				}
				forbidden := map[string]string{
					"the password":                 o.password,
					"the password in base64":       b64(o.password),
					"PLAIN's payload in base64":    b64("\x00" + testUser + "\x00" + o.password),
					"LOGIN's username in base64":   b64(testUser),
					"the password's first half":    o.password[:len(o.password)/2],
					"the base64 password's prefix": b64(o.password)[:8],
				}
				for where, text := range everythingShown(t, r, rec.transcript.String()) {
					for what, secret := range forbidden {
						if strings.Contains(text, secret) {
							t.Errorf("%s shows %s (%q):\n%s", where, what, secret, text)
						}
					}
				}
				checkTranscriptShape(t, rec.transcript.String(), m.mech, o.kind == "")
			})
		}
	}
}

// checkTranscriptShape holds the transcript to redacting only AUTH
// payloads: every other line of the dialogue is there to read.
func checkTranscriptShape(t *testing.T, tr, mech string, delivered bool) {
	t.Helper()
	want := []string{"S: 220 ", "C: EHLO client.test", "S: 250-", "C: AUTH " + mech}
	switch mech {
	case smtptest.MechPlain:
		want = append(want, "C: AUTH PLAIN "+redacted+"\n")
	case smtptest.MechLogin:
		want = append(want, "C: AUTH LOGIN "+redacted+"\n", "S: 334 UGFzc3dvcmQ6", "C: "+redacted+"\n")
	case smtptest.MechCRAMMD5:
		want = append(want, "C: AUTH CRAM-MD5\n", "S: 334 ", "C: "+redacted+"\n")
	}
	if delivered {
		want = append(want, "S: 235 ", "C: MAIL FROM:<"+testUser+">", "C: RCPT TO:<admin@example.net>", "C: DATA", "S: 354 ", "C: .", "C: QUIT", "S: 221 ")
	}
	for _, w := range want {
		if !strings.Contains(tr, w) {
			t.Errorf("transcript lacks %q:\n%s", w, tr)
		}
	}
	// Redaction replaces the payloads, never whole stretches of dialogue:
	// one per payload the client sent (LOGIN sends two).
	payloads := 1
	if mech == smtptest.MechLogin {
		payloads = 2
	}
	if n := strings.Count(tr, redacted); n != payloads {
		t.Errorf("%d redactions, want %d:\n%s", n, payloads, tr)
	}
}

// A server may echo what it was sent in its error; the password must not
// come back to the admin through it.
func TestPasswordEchoedByTheServerIsRedacted(t *testing.T) {
	_, cfg := newServer(t, smtptest.FailAt(smtptest.StepMail, smtptest.Reply{Code: 550, Enhanced: "5.7.1", Text: "not allowed for " + testPass}))
	var rec recorder
	r := Check(timeoutCtx(t), cfg, "admin@example.net", rec.options())
	if r.OK {
		t.Fatal("OK, want the MAIL FROM refusal")
	}
	for where, text := range everythingShown(t, r, rec.transcript.String()) {
		if strings.Contains(text, testPass) {
			t.Errorf("%s shows the password:\n%s", where, text)
		}
	}
	if !strings.Contains(r.Err.Error(), "not allowed for "+redacted) {
		t.Errorf("error %q, want the echo redacted in place", r.Err)
	}
}

// Redaction goes by position, so a short password does not make every
// place it happens to appear vanish: a transcript with password "250"
// would otherwise show <redacted> for every reply code and give the
// password away by what vanished.
func TestAShortPasswordDoesNotEatTheTranscript(t *testing.T) {
	for _, pw := range []string{"250", "ok", "2.0.0"} {
		t.Run(pw, func(t *testing.T) {
			srv := smtptest.NewServer(t, smtptest.WithUser(testUser, pw), smtptest.WithMechanisms(smtptest.MechPlain, smtptest.MechLogin))
			cfg := srv.Config()
			cfg.Auth = config.AuthLogin
			var rec recorder
			r := SendTest(timeoutCtx(t), cfg, "admin@example.net", rec.options())
			mustOK(t, r)
			tr := rec.transcript.String()
			if n := strings.Count(tr, redacted); n != 2 {
				t.Errorf("%d redactions, want the 2 LOGIN answers:\n%s", n, tr)
			}
			for _, want := range []string{"S: 250-", "S: 250 2.0.0", "S: 235 2.0.0"} {
				if !strings.Contains(tr, want) {
					t.Errorf("transcript lacks %q:\n%s", want, tr)
				}
			}
			for _, s := range r.Steps {
				if strings.Contains(s.Detail, redacted) {
					t.Errorf("step %s detail %q lost text", s.Name, s.Detail)
				}
			}
		})
	}
}

// A short password that a server echoes in AUTH PLAIN's form
// ("\x00user\x00password") is hidden: server text is escaped where it comes
// in, so the form is looked for escaped too (found by FuzzClassify).
func TestAShortPasswordEchoedInPlainFormIsRedacted(t *testing.T) {
	const pw = "pw7char"
	echo := "\x00" + testUser + "\x00" + pw
	srv := smtptest.NewServer(t, smtptest.WithUser(testUser, pw),
		smtptest.FailAt(smtptest.StepMail, smtptest.Reply{Code: 550, Enhanced: "5.7.1", Text: "bad credentials " + echo}))
	cfg := srv.Config()
	var rec recorder
	r := Check(timeoutCtx(t), cfg, "admin@example.net", rec.options())
	if r.OK || r.Err == nil || !strings.Contains(r.Err.Error(), "bad credentials") {
		t.Fatalf("want the MAIL FROM refusal, got %v", r.Err)
	}
	for where, text := range everythingShown(t, r, rec.transcript.String()) {
		if strings.Contains(text, pw) {
			t.Errorf("%s shows the password:\n%s", where, text)
		}
	}
}
