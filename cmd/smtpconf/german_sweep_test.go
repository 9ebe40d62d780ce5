//go:build unix

package main

// The sweep: every command's usual failures and successes, run as an admin
// with LANG=de_DE.UTF-8 runs them, must show no English sentence of ours
// (any catalog's English text, found by internal/i18n/i18ntest) and no
// bare message ID; the same runs with LANG=C show our English, unchanged
// exit codes. A message printed without the catalog, or a catalog message
// printed in English, fails here whichever command it hides in.

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"github.com/smtpconf/smtpconf/discover"
	"github.com/smtpconf/smtpconf/internal/i18n/i18ntest"
	"github.com/smtpconf/smtpconf/internal/testdns"
	"github.com/smtpconf/smtpconf/mailer/smtptest"
)

// sweepCase is one invocation: setup writes what it needs into the fresh
// environment and returns the arguments and stdin.
type sweepCase struct {
	name  string
	setup func(t *testing.T, e *env) (args []string, stdin string)
	// noEnglishNeeded: the English run need not show a sentence of ours
	// (a table of keys and values, say).
	noEnglishNeeded bool
	// englishWords are single English words of ours that the sentence
	// patterns are too short to catch (a certificate line's label).
	englishWords []string
}

// fixed is a case that needs nothing but its arguments (and a config file
// path, put in for {config}).
func fixed(args ...string) func(*testing.T, *env) ([]string, string) {
	return func(_ *testing.T, e *env) ([]string, string) {
		out := make([]string, len(args))
		for i, a := range args {
			out[i] = strings.ReplaceAll(a, "{config}", e.config)
		}
		return out, ""
	}
}

// withFile writes body as the config file first.
func withFile(body string, args ...string) func(*testing.T, *env) ([]string, string) {
	return func(t *testing.T, e *env) ([]string, string) {
		e.writeConfig(body)
		return fixed(args...)(t, e)
	}
}

const sweepValid = `[smtp]
use_default = false
host = "mail.example.com"
port = 587
starttls = true
auth = "plain"
username = "app@example.com"
password_env = "SMTP_PASSWORD"
sender = "noreply@example.com"
`

// sweepSecret keeps the password in the file (mode 0600), which export
// leaves out.
var sweepSecret = strings.Replace(sweepValid, `password_env = "SMTP_PASSWORD"`, `password = "secret"`, 1)

