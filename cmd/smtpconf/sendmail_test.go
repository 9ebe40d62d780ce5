package main

// sendmail mode, driven by the binary and by the real programs that call a
// sendmail: bsd-mailx, PHP's mail() and git send-email.

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/smtpconf/smtpconf/internal/external"
	"github.com/smtpconf/smtpconf/internal/shellword"

	"github.com/smtpconf/smtpconf/discover"
	"github.com/smtpconf/smtpconf/internal/testdns"
	"github.com/smtpconf/smtpconf/mailer/smtptest"
)

// needProgram skips without an external program, or fails when
// SMTPCONF_REQUIRE_EXTERNAL=1, so nothing passes that did not run.
func needProgram(t *testing.T, path, pkg string) {
	t.Helper()
	external.Program(t, path, pkg)
}

// sendmailLink is a link named sendmail to the binary, as an admin makes
// /usr/sbin/sendmail: the program must behave as sendmail by its name.
func sendmailLink(t *testing.T) string {
	t.Helper()
	link := filepath.Join(t.TempDir(), "sendmail")
	if err := os.Symlink(binary, link); err != nil {
		t.Fatal(err)
	}
	return link
}

func TestSendmailExitCodesAndMessage(t *testing.T) {
	account := []smtptest.Option{smtptest.WithUser(serverUser, serverPassword)}
	tests := []struct {
		name     string
		server   []smtptest.Option
		password string
		config   func(string) string // edits the config file
		args     []string
		stdin    string
		wantCode int
		wantErr  string           // in stderr
		wantTo   []string         // envelope recipients delivered
		wantData []*regexp.Regexp // the delivered bytes
		notData  []string
	}{
		{
			name:     "-t takes To, Cc and Bcc, removes Bcc and adds Date, Message-ID and From",
			args:     []string{"sendmail", "-t", "-oi"},
			stdin:    "To: a@example.net\nCc: B <b@example.net>\nBcc: hidden@example.net\nSubject: report\n\nbody\n.\nafter the dot\n",
			wantTo:   []string{"a@example.net", "b@example.net", "hidden@example.net"},
			wantData: []*regexp.Regexp{regexp.MustCompile(`^Date: .+\r\nMessage-ID: <[0-9a-f]+@example.com>\r\nFrom: <app@example.com>\r\nTo: a@example.net\r\nCc: B <b@example.net>\r\nSubject: report\r\n\r\nbody\r\n\.\r\nafter the dot\r\n$`)},
			notData:  []string{"hidden"},
		},
		{
			name:     "without -i a lone dot ends the message; -f and -F make the From",
			args:     []string{"sendmail", "-f", "other@example.com", "-FThe App", "a@example.net"},
			stdin:    "Subject: s\n\nbody\n.\nnot sent\n",
			wantTo:   []string{"a@example.net"},
			wantData: []*regexp.Regexp{regexp.MustCompile(`From: "The App" <other@example.com>\r\n`), regexp.MustCompile(`\r\n\r\nbody\r\n$`)},
		},
		{
			name:     "common options are accepted and ignored",
			args:     []string{"sendmail", "-oem", "-odi", "-bm", "-Nnever", "-v", "-ti"},
			stdin:    "To: a@example.net\n\nbody\n",
			wantTo:   []string{"a@example.net"},
			wantData: []*regexp.Regexp{regexp.MustCompile(`\r\n\r\nbody\r\n$`)},
		},
		{
			name:     "Bcc is removed without -t too",
			args:     []string{"sendmail", "-i", "a@example.net"},
			stdin:    "To: a@example.net\nBcc: hidden@example.net,\n  other@example.net\nSubject: s\n\nbody\n",
			wantTo:   []string{"a@example.net"},
			wantData: []*regexp.Regexp{regexp.MustCompile(`\r\nTo: a@example.net\r\nSubject: s\r\n\r\nbody\r\n$`)},
			notData:  []string{"hidden", "other@"},
		},
		{
			name: "a missing file is a config error", config: func(string) string { return "" },
			args: []string{"sendmail", "--config", "/nonexistent/smtpconf.toml", "a@example.net"}, stdin: "x\n", wantCode: exConfig,
			wantErr: "/nonexistent/smtpconf.toml does not exist\nhint: create it",
		},
		{
			name:     "empty input is sent as an empty message, not one mailer composes",
			args:     []string{"sendmail", "a@example.net"},
			wantTo:   []string{"a@example.net"},
			wantData: []*regexp.Regexp{regexp.MustCompile(`^Date: .+\r\nMessage-ID: <[0-9a-f]+@example.com>\r\nFrom: <app@example.com>\r\n\r\n$`)},
		},
		{
			name: "a bare user name, as cron gives without MAILTO, is a usage error that says so",
			args: []string{"sendmail", "-i", "root"}, stdin: "x\n", wantCode: exUsage, wantErr: `"root" is a local user name`,
		},
		{
			name: "user names in a list, as cron may give, are local user names",
			args: []string{"sendmail", "root, admin"}, stdin: "x\n", wantCode: exUsage, wantErr: `"root, admin" is a local user name`,
		},
		{
			name: "a recipient with a space and no @ is no user name but an invalid address",
			args: []string{"sendmail", "-i", "bad addr"}, stdin: "x\n", wantCode: exUsage, wantErr: `"bad addr" is not a valid address`,
		},
		{
			name: "a To header with a space and no @ is an invalid address, not a user name",
			args: []string{"sendmail", "-t"}, stdin: "To: not an address\n\nx\n", wantCode: exDataErr, wantErr: `the To header "not an address" is not a valid address`,
		},
		{name: "a recipient argument that is no address is a usage error", args: []string{"sendmail", "a@@b"}, stdin: "x\n", wantCode: exUsage, wantErr: "not a list of addresses"},
		{name: "no recipients is a usage error", args: []string{"sendmail"}, stdin: "x\n", wantCode: exUsage, wantErr: "no recipients"},
		{name: "an unknown option is a usage error", args: []string{"sendmail", "-Z", "a@example.net"}, wantCode: exUsage, wantErr: "unknown option -Z"},
		{name: "-bs is refused", args: []string{"sendmail", "-bs"}, wantCode: exUsage, wantErr: "-bs is not supported"},
		{name: "a broken To header is a bad message", args: []string{"sendmail", "-t"}, stdin: "To: not an address\n\nx\n", wantCode: exDataErr, wantErr: "the To header"},
		{name: "-t without recipients is a bad message", args: []string{"sendmail", "-t"}, stdin: "Subject: s\n\nx\n", wantCode: exDataErr, wantErr: "no recipients in To, Cc or Bcc"},
		{
			name: "8-bit body without 8BITMIME is a bad message", server: []smtptest.Option{smtptest.WithoutStartTLS(), smtptest.Without8BitMIME()},
			args: []string{"sendmail", "a@example.net"}, stdin: "Subject: s\n\nGrüße\n", wantCode: exDataErr, wantErr: "8BITMIME",
		},
		{name: "a wrong password is a refused login", password: "wrong", args: []string{"sendmail", "a@example.net"}, stdin: "x\n", wantCode: exNoPerm, wantErr: "hint: "},
		{
			name: "a 5xx recipient is a permanent failure", server: []smtptest.Option{smtptest.RejectRecipients("gone@example.net")},
			args: []string{"sendmail", "gone@example.net"}, stdin: "x\n", wantCode: exUnavailable, wantErr: "gone@example.net",
		},
		{
			name: "what the server says reaches the terminal escaped", server: []smtptest.Option{smtptest.FailAt(smtptest.StepRcpt, smtptest.Reply{Code: 550, Text: "no\x1b]0;owned\x07 such user"})},
			args: []string{"sendmail", "a@example.net"}, stdin: "x\n", wantCode: exUnavailable, wantErr: `no\x1b]0;owned\x07 such user`,
		},
		{
			name: "a 4xx is a temporary failure", server: []smtptest.Option{smtptest.FailAt(smtptest.StepData, smtptest.Reply{Code: 451, Enhanced: "4.3.0", Text: "try later"})},
			args: []string{"sendmail", "a@example.net"}, stdin: "x\n", wantCode: exTempFail, wantErr: "try again later",
		},
		{
			name: "a closed port is a temporary failure", config: func(s string) string { return regexp.MustCompile(`port = \d+`).ReplaceAllString(s, "port = 1") },
			args: []string{"sendmail", "a@example.net"}, stdin: "x\n", wantCode: exTempFail, wantErr: "hint: nothing listens",
		},
		{
			name: "an invalid file is a config error", config: func(s string) string { return strings.Replace(s, `auth = "plain"`, `auth = "rot13"`, 1) },
			args: []string{"sendmail", "a@example.net"}, stdin: "x\n", wantCode: exConfig, wantErr: "smtp.auth",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := smtptest.NewServer(t, append(slices.Clone(account), tt.server...)...)
			e := newEnv(t)
			password := serverPassword
			if tt.password != "" {
				password = tt.password
			}
			body := configFor(srv, false, "plain", password)
			if tt.config != nil {
				body = tt.config(body)
			}
			e.writeConfig(body)
			o := e.run(tt.stdin, append([]string{"--config", e.config}, tt.args...)...)
			expectCode(t, o, tt.wantCode)
			if !strings.Contains(o.stderr, tt.wantErr) {
				t.Errorf("stderr should contain %q:\n%s", tt.wantErr, o)
			}
			expectNoSecret(t, o, secretForms(serverUser, serverPassword))
			if strings.ContainsAny(o.stderr, "\x1b\x07") {
				t.Errorf("control characters reached stderr: %q", o.stderr)
			}
			msgs := srv.Messages()
			if tt.wantCode != 0 {
				if len(msgs) != 0 {
					t.Fatalf("delivered %q despite exit %d", msgs[0].Data, tt.wantCode)
				}
				return
			}
			if len(msgs) != 1 {
				t.Fatalf("server holds %d messages, want 1\n%s", len(msgs), o)
			}
			checkDelivered(t, msgs[0], tt.wantTo, tt.wantData, tt.notData)
		})
	}
}

