package main

// export's outputs, proved by the programs that read them: Debian's msmtp
// and a Postfix null client deliver to a test server with them.

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/smtpconf/smtpconf/internal/external"
	"github.com/smtpconf/smtpconf/mailer/smtptest"
)

// exportConfig is a file for srv over STARTTLS (or smtps) with auth plain
// and the password kept as the extra lines say.
func exportConfig(srv *smtptest.Server, host string, smtps bool, passwordLines string) string {
	protocol, starttls := "smtp", true
	if smtps {
		protocol, starttls = "smtps", false
	}
	return fmt.Sprintf(`[smtp]
use_default = false
sender = %q
sender_name = "The App"
protocol = %q
starttls = %t
host = %q
port = %d
auth = "plain"
username = %q
%s
tls_ca_file = %q
timeout = "10s"
`, serverUser, protocol, starttls, host, srv.Port, serverUser, passwordLines, srv.CAFile())
}

func TestExportedMsmtprcMakesMsmtpDeliver(t *testing.T) {
	needProgram(t, "msmtp", "msmtp")
	tests := []struct {
		name     string
		smtps    bool
		password string // the config's password lines
		args     []string
		env      []string
		want     []string // lines of the msmtprc
	}{
		{
			name: "password_env becomes passwordeval", password: `password_env = "SMTP_PASSWORD"`,
			env:  []string{"SMTP_PASSWORD=" + serverPassword},
			want: []string{"tls on", "tls_starttls on", "auth plain", "passwordeval \"printenv SMTP_PASSWORD\"", "account default : smtpconf"},
		},
		{
			name: "password_command over smtps becomes a quoted passwordeval", smtps: true,
			password: `password_command = "printf '%s\\n' '` + serverPassword + `'"`,
			want:     []string{"tls on", "tls_starttls off", `passwordeval "'printf' '%s\n' '` + serverPassword + `'"`},
		},
		{
			name: "a stored password only with --include-secrets, to a 0600 file", password: fmt.Sprintf("password = %q", serverPassword),
			args: []string{"--include-secrets"},
			want: []string{"password " + serverPassword},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := []smtptest.Option{smtptest.WithUser(serverUser, serverPassword), smtptest.AuthOnlyOverTLS(), smtptest.RequireAuth()}
			if tt.smtps {
				opts = append(opts, smtptest.WithSecurity(smtptest.ImplicitTLS))
			}
			srv := smtptest.NewServer(t, opts...)
			e := newEnv(t).with(tt.env...)
			e.writeConfig(exportConfig(srv, srv.Host, tt.smtps, tt.password))

			rc := filepath.Join(e.home, "msmtprc")
			o := e.smtpconf(append([]string{"export", "--format", "msmtprc", "--output", rc}, tt.args...)...)
			expectCode(t, o, 0)
			info, err := os.Stat(rc)
			if err != nil || info.Mode().Perm() != 0o600 {
				t.Fatalf("msmtprc: %v, mode %v, want 0600", err, info.Mode())
			}
			body, _ := os.ReadFile(rc)
			for _, want := range tt.want {
				if !strings.Contains(string(body), want+"\n") {
					t.Errorf("msmtprc lacks the line %q:\n%s", want, body)
				}
			}
			if tt.args == nil && strings.Contains(string(body), "\npassword ") {
				t.Errorf("a password line without --include-secrets:\n%s", body)
			}

			send := e.exec("To: admin@example.net\nSubject: via msmtp\n\nhello\n",
				exec.Command("msmtp", "-C", rc, "-t"))
			expectCode(t, send, 0)
			msgs := srv.Messages()
			if len(msgs) != 1 || msgs[0].User != serverUser || msgs[0].From != serverUser || !strings.Contains(string(msgs[0].Data), "hello") {
				t.Fatalf("server holds %+v, want one message sent by %s after login", msgs, serverUser)
			}
		})
	}
}

