package main

// The Ansible collection in contrib/ansible, run by Debian's ansible-core
// against this machine (-i localhost, -c local): the modules drive the
// built binary, which talks to a test server.

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/smtpconf/smtpconf/mailer/smtptest"
)

const fleetPlaybook = `- hosts: all
  gather_facts: false
  tasks:
    - name: mail settings
      smtpconf.smtpconf.smtpconf_settings:
        binary: "{{ smtpconf_bin }}"
        config: "{{ smtpconf_config }}"
        settings:
          use_default: false
          sender: "{{ smtp_user }}"
          host: "{{ smtp_host }}"
          port: "{{ smtp_port }}"
          starttls: true
          auth: plain
          username: "{{ smtp_user }}"
          tls_ca_file: "{{ smtp_ca }}"
          timeout: 5s
        password: "{{ smtp_password }}"
    - name: the server takes them
      smtpconf.smtpconf.smtpconf_check:
        binary: "{{ smtpconf_bin }}"
        config: "{{ smtpconf_config }}"
`

const absentPlaybook = `- hosts: all
  gather_facts: false
  tasks:
    - smtpconf.smtpconf.smtpconf_settings:
        binary: "{{ smtpconf_bin }}"
        config: "{{ smtpconf_config }}"
        state: absent
        settings:
          timeout:
`

// secretPlaybook hands the client secret over in settings (refused: it
// would be logged) and then as the no_log option.
const secretPlaybook = `- hosts: all
  gather_facts: false
  tasks:
    - smtpconf.smtpconf.smtpconf_settings:
        binary: "{{ smtpconf_bin }}"
        config: "{{ smtpconf_config }}"
        settings:
          smtp.oauth2_client_secret: "{{ smtp_password }}"
      ignore_errors: true
    - smtpconf.smtpconf.smtpconf_settings:
        binary: "{{ smtpconf_bin }}"
        config: "{{ smtpconf_config }}"
        oauth2_client_secret: "{{ smtp_password }}"
`

// recap is the PLAY RECAP's counts for localhost.
var recap = regexp.MustCompile(`localhost\s*:\s*ok=(\d+)\s+changed=(\d+)\s+unreachable=\d+\s+failed=(\d+)`)

