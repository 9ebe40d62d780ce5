package main

// What the commands print, in German and in English: the same run with
// LANG=de_DE.UTF-8 or --lang de speaks German (exit codes, keys, JSON field
// names and the server's replies unchanged), and with LANG=C the English
// the scripts and the other tests know.

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/mailer"
	"github.com/smtpconf/smtpconf/mailer/smtptest"
)

// languages are the ways an admin gets each language: the locale, or
// --lang over a locale that says otherwise.
var languages = []struct {
	name string
	lang i18n.Lang
	vars []string // added to the test environment (LANG=C)
	args []string // put before the command
}{
	{"LANG=C", i18n.English, nil, nil},
	{"LANG=de_DE.UTF-8", i18n.German, []string{"LANG=de_DE.UTF-8"}, nil},
	{"--lang de over LANG=C", i18n.German, nil, []string{"--lang", "de"}},
	{"--lang en over LC_ALL=de_AT.UTF-8", i18n.English, []string{"LC_ALL=de_AT.UTF-8"}, []string{"--lang", "en"}},
}

// A failed check in German: the step lines are mailer's titles in German
// (the ones mailer gives for i18n.German), why it failed and what to do
// follow as "Fehler:" and "Hinweis:" lines on stderr, and the exit status
// is 1 as in English.
func TestCheckFailureSpeaksTheLanguage(t *testing.T) {
	srv := smtptest.NewServer(t, smtptest.WithUser(serverUser, serverPassword), smtptest.AuthOnlyOverTLS())
	body := configFor(srv, true, "plain", "not-the-password")
	for _, l := range languages {
		t.Run(l.name, func(t *testing.T) {
			e := newEnv(t).with(l.vars...)
			e.writeConfig(body)
			o := e.run("", append(l.args, "--config", e.config, "check")...)
			expectCode(t, o, exitFailed)

			// What mailer says for these settings in this language.
			f, err := config.Load(e.config)
			if err != nil {
				t.Fatal(err)
			}
			res := mailer.Check(context.Background(), f.Config.Effective(), "", mailer.Options{Lang: l.lang})
			if res.OK {
				t.Fatalf("the in-process check passed: %+v", res)
			}
			for _, s := range res.Steps {
				if !strings.Contains(o.stdout, " "+s.Title+"  ") {
					t.Errorf("stdout lacks the step %q in %s:\n%s", s.Title, l.lang, o)
				}
			}
			message, hint := mailer.ExplainIn(res.Err, l.lang)
			if res.Hint != "" {
				hint = res.Hint
			}
			errorWord, hintWord, otherError, otherHint := "error: ", "hint: ", "Fehler: ", "Hinweis: "
			if l.lang == i18n.German {
				errorWord, hintWord, otherError, otherHint = otherError, otherHint, errorWord, hintWord
			}
			lines := strings.Split(o.stderr, "\n")
			if !containsLine(lines, errorWord+message) || !containsLine(lines, hintWord+hint) {
				t.Errorf("stderr should say %q and %q:\n%s", errorWord+message, hintWord+hint, o)
			}
			for _, line := range lines {
				if strings.HasPrefix(line, otherError) || strings.HasPrefix(line, otherHint) {
					t.Errorf("a line in the other language: %q\n%s", line, o)
				}
			}
			if !strings.Contains(o.stdout, "✗ ") || strings.Contains(o.stdout, errorWord) {
				t.Errorf("stdout should hold the steps, the failed one marked, and no error line:\n%s", o)
			}
		})
	}
}

func containsLine(lines []string, want string) bool {
	for _, l := range lines {
		if l == want {
			return true
		}
	}
	return false
}

// langRun is one command of a session with what it prints in each
// language: {F} is the config file's path, a line ending in "…" is a
// prefix (what follows is config's message, translated by its owner).
type langRun struct {
	args           []string
	code           int
	stdout, stderr map[i18n.Lang]string
}