// TestSendmailAsksTheResolverNamedInTheEnvironment: sendmail looks the
// relay up where check does (SMTPCONF_RESOLVER, a split-horizon name the
// system's DNS does not know); a value that is no address is a config error.
func TestSendmailAsksTheResolverNamedInTheEnvironment(t *testing.T) {
	srv := smtptest.NewServer(t, smtptest.WithUser(serverUser, serverPassword), smtptest.WithCertNames("relay.internal.test"))
	dnsAddr := testdns.Start(t, "relay.internal.test. A 127.0.0.1")
	e := newEnv(t)
	e.writeConfig(strings.Replace(configFor(srv, true, "plain", serverPassword), `host = "127.0.0.1"`, `host = "relay.internal.test"`, 1))

	o := e.with(discover.EnvResolver+"="+dnsAddr).run("Subject: s\n\nx\n", "--config", e.config, "sendmail", "-i", "a@example.net")
	expectCode(t, o, 0)
	if len(srv.Messages()) != 1 {
		t.Fatalf("server holds %d messages, want 1\n%s", len(srv.Messages()), o)
	}
	o = e.with(discover.EnvResolver+"=internal-dns").run("Subject: s\n\nx\n", "--config", e.config, "sendmail", "-i", "a@example.net")
	expectCode(t, o, exConfig)
	if !strings.Contains(o.stderr, "SMTPCONF_RESOLVER") {
		t.Errorf("stderr should name SMTPCONF_RESOLVER:\n%s", o)
	}
}

