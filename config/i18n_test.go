package config

import (
	"errors"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/pelletier/go-toml/v2"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// germanCheck collects what the German tests rendered: every catalog ID
// seen (nested ones too), so that TestEveryConfigMessageIsRenderedInGerman
// can name the messages no corpus reached.
type germanCheck struct {
	seen map[string]bool
}

// see records a message and the messages nested in its data.
func (g *germanCheck) see(id string, data i18n.D) {
	if id == "" {
		return
	}
	g.seen[id] = true
	for _, v := range data {
		var m *i18n.Error
		if err, ok := v.(error); ok && errors.As(err, &m) {
			g.see(m.ID, m.Data)
		}
	}
}

// seeError records the catalog messages an error of config's is made of.
func (g *germanCheck) seeError(err error) {
	var m *i18n.Error
	if errors.As(err, &m) {
		g.see(m.ID, m.Data)
	}
	var pe *ParseError
	if errors.As(err, &pe) {
		g.see(pe.ID, pe.Data)
	}
	var nr *NotRegularError
	if errors.As(err, &nr) {
		g.see("config_not_regular", nil)
		g.seeError(nr.what)
	}
	var se *SymlinkError
	if errors.As(err, &se) {
		g.see("config_symlink", nil)
		g.seeError(se.reason)
	}
	var pse *ProblemsError
	if errors.As(err, &pse) && len(pse.Problems) > 1 {
		g.see("config_problems_many", nil)
	}
	var ce *ChangedOnDiskError
	if errors.As(err, &ce) {
		g.see("config_save_changed_on_disk", nil)
		g.seeError(ce.reason)
	}
}

// compare fails when the German text falls back to English or to a bare
// message ID, or lost a value the English shows. data is the message's
// data, whose text values must reach the German as they reach the English.
func (g *germanCheck) compare(t *testing.T, what, en, de string, data i18n.D) {
	t.Helper()
	for lang, s := range map[string]string{"English": en, "German": de} {
		switch {
		case strings.TrimSpace(s) == "":
			t.Errorf("%s: the %s text is empty", what, lang)
		case strings.Contains(s, "config_"):
			t.Errorf("%s: the %s text shows a bare message ID: %q", what, lang, s)
		case strings.Contains(s, "<no value>") || strings.Contains(s, "{{"):
			t.Errorf("%s: the %s text lacks a placeholder's value: %q", what, lang, s)
		case !utf8.ValidString(s):
			t.Errorf("%s: the %s text is not UTF-8: %q", what, lang, s)
		}
	}
	if en == de {
		t.Errorf("%s: German is the English text: %q", what, de)
	}
	for name, v := range data {
		s, ok := v.(string)
		if ok && s != "" && strings.Contains(en, s) && !strings.Contains(de, s) {
			t.Errorf("%s: German lost {{.%s}} = %q:\n en: %s\n de: %s", what, name, s, en, de)
		}
		// A value quoted in English prose is in „…“ in German.
		if name == "Value" && ok && strings.Contains(en, `"`+s+`"`) && !strings.Contains(de, "„"+s+"“") {
			t.Errorf("%s: German does not quote the value as „%s“: %s", what, s, de)
		}
	}
}

// problems checks every problem in both languages.
func (g *germanCheck) problems(t *testing.T, what string, ps Problems) {
	t.Helper()
	for _, p := range ps {
		name := what + ": " + p.Key + ": " + p.Message
		if p.ID == "" {
			t.Errorf("%s: the problem has no catalog message", name)
			continue
		}
		g.see(p.ID, p.Data)
		if en := p.Text(i18n.English); en != p.Message {
			t.Errorf("%s: Text(English) = %q, not the Message", name, en)
		}
		g.compare(t, name, p.Message, p.Text(i18n.German), p.Data)
	}
}

// err checks one error in both languages: Error() is English, i18n.Text
// renders German.
func (g *germanCheck) err(t *testing.T, what string, err error) {
	t.Helper()
	if err == nil {
		t.Errorf("%s: no error", what)
		return
	}
	g.seeError(err)
	if en := i18n.Text(err, i18n.English); en != err.Error() {
		t.Errorf("%s: Text(English) = %q, Error() = %q", what, en, err.Error())
	}
	var data i18n.D
	var m *i18n.Error
	if errors.As(err, &m) {
		data = m.Data
	}
	g.compare(t, what, err.Error(), i18n.Text(err, i18n.German), data)
}

// TestConfigReadsInGerman renders every problem and error of a corpus of
// bad settings, files, values and file system states in German and
// English, then fails for any catalog message none of them reached: its
// German was never shown to fill in.
func TestConfigReadsInGerman(t *testing.T) {
	g := &germanCheck{seen: map[string]bool{}}
	t.Run("validation", func(t *testing.T) { validationInGerman(t, g) })
	t.Run("files", func(t *testing.T) { fileProblemsInGerman(t, g) })
	t.Run("set_and_unset", func(t *testing.T) { setAndUnsetInGerman(t, g) })
	t.Run("file_errors", func(t *testing.T) { fileErrorsInGerman(t, g) })
	t.Run("path_reasons", func(t *testing.T) { pathReasonsInGerman(t, g) })
	for _, k := range Keys() { // their texts: TestEveryKeyIsInTheCatalog
		_, name, _ := strings.Cut(k.Name, ".")
		g.see(labelID(name), nil)
		g.see(helpID(name), nil)
	}
	g.see("config_default_server_help", nil)
	g.see("config_new_file_header", nil) // TestNewFileHeaderFollowsTheLanguage
	for id := range configCatalog(t, i18n.English) {
		if !g.seen[id] && unrendered[id] == "" {
			t.Errorf("%s: no test renders it in German; add it to a corpus, or to unrendered with the reason", id)
		}
		if g.seen[id] && unrendered[id] != "" {
			t.Errorf("%s is rendered now: take it out of unrendered", id)
		}
	}
}

func validationInGerman(t *testing.T, g *germanCheck) {
	ca := writeCA(t)
	notPEM := writeTemp(t, "not.pem", "just text\n")
	badCert := writeTemp(t, "bad.pem", "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")
	keyFile := writeTemp(t, "sa.json", serviceAccountJSON)
	notJSON := writeTemp(t, "sa.txt", "not json")
	notAKey := writeTemp(t, "other.json", `{"type": "authorized_user"}`)
	missing := filepath.Join(t.TempDir(), "missing")
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	relativeCA, err := filepath.Rel(wd, ca)
	if err != nil {
		t.Fatal(err)
	}
	oauth := func(c *Config, o OAuth2) {
		c.SMTP.Auth, c.SMTP.Password, c.SMTP.OAuth2 = AuthXOAuth2, "", o
	}
	corpus := map[string]func(c *Config){
		"port_range":          func(c *Config) { c.SMTP.Port = 70000 },
		"smtp_on_465":         func(c *Config) { c.SMTP.Port = 465 },
		"smtps_on_587":        func(c *Config) { c.SMTP.Protocol = ProtocolSMTPS },
		"bad_protocol":        func(c *Config) { c.SMTP.Protocol = "tls" },
		"no_sender":           func(c *Config) { c.SMTP.Sender = "" },
		"sender_with_name":    func(c *Config) { c.SMTP.Sender = `"Bank" <x@bank.example>` },
		"sender_in_brackets":  func(c *Config) { c.SMTP.Sender = "<x@firma.de>" },
		"sender_no_at":        func(c *Config) { c.SMTP.Sender = "noreply" },
		"sender_spaces":       func(c *Config) { c.SMTP.Sender = " noreply@firma.de" },
		"sender_newline":      func(c *Config) { c.SMTP.SenderName = "Firma\nBcc: x@y.de" },
		"escape_sequence":     func(c *Config) { c.SMTP.SenderName = "Firma \x1b]52;c;aGk=\x07" },
		"invalid_utf8":        func(c *Config) { c.SMTP.SenderName = "Fir\xffma" },
		"sender_domain":       func(c *Config) { c.SMTP.Sender = "noreply@other.example" },
		"timeout":             func(c *Config) { c.SMTP.Timeout = Duration{time.Hour} },
		"no_host":             func(c *Config) { c.SMTP.Host = "" },
		"host_spaces":         func(c *Config) { c.SMTP.Host = "mail firma.de" },
		"host_url":            func(c *Config) { c.SMTP.Host = "smtp://mail.firma.de" },
		"host_port":           func(c *Config) { c.SMTP.Host = "mail.firma.de:587" },
		"host_ipv4_brackets":  func(c *Config) { c.SMTP.Host = "[192.0.2.1]" },
		"host_bad_brackets":   func(c *Config) { c.SMTP.Host = "[2001:db8::1" },
		"host_bad_ipv6":       func(c *Config) { c.SMTP.Host = "2001:db8:::1:2" },
		"host_bad_idna":       func(c *Config) { c.SMTP.Host = "mail.mün\u200dchen.de" },
		"host_idna":           func(c *Config) { c.SMTP.Host = "mail.münchen.de" },
		"host_bad_ipv4":       func(c *Config) { c.SMTP.Host = "192.0.2.300" },
		"host_too_long":       func(c *Config) { c.SMTP.Host = strings.Repeat("a.", 130) + "de" },
		"host_empty_label":    func(c *Config) { c.SMTP.Host = "mail..firma.de" },
		"host_long_label":     func(c *Config) { c.SMTP.Host = strings.Repeat("a", 64) + ".de" },
		"host_hyphen":         func(c *Config) { c.SMTP.Host = "-mail.firma.de" },
		"host_slash":          func(c *Config) { c.SMTP.Host = "mail.firma.de/" },
		"auth_typo":           func(c *Config) { c.SMTP.Auth = "plian" },
		"auth_unknown":        func(c *Config) { c.SMTP.Auth = "kerberos" },
		"no_username":         func(c *Config) { c.SMTP.Username = "" },
		"no_password":         func(c *Config) { c.SMTP.Auth, c.SMTP.Password = AuthPlain, "" },
		"two_passwords":       func(c *Config) { c.SMTP.PasswordEnv = "SMTP_PASSWORD" },
		"bad_password_env":    func(c *Config) { c.SMTP.Password, c.SMTP.PasswordEnv = "", "SMTP-PASSWORD" },
		"blank_command":       func(c *Config) { c.SMTP.Password, c.SMTP.PasswordCommand = "", "  " },
		"auth_none_with_user": func(c *Config) { c.SMTP.Auth = AuthNone },
		"password_in_clear":   func(c *Config) { c.SMTP.StartTLS = false },
		"insecure_allowed":    func(c *Config) { c.SMTP.StartTLS, c.SMTP.AllowInsecureAuth = false, true },
		"m365_password":       func(c *Config) { c.SMTP.Host = "smtp.office365.com" },
		"oauth_keys_unused":   func(c *Config) { c.SMTP.OAuth2.OAuth2Tenant = "x" },
		"ca_missing":          func(c *Config) { c.SMTP.TLSCAFile = missing },
		"ca_special":          func(c *Config) { c.SMTP.TLSCAFile = "/dev/null" },
		"ca_not_pem":          func(c *Config) { c.SMTP.TLSCAFile = notPEM },
		"ca_bad_cert":         func(c *Config) { c.SMTP.TLSCAFile = badCert },
		"ca_relative":         func(c *Config) { c.SMTP.TLSCAFile = relativeCA },
		"skip_verify_and_ca":  func(c *Config) { c.SMTP.TLSSkipVerify, c.SMTP.TLSCAFile = true, ca },
		"helo_unclosed":       func(c *Config) { c.SMTP.HELOName = "[192.0.2.10" },
		"helo_bad_ipv6":       func(c *Config) { c.SMTP.HELOName = "[IPv6:nonsense]" },
		"helo_ipv6_no_prefix": func(c *Config) { c.SMTP.HELOName = "[2001:db8::10]" },
		"helo_bad_literal":    func(c *Config) { c.SMTP.HELOName = "[app]" },
		"helo_bare_ipv4":      func(c *Config) { c.SMTP.HELOName = "192.0.2.10" },
		"helo_bare_ipv6":      func(c *Config) { c.SMTP.HELOName = "2001:db8::10" },
		"helo_bad_idna":       func(c *Config) { c.SMTP.HELOName = "app.mün\u200dchen.de" },
		"helo_short":          func(c *Config) { c.SMTP.HELOName = "app" },
		"helo_non_ascii":      func(c *Config) { c.SMTP.HELOName = "app.firma.de\u00a0" },
		"oauth_nothing":       func(c *Config) { oauth(c, OAuth2{}); c.SMTP.Username = "" },
		"oauth_bad_choices":   func(c *Config) { oauth(c, OAuth2{OAuth2Provider: "microsfot", OAuth2Flow: "magic"}) },
		"oauth_with_password": func(c *Config) { c.SMTP.Auth = AuthXOAuth2 },
		"oauth_in_clear":      func(c *Config) { c.SMTP.StartTLS = false; oauth(c, validMicrosoft().SMTP.OAuth2) },
		"oauth_insecure": func(c *Config) {
			c.SMTP.StartTLS, c.SMTP.AllowInsecureAuth = false, true
			oauth(c, validMicrosoft().SMTP.OAuth2)
		},
		"microsoft_incomplete": func(c *Config) {
			oauth(c, OAuth2{OAuth2Provider: ProviderMicrosoft, OAuth2Flow: FlowClientCredentials})
		},
		"microsoft_sa": func(c *Config) {
			oauth(c, OAuth2{OAuth2Provider: ProviderMicrosoft, OAuth2Tenant: "t", OAuth2Flow: FlowServiceAccount})
		},
		"google_cc": func(c *Config) {
			oauth(c, OAuth2{OAuth2Provider: ProviderGoogle, OAuth2Flow: FlowClientCredentials, OAuth2ClientID: "c"})
		},
		"google_device": func(c *Config) {
			oauth(c, OAuth2{OAuth2Provider: ProviderGoogle, OAuth2Flow: FlowDeviceCode, OAuth2ClientID: "c"})
		},
		"custom_no_urls": func(c *Config) {
			oauth(c, OAuth2{OAuth2Provider: ProviderCustom, OAuth2Flow: FlowDeviceCode, OAuth2ClientID: "c"})
		},
		"custom_sa": func(c *Config) { oauth(c, OAuth2{OAuth2Provider: ProviderCustom, OAuth2Flow: FlowServiceAccount}) },
		"custom_tenant": func(c *Config) {
			oauth(c, OAuth2{OAuth2Provider: ProviderGoogle, OAuth2Tenant: "t", OAuth2Flow: FlowRefreshToken})
		},
		"sa_with_client": func(c *Config) {
			oauth(c, OAuth2{OAuth2Provider: ProviderGoogle, OAuth2Flow: FlowServiceAccount, OAuth2ClientID: "c", OAuth2ServiceAccountFile: keyFile})
		},
		"sa_no_file": func(c *Config) { oauth(c, OAuth2{OAuth2Provider: ProviderGoogle, OAuth2Flow: FlowServiceAccount}) },
		"sa_missing_file": func(c *Config) {
			oauth(c, OAuth2{OAuth2Provider: ProviderGoogle, OAuth2Flow: FlowServiceAccount, OAuth2ServiceAccountFile: missing})
		},
		"sa_not_json": func(c *Config) {
			oauth(c, OAuth2{OAuth2Provider: ProviderGoogle, OAuth2Flow: FlowServiceAccount, OAuth2ServiceAccountFile: notJSON})
		},
		"sa_not_a_key": func(c *Config) {
			oauth(c, OAuth2{OAuth2Provider: ProviderGoogle, OAuth2Flow: FlowServiceAccount, OAuth2ServiceAccountFile: notAKey})
		},
		"refresh_none": func(c *Config) {
			oauth(c, OAuth2{OAuth2Provider: ProviderGoogle, OAuth2Flow: FlowRefreshToken, OAuth2ClientID: "c"})
		},
		"two_secret_and_tokens": func(c *Config) {
			o := validMicrosoft().SMTP.OAuth2
			o.OAuth2ClientSecretCommand = " "
			o.OAuth2ClientSecretEnv = "A-B"
			oauth(c, o)
		},
		"two_refresh_tokens": func(c *Config) {
			oauth(c, OAuth2{OAuth2Provider: ProviderGoogle, OAuth2Flow: FlowRefreshToken, OAuth2ClientID: "c",
				OAuth2RefreshTokenEnv: "RT", OAuth2RefreshTokenCommand: " "})
		},
		"unused_flow_keys": func(c *Config) {
			o := validMicrosoft().SMTP.OAuth2
			o.OAuth2RefreshTokenEnv, o.OAuth2ServiceAccountFile, o.OAuth2DeviceURL = "RT", keyFile, "https://x.example/d"
			oauth(c, o)
		},
		"endpoints": func(c *Config) {
			oauth(c, OAuth2{OAuth2Provider: ProviderCustom, OAuth2Flow: FlowDeviceCode, OAuth2ClientID: "c",
				OAuth2TokenURL: "http://auth.example.com/token", OAuth2DeviceURL: "ftp://auth.example.com/d"})
		},
		"endpoint_not_url": func(c *Config) {
			oauth(c, OAuth2{OAuth2Provider: ProviderCustom, OAuth2Flow: FlowRefreshToken, OAuth2ClientID: "c",
				OAuth2TokenURL: "auth", OAuth2RefreshTokenEnv: "RT"})
		},
		"endpoint_userinfo": func(c *Config) {
			oauth(c, OAuth2{OAuth2Provider: ProviderCustom, OAuth2Flow: FlowRefreshToken, OAuth2ClientID: "c",
				OAuth2TokenURL: "https://u:p@auth.example.com/token", OAuth2RefreshTokenEnv: "RT"})
		},
		"default_server": func(c *Config) { c.SMTP.UseDefault, c.DefaultServer.Host, c.DefaultServer.Port = true, "bad host", -1 },
	}
	for _, name := range slices.Sorted(maps.Keys(corpus)) {
		t.Run(name, func(t *testing.T) {
			c := validCustom()
			corpus[name](&c)
			ps := Validate(c)
			if len(ps) == 0 {
				t.Fatal("the corpus entry finds no problem")
			}
			g.problems(t, name, ps)
		})
	}
}

func fileProblemsInGerman(t *testing.T, g *germanCheck) {
	files := map[string]string{
		"wrong_kinds":        "[smtp]\nport = \"587\"\n",
		"bool_as_string":     "[smtp]\nstarttls = \"yes\"\n",
		"string_as_int":      "[smtp]\nhost = 127\n",
		"duration_as_int":    "[smtp]\ntimeout = 15\n",
		"bad_duration":       "[smtp]\ntimeout = \"15 seconds\"\n",
		"float":              "[smtp]\nport = 587.0\n",
		"bool_for_int":       "smtp.port = true\n",
		"array":              "[smtp]\nport = [587]\n",
		"inline_table":       "[smtp]\npassword = { a = 1 }\n",
		"date":               "[smtp]\nhost = 1979-05-27\n",
		"bare_address":       "[smtp]\nsender = noreply@example.com\n",
		"bare_password":      "[smtp]\npassword = s3cr3t-W0rd\n",
		"bare_bool":          "[smtp]\nstarttls = yes\n",
		"bare_int":           "[smtp]\nport = 5x87\n",
		"no_value":           "[smtp]\nport =\n",
		"unclosed":           "[smtp]\nhost = \"mail\n",
		"colon":              "[smtp]\nhost: \"mail\"\n",
		"no_key":             "[smtp]\n\"\" x\n",
		"backslash":          "[smtp]\ntls_ca_file = \"C:\\certs\"\n",
		"two_values":         "[smtp]\nport = 58 7\n",
		"table_twice":        "[smtp]\nport = 1\n[smtp]\n",
		"key_twice":          "[smtp]\nport = 1\nport = 2\n",
		"not_a_table":        "a = 1\nsmtp = 5\n",
		"dotted_under_value": "[smtp]\nport.x = 1\n",
		"toml_words":         "[smtp]\nport = 1\n[app\n",
		"decoded_type":       "[smtp]\ntimeout = \"\"\n",
	}
	for _, name := range slices.Sorted(maps.Keys(files)) {
		t.Run(name, func(t *testing.T) {
			path := writeTemp(t, "config.toml", files[name])
			_, err := Load(path)
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("Load = %v, want a *ParseError", err)
			}
			de := i18n.Text(err, i18n.German)
			if !strings.HasPrefix(de, path+":") {
				t.Errorf("German %q does not start with the path", de)
			}
			if pe.Text(i18n.English) != pe.Message {
				t.Errorf("Text(English) = %q, Message %q", pe.Text(i18n.English), pe.Message)
			}
			g.err(t, name, err)
		})
	}
	t.Run("problems_of_the_file", func(t *testing.T) {
		path := writeTemp(t, "config.toml", "port = 25\n[smtp]\nuse_default = true\nsender = \"a@b.de\"\nprot = 25\ncolour = \"red\"\ntimeout = \"0s\"\n[default_server]\nport = 0\n")
		f, err := Load(path)
		if err != nil {
			t.Fatal(err)
		}
		g.problems(t, "file", f.Validate())
	})
	t.Run("parse_error_lists_other_problems", func(t *testing.T) {
		_, err := Load(writeTemp(t, "config.toml", "[smtp]\nprot = 25\nport = \"x\"\n"))
		var pe *ParseError
		if !errors.As(err, &pe) || len(pe.Others) == 0 {
			t.Fatalf("Load = %v, want a *ParseError with other problems", err)
		}
		g.problems(t, "others", pe.Others)
	})
}