// validate, set and unset, in the order an admin setting up a file meets
// them, print the same lines in English as before and German ones with a
// German locale or --lang de; the exit codes do not change.
func TestValidateSetUnsetSpeakTheLanguage(t *testing.T) {
	en, de := i18n.English, i18n.German
	session := []langRun{
		{args: []string{"validate"}, code: exitConfig, stderr: map[i18n.Lang]string{
			en: "smtpconf: {F} does not exist: create it with `smtpconf set KEY=VALUE...` or `smtpconf configure`\n",
			de: "smtpconf: {F} existiert nicht: Legen Sie sie mit `smtpconf set KEY=VALUE...` oder `smtpconf configure` an\n",
		}},
		{args: []string{"set", "sender=noreply@example.com", "host=mail.example.com", "port=587", "auth=none"}, code: exitOK,
			stdout: map[i18n.Lang]string{
				en: "{F}: saved use_default, sender, host, auth, port\n",
				de: "{F}: gespeichert: use_default, sender, host, auth, port\n",
			},
			stderr: map[i18n.Lang]string{
				en: "note: {F} is new and the settings name a mail server of its own (host, port, auth), so use_default = false: " +
					"mail goes through that server (give use_default=true to send through [default_server] instead)\n",
				de: "Hinweis: {F} ist neu und die Einstellungen nennen einen eigenen SMTP-Server (host, port, auth), daher use_default = false: " +
					"E-Mails gehen über diesen Server (geben Sie use_default=true an, um stattdessen über [default_server] zu senden)\n",
			}},
		{args: []string{"set", "port=587"}, code: exitOK, stdout: map[i18n.Lang]string{
			en: "{F}: unchanged\n",
			de: "{F}: unverändert\n",
		}},
		{args: []string{"set", "--dry-run", "port=2525"}, code: exitOK, stdout: map[i18n.Lang]string{
			en: "{F}: would be saved: port (dry run: nothing written)\n",
			de: "{F}: würde gespeichert: port (Probelauf: nichts geschrieben)\n",
		}},
		{args: []string{"set", "tls_skip_verify=true"}, code: exitOK,
			stdout: map[i18n.Lang]string{
				en: "{F}: saved tls_skip_verify\n",
				de: "{F}: gespeichert: tls_skip_verify\n",
			},
			stderr: map[i18n.Lang]string{
				en: "{F}:3: warning: smtp.tls_skip_verify: …\n",
				de: "{F}:3: Warnung: smtp.tls_skip_verify: …\n",
			}},
		{args: []string{"validate"}, code: exitOK, stdout: map[i18n.Lang]string{
			en: "{F}:11: warning: smtp.tls_skip_verify: …\n{F}: ok, 1 warning\n",
			de: "{F}:11: Warnung: smtp.tls_skip_verify: …\n{F}: in Ordnung, 1 Warnung\n",
		}},
		{args: []string{"unset", "tls_skip_verify", "helo_name"}, code: exitOK,
			stdout: map[i18n.Lang]string{
				en: "{F}: removed tls_skip_verify\n",
				de: "{F}: entfernt: tls_skip_verify\n",
			},
			stderr: map[i18n.Lang]string{
				en: "note: {F} does not set helo_name: nothing to remove\n",
				de: "Hinweis: {F} setzt helo_name nicht: nichts zu entfernen\n",
			}},
		{args: []string{"unset", "host"}, code: exitConfig, stderr: map[i18n.Lang]string{
			en: "{F}:8: smtp.host: …\n{F}: not saved: removing host would add the errors above\n",
			de: "{F}:8: smtp.host: …\n{F}: nicht gespeichert: Das Entfernen von host würde die obigen Fehler verursachen\n",
		}},
		{args: []string{"set", "port"}, code: exitUsage, stderr: map[i18n.Lang]string{
			en: "smtpconf: \"port\" is not KEY=VALUE (write key= to empty a setting)\nRun 'smtpconf set --help' for usage.\n",
			de: "smtpconf: „port“ hat nicht die Form KEY=VALUE (schreiben Sie KEY=, um eine Einstellung zu leeren)\n" +
				"Mehr zum Aufruf mit `smtpconf set --help`.\n",
		}},
		{args: []string{"check", "--timeout", "1ms"}, code: exitUsage, stderr: map[i18n.Lang]string{
			en: "smtpconf: --timeout 1ms is out of range: give a value from 1s to 5m0s\nRun 'smtpconf check --help' for usage.\n",
			de: "smtpconf: --timeout 1ms liegt außerhalb des erlaubten Bereichs: Geben Sie einen Wert von 1s bis 5m0s an\n" +
				"Mehr zum Aufruf mit `smtpconf check --help`.\n",
		}},
	}
	for _, l := range languages {
		t.Run(l.name, func(t *testing.T) {
			e := newEnv(t).with(l.vars...)
			for _, r := range session {
				o := e.run("", append(append(l.args, "--config", e.config), r.args...)...)
				if o.code != r.code {
					t.Fatalf("%v: want exit %d, got %s", r.args, r.code, o)
				}
				expectText(t, r.args, "stdout", o.stdout, strings.ReplaceAll(r.stdout[l.lang], "{F}", e.config))
				expectText(t, r.args, "stderr", o.stderr, strings.ReplaceAll(r.stderr[l.lang], "{F}", e.config))
			}
		})
	}
}

// expectText compares output line by line; a wanted line ending in "…"
// only has to start the line.
func expectText(t *testing.T, args []string, stream, got, want string) {
	t.Helper()
	gotLines, wantLines := strings.Split(got, "\n"), strings.Split(want, "\n")
	ok := len(gotLines) == len(wantLines)
	for i := 0; ok && i < len(wantLines); i++ {
		if prefix, cut := strings.CutSuffix(wantLines[i], "…"); cut {
			ok = strings.HasPrefix(gotLines[i], prefix) && len(gotLines[i]) > len(prefix)
		} else {
			ok = gotLines[i] == wantLines[i]
		}
	}
	if !ok {
		t.Errorf("%v: %s\ngot:\n%s\nwant:\n%s", args, stream, got, want)
	}
}