func checkDelivered(t *testing.T, m smtptest.Message, to []string, data []*regexp.Regexp, not []string) {
	t.Helper()
	if !slices.Equal(m.To, to) {
		t.Errorf("envelope recipients %q, want %q", m.To, to)
	}
	for _, re := range data {
		if !re.Match(m.Data) {
			t.Errorf("delivered message should match %s:\n%q", re, m.Data)
		}
	}
	for _, s := range not {
		if strings.Contains(string(m.Data), s) {
			t.Errorf("delivered message should not contain %q:\n%q", s, m.Data)
		}
	}
}

// Real programs that send through a sendmail, each pointed at smtpconf as
// an admin would: mailx through a link named sendmail, PHP through
// sendmail_path, git through --sendmail-cmd.
func TestRealClientsSendThroughSendmailMode(t *testing.T) {
	tests := []struct {
		name     string
		program  string
		pkg      string
		run      func(t *testing.T, e *env, link string) *exec.Cmd
		stdin    string
		wantTo   []string
		wantData []*regexp.Regexp
	}{
		{
			name: "bsd-mailx", program: "bsd-mailx", pkg: "bsd-mailx",
			run: func(t *testing.T, e *env, link string) *exec.Cmd {
				if err := os.WriteFile(filepath.Join(e.home, ".mailrc"), []byte("set sendmail="+link+"\n"), 0o600); err != nil {
					t.Fatal(err)
				}
				return exec.Command("bsd-mailx", "-s", "Nightly backup", "admin@example.net")
			},
			stdin:  "Backup finished.\n.\nStill the body.\n",
			wantTo: []string{"admin@example.net"},
			wantData: []*regexp.Regexp{
				regexp.MustCompile(`(?s)^Date: .*\r\nMessage-ID: <[0-9a-f]+@example.com>\r\nFrom: <app@example.com>\r\nTo: admin@example.net\r\nSubject: Nightly backup\r\n`),
				regexp.MustCompile(`\r\n\r\nBackup finished.\r\n\.\r\nStill the body.\r\n$`),
			},
		},
		{
			name: "php mail()", program: "php", pkg: "php-cli",
			run: func(t *testing.T, e *env, _ string) *exec.Cmd {
				return exec.Command("php", "-n", "-d", "sendmail_path="+shellword.Quote(binary)+" --config "+shellword.Quote(e.config)+" sendmail -t -i",
					"-r", `exit(mail("Web User <user@example.net>", "Password reset", "Click.\n.\nDone.", "From: Shop <app@example.com>\r\nBcc: audit@example.net") ? 0 : 1);`)
			},
			wantTo: []string{"user@example.net", "audit@example.net"},
			wantData: []*regexp.Regexp{
				regexp.MustCompile(`(?s)^Date: .*\r\nMessage-ID: <[0-9a-f]+@example.com>\r\nTo: Web User <user@example.net>\r\nSubject: Password reset\r\nFrom: Shop <app@example.com>\r\n\r\nClick.\r\n\.\r\nDone.\r\n$`),
			},
		},
		{
			name: "git send-email", program: "git", pkg: "git-email libmailtools-perl",
			run: func(t *testing.T, e *env, _ string) *exec.Cmd {
				repo := filepath.Join(e.home, "repo")
				git := func(args ...string) {
					if o := e.exec("", exec.Command("git", append([]string{"-C", repo}, args...)...)); o.code != 0 {
						t.Fatalf("git %v: %s", args, o)
					}
				}
				if err := os.MkdirAll(repo, 0o700); err != nil {
					t.Fatal(err)
				}
				git("init", "-q")
				for i, subject := range []string{"first", "Fix the frobnicator"} {
					if err := os.WriteFile(filepath.Join(repo, "f"), []byte(strings.Repeat("line\n", i+1)), 0o600); err != nil {
						t.Fatal(err)
					}
					git("add", "f")
					git("commit", "-q", "-m", subject)
				}
				return exec.Command("git", "-C", repo, "send-email", "--sendmail-cmd="+shellword.Quote(binary)+" --config "+shellword.Quote(e.config)+" sendmail",
					"--to=list@example.net", "--from=App <app@example.com>", "--suppress-cc=all", "--confirm=never", "--quiet", "-1")
			},
			wantTo: []string{"list@example.net"},
			wantData: []*regexp.Regexp{
				regexp.MustCompile(`(?m)^Subject: \[PATCH\] Fix the frobnicator\r$`),
				regexp.MustCompile(`(?m)^From: App <app@example.com>\r$`),
				regexp.MustCompile(`(?m)^Message-Id: <[^>]+@example.com>\r$`),
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			needProgram(t, tt.program, tt.pkg)
			srv := smtptest.NewServer(t, smtptest.WithUser(serverUser, serverPassword))
			e := newEnv(t).with("GIT_AUTHOR_NAME=Dev", "GIT_AUTHOR_EMAIL=dev@example.com",
				"GIT_COMMITTER_NAME=Dev", "GIT_COMMITTER_EMAIL=dev@example.com")
			e.vars = append(e.vars, "SMTPCONF_CONFIG="+e.config)
			e.writeConfig(configFor(srv, true, "plain", serverPassword))
			o := e.exec(tt.stdin, tt.run(t, e, sendmailLink(t)))
			expectCode(t, o, 0)
			msgs := srv.Messages()
			if len(msgs) != 1 {
				t.Fatalf("server holds %d messages, want 1\n%s", len(msgs), o)
			}
			checkDelivered(t, msgs[0], tt.wantTo, tt.wantData, []string{"audit@"})
		})
	}
}