func TestExportNeverPrintsAStoredPasswordUnasked(t *testing.T) {
	srv := smtptest.NewServer(t)
	e := newEnv(t)
	e.writeConfig(exportConfig(srv, srv.Host, false, fmt.Sprintf("password = %q", serverPassword)))
	for _, format := range []string{"msmtprc", "postfix", "json"} {
		o := e.smtpconf("export", "--format", format)
		expectCode(t, o, 0)
		expectNoSecret(t, o, secretForms(serverUser, serverPassword))
	}
	var got struct {
		Schema int `json:"schema"`
		Server struct {
			Host     string `json:"host"`
			Password struct {
				Source string `json:"source"`
				Value  string `json:"value"`
			} `json:"password"`
		} `json:"server"`
	}
	o := e.smtpconf("export", "--format", "json", "--include-secrets")
	if err := json.Unmarshal([]byte(o.stdout), &got); err != nil {
		t.Fatalf("%v\n%s", err, o)
	}
	if got.Schema != 1 || got.Server.Host != srv.Host || got.Server.Password.Source != "file" || got.Server.Password.Value != serverPassword {
		t.Errorf("json export = %+v", got)
	}
	o = e.smtpconf("export", "--format", "postfix", "--sasl-passwd", filepath.Join(e.home, "map"))
	expectCode(t, o, exitUsage)
	if !strings.Contains(o.stderr, "--include-secrets") {
		t.Errorf("refusal should name --include-secrets:\n%s", o)
	}
	expectCode(t, e.smtpconf("export", "--format", "sendmail.cf"), exitUsage)
}

// TestExportOfAnOAuth2Login: msmtp and Postfix cannot fetch the token
// smtpconf fetches, so those exports are refused rather than written
// without any secret; json gives the OAuth 2.0 settings, the client secret
// as its source.
func TestExportOfAnOAuth2Login(t *testing.T) {
	e := newEnv(t)
	e.writeConfig(oauth2Config)
	for _, format := range []string{"msmtprc", "postfix"} {
		o := e.smtpconf("export", "--format", format, "--include-secrets")
		expectCode(t, o, exitConfig)
		if o.stdout != "" || !strings.Contains(o.stderr, "OAuth 2.0 token") || !strings.Contains(o.stderr, "smtpconf sendmail") {
			t.Errorf("%s: want nothing on stdout and the refusal with its way out on stderr:\n%s", format, o)
		}
		expectNoSecret(t, o, []string{secret})
	}
	var got struct {
		Server struct {
			Auth   string `json:"auth"`
			OAuth2 *struct {
				Provider     string `json:"provider"`
				Flow         string `json:"flow"`
				ClientSecret struct {
					Source string `json:"source"`
					Value  string `json:"value"`
				} `json:"client_secret"`
			} `json:"oauth2"`
		} `json:"server"`
	}
	o := e.smtpconf("export", "--format", "json")
	expectCode(t, o, 0)
	expectNoSecret(t, o, []string{secret})
	if err := json.Unmarshal([]byte(o.stdout), &got); err != nil {
		t.Fatalf("%v\n%s", err, o)
	}
	if oa := got.Server.OAuth2; got.Server.Auth != "xoauth2" || oa == nil || oa.Provider != "microsoft" || oa.Flow != "client_credentials" ||
		oa.ClientSecret.Source != "file" || oa.ClientSecret.Value != "" {
		t.Errorf("json export %+v, oauth2 %+v", got.Server, got.Server.OAuth2)
	}
	o = e.smtpconf("export", "--format", "json", "--include-secrets")
	if err := json.Unmarshal([]byte(o.stdout), &got); err != nil || got.Server.OAuth2 == nil || got.Server.OAuth2.ClientSecret.Value != secret {
		t.Errorf("--include-secrets should give the client secret: %v\n%s", err, o)
	}
}