func sweepCases() []sweepCase {
	return []sweepCase{
		// cobra's and pflag's own errors
		{name: "unknown_flag", setup: fixed("check", "--no-such-flag")},
		{name: "unknown_shorthand", setup: fixed("check", "-q")},
		{name: "flag_without_value", setup: fixed("check", "--timeout")},
		{name: "shorthand_without_value", setup: fixed("export", "-o")},
		{name: "duration_flag_value", setup: fixed("check", "--timeout", "soon")},
		{name: "bool_flag_value", setup: fixed("show", "--json=maybe")},
		{name: "bad_flag_syntax", setup: fixed("---x")},
		{name: "unknown_language", setup: fixed("--lang", "fr", "show")},
		{name: "too_few_arguments", setup: fixed("set")},
		{name: "exact_arguments", setup: fixed("import", "msmtprc")},
		{name: "argument_to_command_without", setup: fixed("version", "extra")},
		{name: "unknown_command", setup: fixed("chek")},
		{name: "help_unknown_command", setup: fixed("help", "chek")},
		{name: "timeout_out_of_range", setup: withFile(sweepValid, "--config", "{config}", "check", "--timeout", "1000h")},
		// the file
		{name: "missing_file", setup: fixed("--config", "{config}", "check")},
		{name: "file_is_directory", setup: func(t *testing.T, e *env) ([]string, string) {
			if err := os.Mkdir(e.config, 0o755); err != nil {
				t.Fatal(err)
			}
			return []string{"--config", e.config, "validate"}, ""
		}},
		{name: "file_is_fifo", setup: func(t *testing.T, e *env) ([]string, string) {
			if err := syscall.Mkfifo(e.config, 0o644); err != nil {
				t.Skipf("mkfifo: %v", err)
			}
			return []string{"--config", e.config, "show"}, ""
		}},
		{name: "file_does_not_parse", setup: withFile("[smtp]\nhost = \n", "--config", "{config}", "validate")},
		{name: "set_on_file_that_does_not_parse", setup: withFile("[smtp]\nhost = \n", "--config", "{config}", "set", "port=25")},
		{name: "validate_with_problems", setup: withFile("host = \"x\"\n[smtp]\nuse_default = false\nport = 99999\nauth = \"plain\"\nbogus = 1\n", "--config", "{config}", "validate")},
		{name: "validate_with_warnings", setup: func(t *testing.T, e *env) ([]string, string) {
			e.writeConfig(sweepSecret)
			if err := os.Chmod(e.config, 0o644); err != nil {
				t.Fatal(err)
			}
			return []string{"--config", e.config, "validate"}, ""
		}},
		{name: "validate_ok", setup: withFile(sweepValid, "--config", "{config}", "validate"), noEnglishNeeded: true},
		{name: "validate_json_with_problems", setup: withFile("[smtp]\nuse_default = false\nport = 99999\n", "--config", "{config}", "validate", "--json")},
		{name: "show_invalid", setup: withFile("[smtp]\nuse_default = false\n", "--config", "{config}", "show")},
		{name: "show_valid", setup: withFile(sweepValid, "--config", "{config}", "show"), noEnglishNeeded: true},
		// set and unset
		{name: "set_new_file", setup: fixed("--config", "{config}", "set", "use_default=false", "host=mail.example.com", "sender=noreply@example.com", "auth=none"), noEnglishNeeded: true},
		{name: "set_new_file_custom_server", setup: fixed("--config", "{config}", "set", "host=mail.example.com")},
		{name: "set_bad_number", setup: withFile(sweepValid, "--config", "{config}", "set", "port=abc")},
		{name: "set_bad_number_json", setup: withFile(sweepValid, "--config", "{config}", "set", "--json", "port=abc")},
		{name: "set_bad_choice", setup: withFile(sweepValid, "--config", "{config}", "set", "auth=magic")},
		{name: "set_unknown_key", setup: withFile(sweepValid, "--config", "{config}", "set", "hots=mail.example.com")},
		{name: "set_not_assignment", setup: withFile(sweepValid, "--config", "{config}", "set", "port")},
		{name: "set_dry_run_diff", setup: withFile(sweepValid, "--config", "{config}", "set", "--dry-run", "--diff", "port=465", "protocol=smtps", "starttls=false")},
		{name: "set_password_from_empty_stdin", setup: withFile(sweepValid, "--config", "{config}", "set", "password=-")},
		{name: "unset_missing_file", setup: fixed("--config", "{config}", "unset", "host")},
		{name: "set_ok", setup: withFile(sweepValid, "--config", "{config}", "set", "port=2525"), noEnglishNeeded: true},
		{name: "unset_ok", setup: withFile(sweepValid+"helo_name = \"client.example.com\"\n", "--config", "{config}", "unset", "helo_name"), noEnglishNeeded: true},
		{name: "unset_breaks_file", setup: withFile(sweepValid, "--config", "{config}", "unset", "host")},
		{name: "unset_unknown_key", setup: withFile(sweepValid, "--config", "{config}", "unset", "hots")},
		// the server
		{name: "check_wrong_password", setup: func(t *testing.T, e *env) ([]string, string) {
			srv := smtptest.NewServer(t, smtptest.WithUser(serverUser, serverPassword))
			e.writeConfig(configFor(srv, true, "plain", "not-the-password"))
			return []string{"--config", e.config, "check"}, ""
		}},
		{name: "check_untrusted_certificate", setup: func(t *testing.T, e *env) ([]string, string) {
			srv := smtptest.NewServer(t, smtptest.WithUser(serverUser, serverPassword))
			e.writeConfig(strings.Replace(configFor(srv, true, "plain", serverPassword), "tls_ca_file = "+strconv.Quote(srv.CAFile()), "", 1))
			return []string{"--config", e.config, "check"}, ""
		}, englishWords: []string{"subject:", "issuer:", "names:", "valid:", "fingerprint:"}},
		{name: "check_ok", setup: func(t *testing.T, e *env) ([]string, string) {
			srv := smtptest.NewServer(t, smtptest.WithUser(serverUser, serverPassword))
			e.writeConfig(configFor(srv, true, "plain", serverPassword))
			return []string{"--config", e.config, "check"}, ""
		}},
		{name: "test_ok", setup: func(t *testing.T, e *env) ([]string, string) {
			srv := smtptest.NewServer(t, smtptest.WithUser(serverUser, serverPassword))
			e.writeConfig(configFor(srv, true, "plain", serverPassword))
			return []string{"--config", e.config, "test", "--to", "admin@example.net"}, ""
		}, noEnglishNeeded: true},
		{name: "test_without_recipient", setup: func(t *testing.T, e *env) ([]string, string) {
			srv := smtptest.NewServer(t, smtptest.WithUser(serverUser, serverPassword))
			e.writeConfig(configFor(srv, true, "plain", serverPassword))
			return []string{"--config", e.config, "test"}, ""
		}},
		{name: "check_json_refused", setup: func(t *testing.T, e *env) ([]string, string) {
			srv := smtptest.NewServer(t, smtptest.WithUser(serverUser, serverPassword))
			e.writeConfig(configFor(srv, true, "plain", "not-the-password"))
			return []string{"--config", e.config, "check", "--json"}, ""
		}},
		{name: "test_recipient_refused", setup: func(t *testing.T, e *env) ([]string, string) {
			srv := smtptest.NewServer(t, smtptest.WithUser(serverUser, serverPassword), smtptest.RejectRecipients("nobody@example.net"))
			e.writeConfig(configFor(srv, true, "plain", serverPassword))
			return []string{"--config", e.config, "test", "--to", "nobody@example.net"}, ""
		}},
		{name: "check_password_variable_unset", setup: withFile(sweepValid, "--config", "{config}", "check")},
		{name: "check_closed_port", setup: func(t *testing.T, e *env) ([]string, string) {
			e.writeConfig(strings.NewReplacer(`"mail.example.com"`, `"127.0.0.1"`, "port = 587", "port = "+strconv.Itoa(smtptest.ClosedPort(t)),
				"starttls = true", "starttls = false", `auth = "plain"`, `auth = "none"`).Replace(sweepValid))
			return []string{"--config", e.config, "check"}, ""
		}},
		{name: "probe_closed_port", setup: func(t *testing.T, _ *env) ([]string, string) {
			return []string{"probe", "127.0.0.1", "--port", strconv.Itoa(smtptest.ClosedPort(t)), "--timeout", "3s"}, ""
		}},
		{name: "probe_closed_port_json", setup: func(t *testing.T, _ *env) ([]string, string) {
			return []string{"probe", "127.0.0.1", "--port", strconv.Itoa(smtptest.ClosedPort(t)), "--timeout", "3s", "--json"}, ""
		}},
		{name: "probe_from_address", setup: func(t *testing.T, e *env) ([]string, string) {
			srv := smtptest.NewServer(t, smtptest.WithUser("app", "secret"), smtptest.WithCertNames("mail.example.test"))
			dnsAddr := testdns.Start(t,
				"_submission._tcp.example.test. SRV 0 1 "+strconv.Itoa(srv.Port)+" mail.example.test.",
				"mail.example.test. A 127.0.0.1")
			e.vars = append(e.vars, discover.EnvResolver+"="+dnsAddr, "SSL_CERT_FILE="+srv.CAFile())
			return []string{"probe", "--from", "noreply@example.test", "--allow-loopback", "--timeout", "10s"}, ""
		}},
		{name: "probe_bad_host", setup: fixed("probe", "127.0.0.1:25")},
		{name: "probe_server", setup: func(t *testing.T, _ *env) ([]string, string) {
			srv := smtptest.NewServer(t, smtptest.WithUser(serverUser, serverPassword))
			return []string{"probe", "127.0.0.1", "--port", strconv.Itoa(srv.Port), "--timeout", "3s"}, ""
		}},
		// sendmail mode
		{name: "sendmail_option_without_value", setup: withFile(sweepValid, "--config", "{config}", "sendmail", "-X")},
		{name: "sendmail_unknown_option", setup: withFile(sweepValid, "--config", "{config}", "sendmail", "--bogus", "a@example.net")},
		{name: "sendmail_no_recipients", setup: func(t *testing.T, e *env) ([]string, string) {
			e.writeConfig(sweepValid)
			return []string{"--config", e.config, "sendmail", "-t"}, "Subject: hi\n\nbody\n"
		}},
		{name: "sendmail_lang_without_value", setup: withFile(sweepValid, "--config", "{config}", "sendmail", "a@example.net", "--lang")},
		{name: "sendmail_refused", setup: func(t *testing.T, e *env) ([]string, string) {
			srv := smtptest.NewServer(t, smtptest.WithUser(serverUser, serverPassword))
			e.writeConfig(configFor(srv, true, "plain", "not-the-password"))
			return []string{"--config", e.config, "sendmail", "-i", "a@example.net"}, "Subject: hi\n\nbody\n"
		}},
		// export and import
		{name: "export_without_format", setup: withFile(sweepValid, "--config", "{config}", "export")},
		{name: "export_unknown_format", setup: withFile(sweepValid, "--config", "{config}", "export", "--format", "exim")},
		{name: "export_invalid_file", setup: withFile("[smtp]\nuse_default = false\n", "--config", "{config}", "export", "--format", "msmtprc")},
		{name: "export_msmtprc", setup: withFile(sweepSecret, "--config", "{config}", "export", "--format", "msmtprc")},
		{name: "export_postfix", setup: withFile(sweepSecret, "--config", "{config}", "export", "--format", "postfix")},
		{name: "import_missing_file", setup: fixed("--config", "{config}", "import", "msmtprc", "{config}.msmtprc")},
		{name: "import_no_account", setup: func(t *testing.T, e *env) ([]string, string) {
			rc := e.config + ".msmtprc"
			if err := os.WriteFile(rc, []byte("defaults\ntls on\n"), 0o600); err != nil {
				t.Fatal(err)
			}
			return []string{"--config", e.config, "import", "msmtprc", rc}, ""
		}},
		// commands that need what a script lacks
		{name: "configure_without_terminal", setup: fixed("--config", "{config}", "configure")},
		{name: "login_without_oauth", setup: withFile(sweepValid, "--config", "{config}", "login")},
		{name: "man_pages_without_epoch", setup: func(t *testing.T, e *env) ([]string, string) {
			return []string{"man-pages", filepath.Join(e.home, "man")}, ""
		}},
	}
}