func setAndUnsetInGerman(t *testing.T, g *germanCheck) {
	sets := []struct{ key, value string }{
		{"starttls", "maybe"}, {"port", "abc"}, {"port", "0"}, {"timeout", "15 seconds"}, {"timeout", "0s"},
		{"prot", "smtp"}, {"default_server.hots", "x"}, {"app.x", "1"}, {"zzzzzz", "1"},
	}
	for _, s := range sets {
		c := Default()
		err := c.Set(s.key, s.value)
		g.err(t, "set "+s.key+"="+s.value, err)
		if p := ProblemOf(QualifiedKey(s.key), err); p.Text(i18n.German) != i18n.Text(err, i18n.German) {
			t.Errorf("ProblemOf(%v).Text(German) = %q, not the error's German", err, p.Text(i18n.German))
		}
	}
	f, err := Load(writeTemp(t, "config.toml", "[smtp]\nprot = \"smtp\"\n[default_server]\nhots = \"x\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"smtp.a.b", "prto", "default_server.htos", "nothing_like_it"} {
		g.err(t, "unset "+key, f.Unset(key))
	}
}

func fileErrorsInGerman(t *testing.T, g *germanCheck) {
	dir := t.TempDir()
	t.Run("missing_file", func(t *testing.T) {
		_, err := Load(filepath.Join(dir, "none.toml"))
		if !errors.Is(err, fs.ErrNotExist) {
			t.Fatalf("Load = %v, want fs.ErrNotExist through the translation", err)
		}
		g.err(t, "missing", err)
	})
	t.Run("too_large", func(t *testing.T) {
		_, err := Load(writeTemp(t, "big.toml", strings.Repeat("#\n", maxFileSize)))
		g.err(t, "too large", err)
	})
	t.Run("not_a_regular_file", func(t *testing.T) {
		for _, mode := range []fs.FileMode{fs.ModeNamedPipe, fs.ModeCharDevice | fs.ModeDevice, fs.ModeDevice, fs.ModeSocket, fs.ModeIrregular} {
			g.err(t, mode.String(), notRegular("/x", mode))
		}
	})
	t.Run("changed_on_disk", func(t *testing.T) {
		path := writeTemp(t, "config.toml", "[smtp]\nuse_default = true\n")
		edited := loadAt(t, path)
		writeAt(t, path, "[smtp]\nuse_default = false\n")
		g.err(t, "edited", edited.Save())
		removed := loadAt(t, path)
		if err := os.Remove(path); err != nil {
			t.Fatal(err)
		}
		g.err(t, "removed", removed.Save())
		created := New(path)
		writeAt(t, path, "")
		err := created.Save()
		if !errors.Is(err, ErrChangedOnDisk) {
			t.Errorf("Save = %v, want ErrChangedOnDisk", err)
		}
		g.err(t, "created", err)
		g.err(t, "sentinel", ErrChangedOnDisk)
		var ce *ChangedOnDiskError
		if errors.As(err, &ce) && ce.ReasonIn(i18n.German) == ce.Reason {
			t.Errorf("ReasonIn(German) = %q, the English", ce.ReasonIn(i18n.German))
		}
	})
	t.Run("dangling_symlink", func(t *testing.T) {
		link := filepath.Join(t.TempDir(), "link.toml")
		if err := os.Symlink(filepath.Join(dir, "nowhere.toml"), link); err != nil {
			t.Fatal(err)
		}
		err := New(link).Save()
		g.err(t, "dangling", err)
		var se *SymlinkError
		if errors.As(err, &se) && se.ReasonIn(i18n.German) == se.Reason {
			t.Errorf("ReasonIn(German) = %q, the English", se.ReasonIn(i18n.German))
		}
	})
	t.Run("not_utf8", func(t *testing.T) {
		f := New(filepath.Join(t.TempDir(), "config.toml"))
		f.Config.SMTP.SenderName = "Fir\xffma"
		_, _, err := f.Pending()
		g.err(t, "pending", err)
		g.err(t, "save", f.Save())
	})
	t.Run("permission_warnings", func(t *testing.T) {
		for _, tt := range []struct {
			content string
			mode    os.FileMode
		}{{"[smtp]\npassword = \"pw\"\n", 0o644}, {"[smtp]\noauth2_client_secret = \"s\"\n", 0o604}} {
			path := writeTemp(t, "config.toml", tt.content)
			if err := os.Chmod(path, tt.mode); err != nil {
				t.Fatal(err)
			}
			f := loadAt(t, path)
			de := f.WarningsIn(i18n.German)
			if len(de) != 1 || len(f.warnings) != 1 || !slices.Equal(f.WarningsIn(i18n.English), f.Warnings) {
				t.Fatalf("WarningsIn(German) = %q, Warnings %q", de, f.Warnings)
			}
			g.err(t, "warning", f.warnings[0])
			if !strings.Contains(de[0], "chmod") || !strings.Contains(de[0], path) {
				t.Errorf("the German warning lost the command: %s", de[0])
			}
		}
	})
	t.Run("other_errors", func(t *testing.T) {
		g.err(t, "check address line break", CheckAddress("a@b.de\r\nRCPT TO:<x@y.de>"))
		g.err(t, "check address", CheckAddress("Admin <admin@firma.de>"))
		_, err := ServiceAccountKey(filepath.Join(dir, "none.json"))
		g.err(t, "service account", err)
		_, err = ASCIIName("mün\u200dchen.de")
		g.err(t, "idna", err)
		s := validCustom().SMTP.Server
		s.Sender = "noreply@other.example"
		g.err(t, "sender domain", SenderDomainProblem(s))
		if SenderDomainWarning(s) != SenderDomainProblem(s).Error() {
			t.Error("SenderDomainWarning is not SenderDomainProblem's English")
		}
		var d Duration
		g.err(t, "duration", d.UnmarshalText([]byte("soon")))
	})
	t.Run("problems_error", func(t *testing.T) {
		c := validCustom()
		c.SMTP.Host, c.SMTP.Port = "", 70000
		err := Validate(c).Err()
		g.err(t, "two problems", err)
		if de := i18n.Text(err, i18n.German); !strings.HasPrefix(de, "2 Probleme: smtp.host: ist nicht gesetzt") {
			t.Errorf("German = %q", de)
		}
		c = validCustom()
		c.SMTP.Host = ""
		g.err(t, "one problem", Validate(c).Err())
	})
}

func pathReasonsInGerman(t *testing.T, g *germanCheck) {
	for _, source := range []string{PathFromFlag, PathFromEnv, PathFromDefault, PathFromSystemFallback} {
		en, de := PathReason(source, i18n.English), PathReason(source, i18n.German)
		g.compare(t, source, en, de, nil)
	}
	for source, want := range map[string]string{PathFromFlag: "from --config", PathFromEnv: "from $SMTPCONF_CONFIG", PathFromDefault: "default"} {
		if got := PathReason(source, ""); got != want {
			t.Errorf("PathReason(%q) = %q, want %q", source, got, want)
		}
	}
	for _, id := range []string{"config_path_flag", "config_path_env", "config_path_fallback", "config_path_default"} {
		g.see(id, nil)
	}
}

// formLabelWidth is the form's label column (tui's labelWidth): a label of
// a field with a value after it must fit in it, in every language.
const formLabelWidth = 28

// TestEveryKeyIsInTheCatalog checks the IDs built from key names (see
// labelID), which TestEveryUsedIDExists cannot see in the code.
func TestEveryKeyIsInTheCatalog(t *testing.T) {
	g := &germanCheck{seen: map[string]bool{}}
	for _, k := range Keys() {
		_, name, _ := strings.Cut(k.Name, ".")
		if k.Label != k.LabelIn(i18n.English) || k.Help != k.HelpIn(i18n.English) {
			t.Errorf("%s: Label/Help %q/%q are not the English catalog's", k.Name, k.Label, k.Help)
		}
		for _, l := range i18n.Langs() {
			label, help := k.LabelIn(l), k.HelpIn(l)
			if label == labelID(name) || strings.Contains(help, helpID(name)) || label == "" || help == "" {
				t.Errorf("%s (%s): label %q, help %q: not in the catalog", k.Name, l, label, help)
			}
			if k.Kind != KindBool && utf8.RuneCountInString(label) > formLabelWidth {
				t.Errorf("%s (%s): label %q is wider than the form's %d columns", k.Name, l, label, formLabelWidth)
			}
		}
		g.compare(t, k.Name+" help", k.HelpIn(i18n.English), k.HelpIn(i18n.German), nil)
		if en, de := k.LabelIn(i18n.English), k.LabelIn(i18n.German); en == de {
			t.Errorf("%s: the German label is the English %q", k.Name, en)
		}
	}
	if k, _ := LookupKey("default_server.host"); !strings.HasPrefix(k.HelpIn(i18n.German), "Standard-Mailserver der Plattform: ") {
		t.Errorf("[default_server]'s help in German = %q", k.HelpIn(i18n.German))
	}
}

// configCatalog reads config's catalog in one language: ID → text.
func configCatalog(t *testing.T, lang i18n.Lang) map[string]string {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("..", "internal", "i18n", "locales", "config."+string(lang)+".toml"))
	if err != nil {
		t.Fatal(err)
	}
	var msgs map[string]map[string]string
	if err := toml.Unmarshal(raw, &msgs); err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for id, forms := range msgs {
		out[id] = forms["other"]
	}
	return out
}

