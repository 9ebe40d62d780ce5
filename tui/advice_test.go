package tui

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
)

// adviceConfigs are settings whose problems name other settings in their
// advice: a password over plain SMTP, SMTPS with STARTTLS, a CA file with
// checks off, a login set while auth is none, a host with its port, a
// Microsoft 365 password login, OAuth 2.0 settings missing their parts.
var adviceConfigs = map[string]string{
	"Port465Plain":    "[smtp]\nhost = \"mail.example.com\"\nport = 465\nprotocol = \"smtp\"\nsender = \"a@example.com\"\nauth = \"login\"\nusername = \"u\"\n",
	"SMTPSWithTLS":    "[smtp]\nhost = \"mail.example.com\"\nport = 25\nprotocol = \"smtps\"\nstarttls = true\nsender = \"a@example.com\"\nauth = \"login\"\n",
	"InClear":         "[smtp]\nhost = \"mail.example.com\"\nport = 25\nsender = \"a@example.com\"\nauth = \"plain\"\nusername = \"u\"\npassword = \"p\"\ntls_skip_verify = true\ntls_ca_file = \"/nonexistent/ca.pem\"\n",
	"AuthNone":        "[smtp]\nhost = \"mail.example.com\"\nsender = \"a@example.com\"\nauth = \"none\"\nusername = \"u\"\n",
	"M365Password":    "[smtp]\nhost = \"smtp.office365.com\"\nport = 587\nstarttls = true\nsender = \"a@example.com\"\nauth = \"login\"\nusername = \"u\"\npassword = \"p\"\n",
	"OAuthIncomplete": "[smtp]\nhost = \"smtp.office365.com\"\nport = 587\nstarttls = true\nsender = \"a@example.com\"\nauth = \"xoauth2\"\noauth2_provider = \"microsoft\"\noauth2_flow = \"client_credentials\"\npassword = \"p\"\n",
	"OAuthUnused":     "[smtp]\nhost = \"mail.example.com\"\nport = 587\nstarttls = true\nsender = \"a@example.com\"\nauth = \"login\"\nusername = \"u\"\npassword = \"p\"\noauth2_provider = \"google\"\n",
	"OAuthInClear":    "[smtp]\nhost = \"mail.example.com\"\nport = 25\nsender = \"a@example.com\"\nauth = \"xoauth2\"\nusername = \"u\"\noauth2_provider = \"google\"\noauth2_flow = \"refresh_token\"\noauth2_client_id = \"id\"\noauth2_client_secret = \"s\"\n",
}

// fileFragment is a setting as the file writes it: `starttls = true`,
// `auth = "none"`, a dotted key.
var fileFragment = regexp.MustCompile(`\b[a-z_0-9]+ = ("[^"]*"|true|false|[0-9]+)|\bsmtp\.[a-z_]+`)

// TestAdviceNamesFieldsInBothLanguages: what the form says about config's
// problems names the form's fields and choices, never the file's keys and
// TOML values, in English and in German alike — decided by the problem's
// ID, not by config's English wording.
func TestAdviceNamesFieldsInBothLanguages(t *testing.T) {
	formWords := []string{}
	for _, k := range formKeys {
		if name := strings.TrimPrefix(k, "smtp."); strings.Contains(name, "_") || k == "smtp.starttls" {
			formWords = append(formWords, name)
		}
	}
	for _, lang := range i18n.Langs() {
		seen := map[string]bool{}
		for name, body := range adviceConfigs {
			t.Run(string(lang)+"/"+name, func(t *testing.T) {
				m := newSized(t, Options{Path: writeConfig(t, body), Lang: lang})
				if name == "AuthNone" { // and a host typed with its port
					focusField(t, m, "smtp.host")
					typeText(m, ":25")
				}
				problems := slices.Clone(m.d.problems)
				for _, p := range m.d.setErrs {
					problems = append(problems, p)
				}
				if len(problems) == 0 {
					t.Fatal("no problems: the case tests nothing")
				}
				for _, p := range problems {
					msg := m.d.problemMessage(p)
					seen[p.ID] = true
					if !strings.HasPrefix(msg, m.d.label(p.Key)) && !strings.HasPrefix(msg, "„"+m.d.label(p.Key)) && p.Key != "" {
						t.Errorf("%s: %q does not start with its field's label %q", p.ID, msg, m.d.label(p.Key))
					}
					if f := fileFragment.FindString(msg); f != "" {
						t.Errorf("%s: %q names the file's %q", p.ID, msg, f)
					}
					for _, w := range formWords {
						if replaceWord(msg, w, "") != msg {
							t.Errorf("%s: %q names the file's key %q where the form has a field", p.ID, msg, w)
						}
					}
					if lang == i18n.German && msg == problemMessageIn(m, p, i18n.English) {
						t.Errorf("%s: the German form says it in English: %q", p.ID, msg)
					}
				}
			})
		}
		for _, id := range ownAdviceIDs(t) {
			if !seen["config_"+id] {
				t.Errorf("%s: no case shows the form's own advice for config_%s", lang, id)
			}
		}
	}
}

