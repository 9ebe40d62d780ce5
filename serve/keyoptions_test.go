package serve

import (
	"net"
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

func TestKeyRules(t *testing.T) {
	now := time.Date(2026, 6, 1, 12, 0, 0, 0, time.Local)
	v4 := &net.TCPAddr{IP: net.ParseIP("192.0.2.10"), Port: 40000}
	v6 := &net.TCPAddr{IP: net.ParseIP("2001:db8::1"), Port: 40000}
	tests := []struct {
		name        string
		options     []string
		remote      net.Addr
		wantErr     string // parse error: the line is skipped
		wantRefusal string // "" lets the client in
	}{
		{"no options", nil, v4, "", ""},
		{"harmless options", []string{"no-port-forwarding", "no-agent-forwarding", `environment="A=b"`, `permitopen="x:1"`}, v4, "", ""},
		{"restrict without pty has no terminal", []string{"restrict"}, v4, "", "restrict without pty"},
		{"restrict with pty", []string{"restrict", "pty"}, v4, "", ""},
		{"pty alone", []string{"pty"}, v4, "", ""},
		// sshd applies them in order: a restrict after pty takes it away.
		{"pty before restrict has no terminal", []string{"pty", "restrict"}, v4, "", "restrict without pty"},
		{"pty after no-pty", []string{"no-pty", "pty"}, v4, "", ""},
		{"no-pty after restrict and pty", []string{"restrict", "pty", "no-pty"}, v4, "", "no-pty"},
		{"forced command", []string{`command="/usr/local/bin/backup"`}, v4, "", "command="},
		{"restrict, pty and a forced command", []string{"restrict", "pty", `command="/bin/false"`}, v4, "", "command="},
		{"from exact address", []string{`from="192.0.2.10"`}, v4, "", ""},
		{"from wildcard", []string{`from="192.0.2.*"`}, v4, "", ""},
		{"from CIDR", []string{`from="192.0.2.0/24,198.51.100.0/24"`}, v4, "", ""},
		{"from IPv6 CIDR", []string{`from="2001:db8::/32"`}, v6, "", ""},
		{"from elsewhere", []string{`from="198.51.100.0/24"`}, v4, "", "client address not allowed"},
		{"from negated wins", []string{`from="*,!192.0.2.10"`}, v4, "", "client address not allowed"},
		{"from with brackets is literal, as in sshd", []string{`from="192.0.2.[0-9]*"`}, v4, "", "client address not allowed"},
		{"from host name never matches", []string{`from="admin.example.com"`}, v4, "", "client address not allowed"},
		{"not yet expired", []string{`expiry-time="20261231"`}, v4, "", ""},
		{"expired", []string{`expiry-time="202605311200"`}, v4, "", "key expired"},
		{"bad expiry", []string{`expiry-time="tomorrow"`}, v4, "expiry-time", ""},
		{"no-pty", []string{"no-pty"}, v4, "", "no-pty"},
		{"unknown option", []string{"tunnel=\"0\""}, v4, `option "tunnel" is not supported`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rules, err := parseKeyRules(tt.options)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			if why := rules.refusal(tt.remote, now); why != nil {
				got = why.Error()
			}
			if (tt.wantRefusal == "") != (got == "") || !strings.Contains(got, tt.wantRefusal) {
				t.Errorf("refusal %q, want %q", got, tt.wantRefusal)
			}
		})
	}
}

// Options in the file are enforced at login.
func TestAuthorizedKeysOptions(t *testing.T) {
	f := startServer(t, withModel(newStandIn))
	key := strings.TrimSpace(string(gossh.MarshalAuthorizedKey(f.admin.PublicKey())))
	tests := []struct {
		line   string
		wantOK bool
	}{
		{`from="127.0.0.0/8" ` + key + " alice", true},
		{`from="10.0.0.0/8" ` + key + " alice", false},
		{`from="*,!127.0.0.1" ` + key + " alice", false},
		{`expiry-time="20000101" ` + key + " alice", false},
		{`no-pty ` + key + " alice", false},
		{`unknown-option ` + key + " alice", false},
		{`restrict,command="/bin/false" ` + key + " alice", false},
		{`command="/usr/local/bin/backup" ` + key + " alice", false},
		{`restrict ` + key + " alice", false},
		{`restrict,pty ` + key + " alice", true},
		{`no-agent-forwarding,no-port-forwarding ` + key + " alice", true},
	}
	for _, tt := range tests {
		t.Run(tt.line[:strings.Index(tt.line, "ssh-ed25519")], func(t *testing.T) {
			writeFile(t, f.authorizedKeys, tt.line+"\n")
			c, err := f.dial("admin", gossh.PublicKeys(f.admin))
			if err == nil {
				c.Close()
			}
			if (err == nil) != tt.wantOK {
				t.Errorf("login succeeded %v, want %v (%v)", err == nil, tt.wantOK, err)
			}
		})
	}
}