func TestSendmailOptionsParseAsSendmailsGetopt(t *testing.T) {
	tests := []struct {
		args    []string
		want    sendmailArgs
		wantErr string
	}{
		{args: []string{"-ti"}, want: sendmailArgs{fromHdrs: true}},
		{args: []string{"-fme@example.com", "-F", "Me", "a@example.net"}, want: sendmailArgs{dotEnds: true, from: "me@example.com", fullName: "Me", rcpts: []string{"a@example.net"}}},
		{args: []string{"-oi", "-oem", "-odi", "-Nsuccess,failure", "-V", "envid", "--", "-weird@example.net"}, want: sendmailArgs{rcpts: []string{"-weird@example.net"}}},
		{args: []string{"-C", "/etc/a.toml", "--config=/etc/b.toml", "-r", "bounce@example.com", "-t"}, want: sendmailArgs{dotEnds: true, fromHdrs: true, config: "/etc/b.toml", from: "bounce@example.com"}},
		{args: []string{"-f"}, wantErr: "-f needs a value"},
		{args: []string{"-bp"}, wantErr: "-bp is not supported"},
		{args: []string{"-q1h"}, wantErr: "no queue"},
		{args: []string{"--verbose"}, wantErr: "unknown option --verbose"},
		{args: []string{"--lang", "de", "-t", "--lang=en"}, want: sendmailArgs{dotEnds: true, fromHdrs: true}},
		{args: []string{"--lang", "fr"}, wantErr: "unknown language"},
		{args: []string{"-t", "--lang"}, wantErr: "--lang needs"},
	}
	for _, tt := range tests {
		got, err := parseSendmailArgs(tt.args)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("%q: err = %v, want %q", tt.args, err, tt.wantErr)
			}
			continue
		}
		if err != nil || fmt.Sprintf("%+v", got) != fmt.Sprintf("%+v", tt.want) {
			t.Errorf("%q: got %+v, %v; want %+v", tt.args, got, err, tt.want)
		}
	}
}