func TestAnsibleCollectionConfiguresAndChecks(t *testing.T) {
	needProgram(t, "ansible-playbook", "ansible-core")
	srv := smtptest.NewServer(t, smtptest.WithUser(serverUser, serverPassword), smtptest.AuthOnlyOverTLS(), smtptest.RequireAuth())
	e := newEnv(t)
	collections, err := filepath.Abs("../../contrib/ansible")
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	e = e.with("ANSIBLE_COLLECTIONS_PATH="+collections, "ANSIBLE_COLLECTIONS_SCAN_SYS_PATH=false",
		"ANSIBLE_LOCAL_TEMP="+filepath.Join(tmp, "local"), "ANSIBLE_REMOTE_TEMP="+filepath.Join(tmp, "remote"),
		"ANSIBLE_PYTHON_INTERPRETER=/usr/bin/python3", "ANSIBLE_NOCOLOR=1", "ANSIBLE_RETRY_FILES_ENABLED=false",
		"ANSIBLE_HOST_KEY_CHECKING=false", "ANSIBLE_DEPRECATION_WARNINGS=false", "PYTHONDONTWRITEBYTECODE=1")
	playbook := filepath.Join(tmp, "fleet.yml")
	if err := os.WriteFile(playbook, []byte(fleetPlaybook), 0o600); err != nil {
		t.Fatal(err)
	}
	vars := func(password string) string {
		b, _ := json.Marshal(map[string]any{"smtpconf_bin": binary, "smtpconf_config": e.config, "smtp_user": serverUser,
			"smtp_host": srv.Host, "smtp_port": srv.Port, "smtp_ca": srv.CAFile(), "smtp_password": password})
		path := filepath.Join(tmp, "vars-"+password+".json")
		if err := os.WriteFile(path, b, 0o600); err != nil {
			t.Fatal(err)
		}
		return "@" + path
	}
	runPlaybook := func(book, password string, extra ...string) (outcome, [3]string) {
		t.Helper()
		args := append([]string{"-i", "localhost,", "-c", "local", book, "-e", vars(password)}, extra...)
		o := e.exec("", exec.Command("ansible-playbook", args...))
		if strings.Contains(o.stdout+o.stderr, serverPassword) {
			t.Fatalf("the password appears in ansible's output:\n%s", o)
		}
		m := recap.FindStringSubmatch(o.stdout)
		if m == nil {
			t.Fatalf("no PLAY RECAP:\n%s", o)
		}
		return o, [3]string{m[1], m[2], m[3]}
	}
	play := func(password string, extra ...string) (outcome, [3]string) {
		t.Helper()
		return runPlaybook(playbook, password, extra...)
	}

	t.Run("the modules document themselves", func(t *testing.T) {
		o := e.exec("", exec.Command("ansible-doc", "smtpconf.smtpconf.smtpconf_settings", "smtpconf.smtpconf.smtpconf_check"))
		expectCode(t, o, 0)
		if strings.Contains(o.stderr, "ERROR") || !strings.Contains(o.stdout, "no_log") && !strings.Contains(o.stdout, "never logged") {
			t.Errorf("ansible-doc:\n%s", o)
		}
	})
	t.Run("check mode on a new host writes nothing", func(t *testing.T) {
		o, counts := play(serverPassword, "--check")
		// The check task fails: there is no file yet. The settings task
		// says what it would change.
		if counts[1] != "1" || !strings.Contains(o.stdout, "changed: [localhost]") {
			t.Errorf("want the settings task changed in check mode, got %v:\n%s", counts, o)
		}
		if _, err := os.Stat(e.config); !os.IsNotExist(err) {
			t.Fatalf("check mode wrote %s", e.config)
		}
	})
	t.Run("first run changes, shows the keys with the password hidden, and the check passes", func(t *testing.T) {
		o, counts := play(serverPassword, "--diff")
		expectCode(t, o, 0)
		if counts != [3]string{"2", "1", "0"} {
			t.Fatalf("recap ok/changed/failed = %v, want 2/1/0:\n%s", counts, o)
		}
		for _, want := range []string{"+host = " + srv.Host, "+password = ********", fmt.Sprintf("+port = %d", srv.Port)} {
			if !strings.Contains(o.stdout, want) {
				t.Errorf("the diff should show %q:\n%s", want, o)
			}
		}
	})
	t.Run("second run changes nothing", func(t *testing.T) {
		before := e.readConfig()
		o, counts := play(serverPassword)
		expectCode(t, o, 0)
		if counts != [3]string{"2", "0", "0"} {
			t.Fatalf("recap ok/changed/failed = %v, want 2/0/0:\n%s", counts, o)
		}
		if e.readConfig() != before {
			t.Error("the file was rewritten")
		}
	})
	t.Run("check mode with another password reports a change and writes nothing", func(t *testing.T) {
		before := e.readConfig()
		o, counts := play("another-password", "--check")
		if counts[1] != "1" || e.readConfig() != before {
			t.Fatalf("recap %v, file changed %t:\n%s", counts, e.readConfig() != before, o)
		}
	})
	t.Run("state absent removes a key, once", func(t *testing.T) {
		book := filepath.Join(tmp, "absent.yml")
		if err := os.WriteFile(book, []byte(absentPlaybook), 0o600); err != nil {
			t.Fatal(err)
		}
		for i, want := range []string{"1", "0"} {
			o, counts := runPlaybook(book, serverPassword)
			expectCode(t, o, 0)
			if counts[1] != want {
				t.Fatalf("run %d: changed=%s, want %s:\n%s", i+1, counts[1], want, o)
			}
		}
		if strings.Contains(e.readConfig(), "timeout") {
			t.Errorf("timeout is still in the file:\n%s", e.readConfig())
		}
	})
	t.Run("the OAuth 2.0 client secret is a secret too", func(t *testing.T) {
		book := filepath.Join(tmp, "secret.yml")
		if err := os.WriteFile(book, []byte(secretPlaybook), 0o600); err != nil {
			t.Fatal(err)
		}
		// runPlaybook fails the test if the secret shows anywhere.
		o, counts := runPlaybook(book, serverPassword, "--diff")
		if counts != [3]string{"2", "1", "0"} || !strings.Contains(o.stdout, "with the oauth2_client_secret option") ||
			!strings.Contains(o.stdout, "+oauth2_client_secret = ********") {
			t.Fatalf("want the key refused in settings, then set with its value hidden; recap %v:\n%s", counts, o)
		}
		if !strings.Contains(e.readConfig(), serverPassword) {
			t.Errorf("the client secret was not saved:\n%s", e.readConfig())
		}
	})
	t.Run("a wrong password fails the check with the hint", func(t *testing.T) {
		o, counts := play("wrong-password")
		if o.code == 0 || counts[2] != "1" {
			t.Fatalf("want a failed check, got %v:\n%s", counts, o)
		}
		if !strings.Contains(o.stdout, "the server rejected the username or password") {
			t.Errorf("the failure should carry smtpconf's hint:\n%s", o)
		}
	})
}
