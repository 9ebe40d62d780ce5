package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestUsageErrorsExit2(t *testing.T) {
	e := newEnv(t)
	e.writeConfig("[smtp]\nhost = \"mail.example.com\"\n")
	tests := []struct {
		name    string
		args    []string
		wantErr string
	}{
		{"unknown command", []string{"frobnicate"}, `unknown command "frobnicate"`},
		{"unknown root flag", []string{"--frobnicate"}, "unknown flag: --frobnicate"},
		{"unknown subcommand flag", []string{"check", "--frobnicate"}, "unknown flag: --frobnicate"},
		{"flag without its value", []string{"check", "--timeout"}, "flag needs an argument"},
		{"malformed duration", []string{"check", "--timeout", "soon"}, "invalid argument"},
		{"timeout out of range", []string{"check", "--timeout", "1ms"}, "out of range"},
		{"extra argument", []string{"validate", "extra"}, "extra"},
		{"set without arguments", []string{"set"}, "requires at least 1 arg"},
		{"set without =", []string{"set", "host"}, `"host" is not KEY=VALUE`},
		{"set with an empty key", []string{"set", "=x"}, "is not KEY=VALUE"},
		{"set two values from stdin", []string{"set", "password=-", "username=-"}, "only one value"},
		{"configure without a terminal", []string{"configure"}, "needs a terminal"},
		{"bare command without a terminal", nil, "needs a terminal"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := e.readConfig()
			o := e.smtpconf(tt.args...)
			expectCode(t, o, exitUsage)
			if !strings.Contains(o.stderr, tt.wantErr) {
				t.Errorf("stderr should contain %q:\n%s", tt.wantErr, o)
			}
			if after := e.readConfig(); after != before {
				t.Errorf("a usage error changed the file:\n%s", after)
			}
		})
	}
}

// set --help lists the keys, as config's "unknown key" message promises.
func TestSetHelpListsTheKeys(t *testing.T) {
	o := newEnv(t).run("", "set", "--help")
	expectCode(t, o, exitOK)
	for _, key := range []string{"use_default", "host", "port", "password_env", "tls_ca_file", "test_recipient", "default_server.KEY"} {
		if !strings.Contains(o.stdout, key) {
			t.Errorf("set --help should name %s:\n%s", key, o)
		}
	}
}

func TestSetCompletesKeysAndValues(t *testing.T) {
	tests := []struct {
		word string
		want []string // completions, without their descriptions
	}{
		{"hos", []string{"host="}},
		{"default_server.po", []string{"default_server.port="}},
		{"auth=", []string{"auth=none", "auth=auto", "auth=login", "auth=plain", "auth=cram-md5"}},
		{"starttls=t", []string{"starttls=true"}},
		{"nonsense=", nil},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			o := newEnv(t).run("", "__complete", "set", tt.word)
			expectCode(t, o, exitOK)
			var got []string
			for _, line := range strings.Split(strings.TrimSpace(o.stdout), "\n") {
				if line == "" || strings.HasPrefix(line, ":") {
					continue // cobra's directive line
				}
				got = append(got, strings.SplitN(line, "\t", 2)[0])
			}
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestVersion(t *testing.T) {
	e := newEnv(t)
	for _, args := range [][]string{{"version"}, {"--version"}} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			o := e.run("", args...)
			expectCode(t, o, exitOK)
			if !strings.Contains(o.stdout, testVersion) {
				t.Errorf("want the version %q from -ldflags:\n%s", testVersion, o)
			}
		})
	}
}

// Every command's --help names the file this very invocation would use, and why.
func TestHelpNamesTheConfigFile(t *testing.T) {
	e := newEnv(t)
	fromEnv := filepath.Join(e.home, "from-env.toml")
	fromFlag := filepath.Join(e.home, "from-flag.toml")
	defaultPath := filepath.Join(e.home, ".config", "smtpconf", "config.toml")
	if os.Geteuid() == 0 {
		defaultPath = "/etc/smtpconf/config.toml"
	}
	commands := [][]string{nil, {"configure"}, {"validate"}, {"show"}, {"set"}, {"check"}, {"test"}}
	tests := []struct {
		name string
		env  *env
		flag []string
		want string
	}{
		{"default", e, nil, "config file: " + defaultPath + " (default)"},
		{"environment", e.with("SMTPCONF_CONFIG=" + fromEnv), nil, "config file: " + fromEnv + " (from $SMTPCONF_CONFIG)"},
		{"flag beats environment", e.with("SMTPCONF_CONFIG=" + fromEnv), []string{"--config", fromFlag}, "config file: " + fromFlag + " (from --config)"},
		{"flag after the command", e, []string{"--config=" + fromFlag}, "config file: " + fromFlag + " (from --config)"},
	}
	for _, tt := range tests {
		for _, command := range commands {
			t.Run(tt.name+"/"+strings.Join(append([]string{"smtpconf"}, command...), " "), func(t *testing.T) {
				args := append(append(append([]string(nil), command...), tt.flag...), "--help")
				o := tt.env.run("", args...)
				expectCode(t, o, exitOK)
				if !strings.Contains(o.stdout, tt.want) {
					t.Errorf("help should say %q:\n%s", tt.want, o)
				}
			})
		}
	}
}