// problemMessageIn is p as m's form says it in language l.
func problemMessageIn(m *model, p config.Problem, l i18n.Lang) string {
	d := *m.d
	d.lang, d.relabeled = l, nil
	return d.problemMessage(p)
}

// ownAdviceIDs are the form's own messages for config's problems, from
// the English catalog (the table ownAdvice reads).
func ownAdviceIDs(t *testing.T) []string {
	t.Helper()
	b, err := os.ReadFile("../internal/i18n/locales/tuiform.en.toml")
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, m := range regexp.MustCompile(`(?m)^\[tuiform_advice_([a-z0-9_]+)\]`).FindAllStringSubmatch(string(b), -1) {
		ids = append(ids, m[1])
	}
	if len(ids) == 0 {
		t.Fatal("no tuiform_advice_ messages in the catalog")
	}
	return ids
}

// TestOwnAdviceCoversConfig: every message of the form's own advice stands
// for a problem config has (a renamed ID fails here, not silently on
// screen), and fills in only what it gets.
func TestOwnAdviceCoversConfig(t *testing.T) {
	d := newDraft()
	data := d.adviceData(config.Problem{Key: "smtp.host", Data: i18n.D{"Host": "h", "Port": 25, "Value": "v", "Auth": "a", "Flow": "f"}})
	for _, id := range ownAdviceIDs(t) {
		if cid := "config_" + id; i18n.English.T(cid, nil) == cid {
			t.Errorf("tuiform_advice_%s: config has no problem %s", id, cid)
		}
		for _, l := range i18n.Langs() {
			if s := l.T(adviceID("config_"+id), data); strings.Contains(s, "<no value>") {
				t.Errorf("tuiform_advice_%s (%s) names data the form does not give: %q", id, l, s)
			}
		}
	}
}

// TestGermanAdviceQuotesFieldsAndValues: in German, the form's messages
// name a field in „…“ and a chosen value after its field in „…“, whether
// the text is the form's own, config's or the mailer's rewritten; English
// reads as before.
func TestGermanAdviceQuotesFieldsAndValues(t *testing.T) {
	cases := []struct {
		name string
		lang i18n.Lang
		msg  string
		want string
	}{
		{"mailer hint in German", i18n.German, `Setzen Sie auth = "plain" (über TLS) oder auth = "auto"`, "Setzen Sie Authentifizierung „PLAIN“ (über TLS) oder Authentifizierung „automatisch“"},
		{"mailer hint in English", i18n.English, `set auth = "plain" (over TLS) or auth = "auto"`, "set Authentication PLAIN (over TLS) or Authentication automatic"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := newDraft()
			d.lang = c.lang
			d.speak()
			if got := d.relabel(c.msg); got != c.want {
				t.Errorf("relabel(%q)\n got %q\nwant %q", c.msg, got, c.want)
			}
		})
	}
	d := newDraft()
	d.lang = i18n.German
	d.speak()
	got := d.problemMessage(config.Problem{Key: "smtp.host", ID: "config_host_missing"})
	if !strings.HasPrefix(got, "„SMTP-Server“ ist nicht gesetzt") {
		t.Errorf("a missing host reads %q, want it to start „SMTP-Server“ ist nicht gesetzt", got)
	}
}