// JSON keeps its field names and kind values in German; its message and
// hint follow the language.
func TestJSONKeepsItsNamesInGerman(t *testing.T) {
	e := newEnv(t).with("LANG=de_DE.UTF-8")
	o := e.smtpconf("check", "--json", "--timeout", "1ms")
	expectCode(t, o, exitUsage)
	var v struct {
		OK    *bool  `json:"ok"`
		Error string `json:"error"`
		Hint  string `json:"hint"`
		Kind  string `json:"kind"`
	}
	decodeOne(t, o, &v)
	if v.OK == nil || *v.OK || v.Kind != "usage" ||
		v.Error != "--timeout 1ms liegt außerhalb des erlaubten Bereichs" || v.Hint != "Geben Sie einen Wert von 1s bis 5m0s an" {
		t.Errorf("want ok false, kind usage and the German error and hint:\n%s", o)
	}
}

// login's countdown is rewritten in place with "\r": a line that wraps on
// an 80-column terminal would leave a copy behind every second, so the
// German words must fit as the English do.
func TestCountdownFitsEightyColumnsInEveryLanguage(t *testing.T) {
	for _, l := range i18n.Langs() {
		line := l.T("cli_login_waiting", i18n.D{"Left": (14*time.Minute + 59*time.Second).String()})
		if w := ansi.StringWidth(line); w > 79 {
			t.Errorf("%s: %d columns: %q", l, w, line)
		}
	}
}

// probe, show and sendmail in German: their own words change, what the
// server said, the keys and the proposed command do not.
func TestProbeShowAndSendmailSpeakGerman(t *testing.T) {
	srv := smtptest.NewServer(t, smtptest.WithUser("app", "secret"), smtptest.AuthOnlyOverTLS(), smtptest.WithMaxSize(1<<20))
	port := strconv.Itoa(srv.Port)
	e := newEnv(t).with("LANG=de_DE.UTF-8")

	o := e.run("", "probe", "127.0.0.1", "--port", port, "--timeout", "5s")
	expectCode(t, o, exitOK)
	for _, want := range []string{
		"Prüfe 127.0.0.1 auf den Ports 465, 587, 25, " + port + " …\n",
		"STARTTLS angeboten",
		"AUTH nach TLS: CRAM-MD5 PLAIN LOGIN; vor TLS: keine angeboten",
		"ausgestellt von smtptest CA",
		"hier NICHT vertrauenswürdig",
		"SIZE: 1048576 Byte (1,0 MiB)",
		"Vorschlag: ",
		"smtpconf set use_default=false host=127.0.0.1 port=" + port + " protocol=smtp starttls=true auth=auto\n",
		"und die Anmeldung: username=BENUTZERNAME password=- (das Kennwort wird von der Standardeingabe gelesen)",
	} {
		if !strings.Contains(o.stdout, want) {
			t.Errorf("probe lacks %q:\n%s", want, o)
		}
	}

	e.writeConfig(configFor(srv, true, "plain", "secret"))
	o = e.smtpconf("show")
	expectCode(t, o, exitOK)
	for _, want := range []string{"Datei ", "\nServer ", " eigener ", "[smtp]", "\nhost ", " Standard\n"} {
		if !strings.Contains(o.stdout, want) {
			t.Errorf("show lacks %q:\n%s", want, o)
		}
	}

	o = e.run("Subject: x\n\nhi\n", "sendmail", "-C", e.config)
	if o.code != exUsage || o.stderr != "smtpconf sendmail: keine Empfänger\n"+
		"Hinweis: Geben Sie die Adressen als Argumente an oder -t, um sie aus To, Cc und Bcc zu lesen\n" {
		t.Errorf("sendmail without recipients, want exit %d and the German lines:\n%s", exUsage, o)
	}
}

// login in German refuses settings that need no sign-in with the reason
// and the fix, exit 3 as in English.
func TestLoginWithoutDeviceCodeSpeaksGerman(t *testing.T) {
	e := newEnv(t).with("LANG=de_DE.UTF-8")
	e.writeConfig(oauth2Config)
	o := e.smtpconf("login")
	want := "smtpconf: keine Anmeldung nötig: Diese Einstellungen verwenden nicht oauth2_flow = \"device_code\": " +
		"`smtpconf login` dient der delegierten Anmeldung; client_credentials, refresh_token und service_account brauchen keine " +
		"(`smtpconf check` probiert sie aus)\n"
	if o.code != exitConfig || o.stderr != want {
		t.Errorf("want exit 3 and\n%s\ngot %s", want, o)
	}
}