func TestGermanRunsShowNoEnglishSentence(t *testing.T) {
	english, err := i18ntest.English()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range sweepCases() {
		t.Run(c.name, func(t *testing.T) {
			run := func(vars ...string) outcome {
				e := newEnv(t).with(vars...)
				e.config = filepath.Join(e.home, "smtpconf.toml")
				args, stdin := c.setup(t, e)
				return e.run(stdin, args...)
			}
			de := run("LANG=de_DE.UTF-8")
			if os.Getenv("SMTPCONF_SHOW_SWEEP") != "" {
				t.Logf("%s", de)
			}
			en := run()
			text := de.stdout + de.stderr
			if found := english.Find(text); found != "" {
				t.Errorf("German run shows English (%s)\n%s", found, de)
			}
			for _, w := range c.englishWords {
				if strings.Contains(text, w) {
					t.Errorf("German run shows the English %q\n%s", w, de)
				}
			}
			if id := english.FindID(text); id != "" {
				t.Errorf("German run shows the message ID %s\n%s", id, de)
			}
			if de.code != en.code {
				t.Errorf("exit %d in German, %d in English", de.code, en.code)
			}
			for i, w := range c.englishWords {
				if strings.Contains(en.stdout+en.stderr, w) {
					break
				}
				if i == len(c.englishWords)-1 {
					t.Errorf("the English run shows none of %q: the check proves nothing\n%s", c.englishWords, en)
				}
			}
			if !c.noEnglishNeeded && english.Find(en.stdout+en.stderr) == "" {
				t.Errorf("the English run shows no sentence of ours: the case proves nothing\n%s", en)
			}
		})
	}
}
