package main

import (
	"os"
	"strings"
	"testing"

	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/mailer/smtptest"
)

// wordingRun is one command and what its output must and must not say.
type wordingRun struct {
	name      string
	stdin     string
	args      []string
	says, not map[i18n.Lang][]string // in stdout and stderr together
}

// TestWordingInBothLanguages: what a German review of the running program
// found, held down. Values the code quotes read „…“ in German, once (the
// catalog quotes, not %q); show, set --diff, export's comments, a new
// file's comment and man-pages' complaint speak the run's language, and
// English reads as before.
func TestWordingInBothLanguages(t *testing.T) {
	en, de := i18n.English, i18n.German
	runs := []wordingRun{
		{name: "new file", args: []string{"set", "sender=noreply@example.com", "host=mail.example.com", "port=587", "auth=plain", "username=app", "password=secret"}},
		{name: "unknown format", args: []string{"export", "--format", "xml"},
			says: map[i18n.Lang][]string{en: {`--format "xml" is not known`}, de: {"--format „xml“ ist unbekannt: Geben Sie"}},
			not:  map[i18n.Lang][]string{de: {`"xml"`}}},
		{name: "not an assignment", args: []string{"set", "foo"},
			says: map[i18n.Lang][]string{en: {`"foo" is not KEY=VALUE`}, de: {"„foo“ hat nicht die Form KEY=VALUE"}},
			not:  map[i18n.Lang][]string{de: {"SCHLÜSSEL"}}},
		{name: "local user", stdin: "Subject: x\n\nhi\n", args: []string{"sendmail", "root"},
			says: map[i18n.Lang][]string{en: {`"root" is a local user name`}, de: {"„root“ ist ein lokaler Benutzername"}}},
		{name: "address with a space", stdin: "Subject: x\n\nhi\n", args: []string{"sendmail", "-i", "bad addr"},
			says: map[i18n.Lang][]string{en: {`"bad addr" is not a valid address`}, de: {"„bad addr“ ist keine gültige Adresse"}},
			not:  map[i18n.Lang][]string{en: {"local user name"}, de: {"lokaler Benutzername"}}},
		{name: "sender named once", args: []string{"probe", "--from", "notanaddress"},
			says: map[i18n.Lang][]string{en: {`--from: "notanaddress" is not`}, de: {"--from: „notanaddress“ ist keine E-Mail-Adresse"}},
			not:  map[i18n.Lang][]string{en: {"notanaddress\": "}, de: {"notanaddress\": ", "„notanaddress“: "}}},
		{name: "show", args: []string{"show"},
			says: map[i18n.Lang][]string{en: {"file:", "default"}, de: {"Zeile ", "Standard"}},
			not:  map[i18n.Lang][]string{de: {"file:"}}},
		{name: "diff", args: []string{"set", "--diff", "password=other"},
			says: map[i18n.Lang][]string{en: {`+password = "******** (changed)"`}, de: {`+password = "******** (geändert)"`}},
			not:  map[i18n.Lang][]string{de: {"(changed)"}}},
		{name: "msmtprc", args: []string{"export", "--format", "msmtprc"},
			says: map[i18n.Lang][]string{en: {"# msmtp account made by", "# password: not exported"}, de: {"# msmtp-Konto, erstellt mit", "# Kennwort: nicht exportiert"}}},
		{name: "postfix", args: []string{"export", "--format", "postfix"},
			says: map[i18n.Lang][]string{
				en: {"# Postfix relay settings made by", "# apply: ", "must hold the line: [mail.example.com]:587 app:PASSWORD"},
				de: {"# Postfix-Relay-Einstellungen, erstellt mit", "# Anwenden: ", "muss die Zeile [mail.example.com]:587 app:KENNWORT enthalten", "--include-secrets --sasl-passwd DATEI"}}},
		{name: "man-pages undated", args: []string{"man-pages", "DIR"},
			says: map[i18n.Lang][]string{en: {"SOURCE_DATE_EPOCH is not set"}, de: {"SOURCE_DATE_EPOCH ist nicht gesetzt: Setzen Sie"}}},
	}
	header := map[i18n.Lang]string{
		en: "# Outgoing mail settings, written by smtpconf",
		de: "# Einstellungen für ausgehende E-Mails, geschrieben von smtpconf",
	}
	for _, lang := range []i18n.Lang{en, de} {
		t.Run(string(lang), func(t *testing.T) {
			e := newEnv(t).without("SOURCE_DATE_EPOCH")
			if lang == de {
				e = e.with("LANG=de_DE.UTF-8")
			}
			for _, r := range runs {
				args := append([]string{"--config", e.config}, r.args...)
				for i, a := range args {
					if a == "DIR" {
						args[i] = t.TempDir()
					}
				}
				o := e.run(r.stdin, args...)
				out := o.stdout + o.stderr
				for _, want := range r.says[lang] {
					if !strings.Contains(out, want) {
						t.Errorf("%s: does not say %q:\n%s", r.name, want, o)
					}
				}
				for _, bad := range r.not[lang] {
					if strings.Contains(out, bad) {
						t.Errorf("%s: says %q:\n%s", r.name, bad, o)
					}
				}
				if r.name == "new file" {
					data, err := os.ReadFile(e.config)
					if err != nil {
						t.Fatalf("%s: %v\n%s", r.name, err, o)
					}
					if !strings.HasPrefix(string(data), header[lang]) {
						t.Errorf("a file written in %s opens with:\n%s", lang, data)
					}
				}
			}
		})
	}
}

// TestDemoNamesTheSubjectInTheLanguage: the demo's last word quotes the
// received subject as the language quotes, escaped either way.
func TestDemoNamesTheSubjectInTheLanguage(t *testing.T) {
	msgs := []smtptest.Message{{From: "noreply@example.com", To: []string{"admin@example.com"},
		Data: []byte("Subject: smtpconf-Test-E-Mail von vm\x1b[31m\r\n\r\nhi\r\n")}}
	for _, tc := range []struct {
		lang i18n.Lang
		want string
	}{
		{i18n.English, `"smtpconf-Test-E-Mail von vm\x1b[31m"`},
		{i18n.German, `„smtpconf-Test-E-Mail von vm\x1b[31m“`},
	} {
		var b strings.Builder
		printReceived(&b, msgs, tc.lang)
		if !strings.Contains(b.String(), tc.want) {
			t.Errorf("%s: the subject is not %s:\n%s", tc.lang, tc.want, b.String())
		}
	}
}