// nullClient is a Postfix that only relays, in its own directory, stopped
// when the test ends. Postfix starts as root only.
func nullClient(t *testing.T, settings string) string {
	t.Helper()
	needProgram(t, "/usr/sbin/postfix", "postfix")
	external.Root(t, "the Postfix null client")
	dir := t.TempDir()
	// Postfix's daemons run as the postfix user: the test's directory and
	// its parent (0700 from t.TempDir) must let them in.
	for _, d := range []string{filepath.Dir(dir), dir} {
		if err := os.Chmod(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, d := range []string{"queue", "data"} {
		if err := os.Mkdir(filepath.Join(dir, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if o, err := exec.Command("chown", "postfix", filepath.Join(dir, "data")).CombinedOutput(); err != nil {
		t.Fatalf("chown postfix: %v: %s", err, o)
	}
	main := fmt.Sprintf(`compatibility_level = 3.6
queue_directory = %[1]s/queue
data_directory = %[1]s/data
meta_directory = /etc/postfix
command_directory = /usr/sbin
daemon_directory = /usr/lib/postfix/sbin
shlib_directory = /usr/lib/postfix
mail_owner = postfix
setgid_group = postdrop
myhostname = client.example.com
mydomain = example.com
inet_interfaces = loopback-only
inet_protocols = ipv4
mydestination =
local_transport = error:this null client delivers nothing locally
alias_maps =
alias_database =
maillog_file = %[1]s/maillog
maillog_file_prefixes = %[1]s
smtp_host_lookup = native
%[2]s`, dir, settings)
	// One line per service, none chrooted, no listener: mail comes in by
	// sendmail -C into the maildrop.
	var master strings.Builder
	for _, svc := range []string{"pickup unix n - n 60 1 pickup", "cleanup unix n - n - 0 cleanup", "qmgr unix n - n 300 1 qmgr",
		"rewrite unix - - n - - trivial-rewrite", "bounce unix - - n - 0 bounce", "defer unix - - n - 0 bounce",
		"trace unix - - n - 0 bounce", "verify unix - - n - 1 verify", "flush unix n - n 1000? 0 flush",
		"proxymap unix - - n - - proxymap", "smtp unix - - n - - smtp", "relay unix - - n - - smtp",
		"showq unix n - n - - showq", "error unix - - n - - error", "retry unix - - n - - error",
		"discard unix - - n - - discard", "anvil unix - - n - 1 anvil", "scache unix - - n - 1 scache",
		"tlsmgr unix - - n 1000? 1 tlsmgr", "postlog unix-dgram n - n - 1 postlogd"} {
		master.WriteString(svc + "\n")
	}
	for name, body := range map[string]string{"main.cf": main, "master.cf": master.String()} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// Registered before the start: a start that fails half-way may leave
	// a master running. status exits 0 only while one runs.
	t.Cleanup(func() {
		if exec.Command("postfix", "-c", dir, "status").Run() != nil {
			return
		}
		if o, err := exec.Command("postfix", "-c", dir, "stop").CombinedOutput(); err != nil {
			t.Errorf("postfix stop: %v: %s", err, o)
			_ = exec.Command("postfix", "-c", dir, "abort").Run()
		}
	})
	if o, err := exec.Command("postfix", "-c", dir, "start").CombinedOutput(); err != nil {
		t.Fatalf("postfix start: %v\n%s\n%s", err, o, readLog(dir))
	}
	return dir
}

func readLog(dir string) string {
	b, _ := os.ReadFile(filepath.Join(dir, "maillog"))
	return string(b)
}

func TestExportedPostfixSettingsMakeANullClientRelay(t *testing.T) {
	srv := smtptest.NewServer(t, smtptest.WithUser(serverUser, serverPassword), smtptest.AuthOnlyOverTLS(), smtptest.RequireAuth())
	e := newEnv(t).with("SMTP_PASSWORD=" + serverPassword)
	// localhost: the name on the test certificate, which Postfix's
	// "secure" level checks against the relay host.
	e.writeConfig(exportConfig(srv, "localhost", false, `password_env = "SMTP_PASSWORD"`))
	mapFile := filepath.Join(e.home, "sasl_passwd")
	o := e.smtpconf("export", "--format", "postfix", "--include-secrets", "--sasl-passwd", mapFile)
	expectCode(t, o, 0)
	for _, want := range []string{"relayhost = [localhost]:" + fmt.Sprint(srv.Port), "smtp_tls_security_level = secure",
		"smtp_sasl_password_maps = texthash:" + mapFile,
		// The server is on loopback, where smtpconf too would log in without TLS.
		"smtp_sasl_security_options = noanonymous"} {
		if !strings.Contains(o.stdout, want+"\n") {
			t.Errorf("export lacks %q:\n%s", want, o.stdout)
		}
	}
	expectNoSecret(t, o, secretForms(serverUser, serverPassword))
	if info, err := os.Stat(mapFile); err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("sasl_passwd: %v, want mode 0600", err)
	}

	dir := nullClient(t, o.stdout)
	inject := exec.Command("/usr/sbin/sendmail", "-C", dir, "-f", serverUser, "admin@example.net")
	inject.Stdin = strings.NewReader("Subject: relayed by Postfix\n\nhello through the relay\n")
	if out, err := inject.CombinedOutput(); err != nil {
		t.Fatalf("sendmail -C: %v: %s", err, out)
	}
	select {
	case m := <-srv.Received():
		if m.User != serverUser || m.To[0] != "admin@example.net" || !strings.Contains(string(m.Data), "hello through the relay") {
			t.Fatalf("relayed %+v", m)
		}
	case <-time.After(60 * time.Second):
		t.Fatalf("Postfix relayed nothing within 60s; its log:\n%s", readLog(dir))
	}
}

// TestExportedPostfixSettingsFollowTheSettings: the main.cf lines for the
// cases the null-client test does not run, each as strict as smtpconf.
func TestExportedPostfixSettingsFollowTheSettings(t *testing.T) {
	tests := []struct {
		name      string
		edit      *strings.Replacer
		want, not []string
	}{
		{
			name: "a remote STARTTLS relay: verified TLS, no password mechanism in clear",
			edit: strings.NewReplacer(),
			want: []string{"relayhost = [mail.example.com]:587", "smtp_tls_security_level = secure",
				"smtp_sasl_security_options = noanonymous, noplaintext", "smtp_sasl_mechanism_filter = plain"},
			not: []string{"smtp_tls_wrappermode"},
		},
		{
			name: "tls_skip_verify encrypts without verifying, as smtpconf does",
			edit: strings.NewReplacer(`timeout = "10s"`, "timeout = \"10s\"\ntls_skip_verify = true"),
			want: []string{"smtp_tls_security_level = encrypt"},
		},
		{
			name: "smtps wraps the connection in TLS",
			edit: strings.NewReplacer(`protocol = "smtp"`, `protocol = "smtps"`, "starttls = true", "starttls = false", "port = 587", "port = 465"),
			want: []string{"relayhost = [mail.example.com]:465", "smtp_tls_wrappermode = yes", "smtp_tls_security_level = secure"},
		},
		{
			name: "an IPv6 relay in Postfix's form",
			edit: strings.NewReplacer(`host = "mail.example.com"`, `host = "2001:db8::25"`),
			want: []string{"relayhost = [ipv6:2001:db8::25]:587"},
		},
		{
			name: "no login: SASL off, no password map",
			edit: strings.NewReplacer(`auth = "plain"`, `auth = "none"`, `username = "noreply@example.com"`, "", `password = "Sup3r-S3cret-PW"`, ""),
			want: []string{"smtp_sasl_auth_enable = no"},
			not:  []string{"smtp_sasl_password_maps"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t)
			e.writeConfig(tt.edit.Replace(validConfig))
			o := e.smtpconf("export", "--format", "postfix")
			expectCode(t, o, 0)
			expectNoSecret(t, o, []string{secret})
			for _, want := range tt.want {
				if !strings.Contains(o.stdout, want+"\n") {
					t.Errorf("export lacks %q:\n%s", want, o.stdout)
				}
			}
			for _, not := range tt.not {
				if strings.Contains(o.stdout, not) {
					t.Errorf("export has %q:\n%s", not, o.stdout)
				}
			}
		})
	}
}