var (
	// imperative finds advice to the admin in an English message: a
	// German one then addresses them as „Sie“.
	imperative = regexp.MustCompile(`^write (only|true|a)\b|([:;] |, or )(set|use|write|remove|give|check|point|create|run|keep|move|trust|retype|close|end|try|put)\b`)
	// quotedValue finds a value quoted in English prose ("{{.Value}}"),
	// not TOML code (host = "{{.Host}}").
	quotedValue = regexp.MustCompile(`(^|[^=] )"({{\.\w+}})"`)
)

// TestGermanConventions holds config's German to the brief: „Sie“ where
// the English advises, „…“ around values in prose.
func TestGermanConventions(t *testing.T) {
	en, de := configCatalog(t, i18n.English), configCatalog(t, i18n.German)
	for id, text := range en {
		if imperative.MatchString(text) && !strings.Contains(de[id], "Sie ") {
			t.Errorf("%s: the English advises (%q) but the German does not say „Sie“: %q", id, text, de[id])
		}
		for _, m := range quotedValue.FindAllStringSubmatch(text, -1) {
			if !strings.Contains(de[id], "„"+m[2]+"“") {
				t.Errorf("%s: German does not write %s in „…“: %q", id, m[2], de[id])
			}
		}
	}
}

// unrendered lists the messages TestConfigReadsInGerman does not reach, and why: each
// needs a failure the test cannot cause without faking the system.
var unrendered = map[string]string{
	"config_as_is":               "ServiceAccountKey's errors are all the catalog's",
	"config_got_other":           "go-toml has no other kind of value",
	"config_dns_non_ascii":       "a guard: ASCIIName leaves no non-ASCII letter in what it passes on",
	"config_unknown_key_table":   "a guard: QualifiedKey puts every key in [smtp] or [default_server]",
	"config_symlink_owner":       "needs a file of another user (root)",
	"config_symlink_follow":      "needs a symlink loop that Lstat passes",
	"config_lock_timeout":        "takes lockWait; TestSaveWaitsForTheLockOnlySoLong covers it",
	"config_save_mkdir":          "needs an uncreatable directory",
	"config_save_create_temp":    "needs a failing disk",
	"config_save_remove_temp":    "needs a failing disk",
	"config_save_chmod_temp":     "needs a failing disk",
	"config_save_write_temp":     "needs a failing disk",
	"config_save_sync_temp":      "needs a failing disk",
	"config_save_close_temp":     "needs a failing disk",
	"config_save_rename":         "needs a failing disk",
	"config_save_sync_dir":       "needs a failing disk",
	"config_unfaithful_parse":    "a bug in render",
	"config_unfaithful_settings": "a bug in render",
	"config_unfaithful_foreign":  "a bug in render",
	"config_reencode_read":       "a bug in render",
	"config_reencode_encode":     "a bug in render",
	"config_file_too_large":      "needs a 16 MiB CA file",
	"config_action_save":         "a button of the TUI",
	"config_action_send_test":    "a button of the TUI",
}
