package main

import (
	"strconv"
	"strings"
	"testing"

	"github.com/smtpconf/smtpconf/discover"
	"github.com/smtpconf/smtpconf/internal/testdns"
	"github.com/smtpconf/smtpconf/mailer/smtptest"
)

// probeOutcome is the part of `probe --json` these tests read.
type probeOutcome struct {
	Schema   int    `json:"schema"`
	OK       bool   `json:"ok"`
	Host     string `json:"host"`
	Grade    string `json:"grade"`
	Reason   string `json:"reason"`
	Error    string `json:"error"`
	Hint     string `json:"hint"`
	Kind     string `json:"kind"`
	Proposal *struct {
		Host     string `json:"host"`
		Port     int    `json:"port"`
		Protocol string `json:"protocol"`
		StartTLS bool   `json:"starttls"`
		Auth     string `json:"auth"`
	} `json:"proposal"`
	SetArgs []string `json:"set_args"`
	Ports   []struct {
		Port          int      `json:"port"`
		Reachable     bool     `json:"reachable"`
		Greeting      string   `json:"greeting"`
		StartTLS      bool     `json:"starttls"`
		Extensions    []string `json:"extensions"`
		AuthBeforeTLS []string `json:"auth_before_tls"`
		Auth          []string `json:"auth"`
		MaxSize       int      `json:"max_size"`
		Error         string   `json:"error"`
		TLS           *struct {
			Version  string   `json:"version"`
			Subject  string   `json:"subject"`
			Issuer   string   `json:"issuer"`
			DNSNames []string `json:"dns_names"`
			Trusted  bool     `json:"trusted"`
		} `json:"tls"`
	} `json:"ports"`
}

// TestProbeCommandReportsTheServer runs `smtpconf probe 127.0.0.1 --port P`
// against a real server on loopback: 465, 587 and 25 are refused here, P
// answers with STARTTLS, and the report and the proposal say so, in JSON
// and in text, with no config file anywhere.
func TestProbeCommandReportsTheServer(t *testing.T) {
	srv := smtptest.NewServer(t, smtptest.WithUser("app", "secret"), smtptest.AuthOnlyOverTLS(), smtptest.WithMaxSize(1<<20))
	port := strconv.Itoa(srv.Port)
	e := newEnv(t)

	o := e.run("", "probe", "127.0.0.1", "--port", port, "--json", "--timeout", "5s")
	expectCode(t, o, 0)
	var got probeOutcome
	decodeOne(t, o, &got)
	if got.Schema != 1 || !got.OK || got.Host != "127.0.0.1" || len(got.Ports) != 4 {
		t.Fatalf("report %+v", got)
	}
	p := got.Ports[3]
	if p.Port != srv.Port || !p.Reachable || !p.StartTLS || p.TLS == nil || p.TLS.Trusted || p.TLS.Issuer != "smtptest CA" {
		t.Fatalf("port %d: %+v", srv.Port, p)
	}
	if len(p.AuthBeforeTLS) != 0 || strings.Join(p.Auth, " ") != "CRAM-MD5 PLAIN LOGIN" || p.MaxSize != 1<<20 {
		t.Errorf("AUTH before %q after %q, SIZE %d", p.AuthBeforeTLS, p.Auth, p.MaxSize)
	}
	if !strings.Contains(strings.Join(p.Extensions, "|"), "SIZE 1048576") {
		t.Errorf("extensions %q", p.Extensions)
	}
	if got.Proposal == nil || got.Proposal.Port != srv.Port || !got.Proposal.StartTLS || got.Grade != "untrusted-tls" {
		t.Fatalf("proposal %+v, grade %q", got.Proposal, got.Grade)
	}
	wantArgs := "use_default=false host=127.0.0.1 port=" + port + " protocol=smtp starttls=true auth=auto"
	if strings.Join(got.SetArgs, " ") != wantArgs {
		t.Errorf("set_args %q, want %q", got.SetArgs, wantArgs)
	}
	for _, q := range got.Ports[:3] {
		if q.Reachable || q.Error == "" {
			t.Errorf("port %d: %+v, want refused", q.Port, q)
		}
	}

	o = e.run("", "probe", "127.0.0.1", "--port", port, "--timeout", "5s")
	expectCode(t, o, 0)
	for _, want := range []string{
		"STARTTLS offered",
		"AUTH after TLS: CRAM-MD5 PLAIN LOGIN; before TLS: none offered",
		"issued by smtptest CA",
		"NOT trusted here",
		"SIZE: 1048576 bytes (1.0 MiB)",
		"smtpconf set " + wantArgs,
		"username=LOGIN password=-",
	} {
		if !strings.Contains(o.stdout, want) {
			t.Errorf("text report lacks %q:\n%s", want, o)
		}
	}
}

// TestProbeCommandFiltersWhatTheServerSends: a greeting with escape
// sequences reaches neither the terminal nor the JSON as control bytes.
func TestProbeCommandFiltersWhatTheServerSends(t *testing.T) {
	srv := smtptest.NewServer(t, smtptest.WithGreeting([]byte("220 evil\x1b]0;owned\x07\x1b[2J\xc2\x9b31m ESMTP\r\n")))
	e := newEnv(t)
	for _, args := range [][]string{{"--json"}, {}} {
		o := e.run("", append([]string{"probe", "127.0.0.1", "--port", strconv.Itoa(srv.Port), "--timeout", "3s"}, args...)...)
		if strings.ContainsAny(o.stdout+o.stderr, "\x1b\x07\u009b") {
			t.Errorf("probe %q let control characters through:\n%q", args, o.stdout)
		}
		if !strings.Contains(o.stdout, `evil\x1b]0;owned`) && !strings.Contains(o.stdout, `evil\\x1b]0;owned`) {
			t.Errorf("probe %q: the greeting is not shown escaped:\n%s", args, o)
		}
	}
}

func TestProbeCommandExitsByWhatAnswered(t *testing.T) {
	e := newEnv(t)
	closed := strconv.Itoa(smtptest.ClosedPort(t))
	cases := []struct {
		name string
		args []string
		code int
		want string // in the JSON's error or reason
		kind string
	}{
		{name: "nothing_answers", args: []string{"127.0.0.1", "--port", closed}, code: 1, want: "no SMTP server answered on 127.0.0.1 at ports 465, 587, 25 or " + closed},
		{name: "no_host", args: nil, code: 2, want: "no host given", kind: "usage"},
		{name: "host_and_from", args: []string{"mail.example.com", "--from", "a@example.com"}, code: 2, want: "not both", kind: "usage"},
		{name: "bad_timeout", args: []string{"mail.example.com", "--timeout", "1ms"}, code: 2, want: "--timeout 1ms is out of range", kind: "usage"},
		{name: "bad_port", args: []string{"mail.example.com", "--port", "70000"}, code: 2, want: "--port 70000 is not a port", kind: "usage"},
		{name: "bad_host", args: []string{"mail..example.com"}, code: 2, want: "is not a valid host name", kind: "usage"},
		{name: "bad_from", args: []string{"--from", "not-an-address"}, code: 2, want: "--from", kind: "usage"},
		{name: "bad_resolver", args: []string{"mail.example.com"}, code: 2, want: "SMTPCONF_RESOLVER", kind: "usage"},
		{name: "two_hosts", args: []string{"a.example.com", "b.example.com"}, code: 2, want: "accepts at most 1 arg", kind: "usage"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			run := e
			if c.name == "bad_resolver" {
				run = e.with("SMTPCONF_RESOLVER=dns.example.com")
			}
			o := run.run("", append([]string{"probe", "--json", "--timeout", "3s"}, c.args...)...)
			expectCode(t, o, c.code)
			var got probeOutcome
			decodeOne(t, o, &got)
			if !strings.Contains(got.Error+got.Reason, c.want) || got.Kind != c.kind || got.OK {
				t.Errorf("JSON %+v: want %q, kind %q", got, c.want, c.kind)
			}
			if c.code == 2 && got.Hint == "" {
				t.Errorf("usage error without a hint: %+v", got)
			}
		})
	}
}

// discoveryOutcome is the part of `probe --from --json` these tests read.
type discoveryOutcome struct {
	Schema  int    `json:"schema"`
	OK      bool   `json:"ok"`
	Address string `json:"address"`
	Domain  string `json:"domain"`
	Trace   []struct {
		Step, Title, Status, Detail string
	} `json:"trace"`
	Candidates []struct {
		Host   string `json:"host"`
		Port   int    `json:"port"`
		Source string `json:"source"`
	} `json:"candidates"`
	Found []struct {
		probeOutcome
		Source   string `json:"source"`
		From     string `json:"from"`
		Username string `json:"username"`
	} `json:"found"`
}

// TestProbeFromFindsTheServerThroughDNS runs `smtpconf probe --from`
// against a real DNS server (SMTPCONF_RESOLVER) whose SRV record names a
// loopback SMTP server, trusted through SSL_CERT_FILE as a public CA would be.
func TestProbeFromFindsTheServerThroughDNS(t *testing.T) {
	srv := smtptest.NewServer(t, smtptest.WithUser("app", "secret"), smtptest.WithCertNames("mail.example.test"))
	port := strconv.Itoa(srv.Port)
	dnsAddr := testdns.Start(t,
		"_submission._tcp.example.test. SRV 0 1 "+port+" mail.example.test.",
		"mail.example.test. A 127.0.0.1")
	e := newEnv(t).with(discover.EnvResolver+"="+dnsAddr, "SSL_CERT_FILE="+srv.CAFile())

	o := e.run("", "probe", "--from", "noreply@example.test", "--allow-loopback", "--json", "--timeout", "10s")
	expectCode(t, o, 0)
	var got discoveryOutcome
	decodeOne(t, o, &got)
	if got.Schema != 1 || !got.OK || got.Domain != "example.test" || len(got.Found) == 0 {
		t.Fatalf("discovery %+v\n%s", got, o)
	}
	best := got.Found[0]
	wantArgs := "use_default=false sender=noreply@example.test host=mail.example.test port=" + port +
		" protocol=smtp starttls=true auth=auto username=noreply@example.test password=-"
	if best.Host != "mail.example.test" || best.Source != "srv" || best.Grade != "trusted-tls" || strings.Join(best.SetArgs, " ") != wantArgs {
		t.Errorf("best %+v, set_args %q; want %q", best, best.SetArgs, wantArgs)
	}
	srvFound := false
	for _, ev := range got.Trace {
		srvFound = srvFound || (ev.Step == "srv" && ev.Status == "found" && strings.Contains(ev.Detail, "mail.example.test:"+port))
	}
	if !srvFound {
		t.Errorf("the trace does not show the SRV record found: %+v", got.Trace)
	}

	o = e.run("", "probe", "--from", "noreply@example.test", "--allow-loopback", "--timeout", "10s")
	expectCode(t, o, 0)
	for _, want := range []string{
		"✓ SRV _submission._tcp.example.test: mail.example.test:" + port,
		"1. mail.example.test, port " + port + ", STARTTLS (from the SRV record _submission._tcp.example.test)",
		"smtpconf set " + wantArgs,
	} {
		if !strings.Contains(o.stdout, want) {
			t.Errorf("text lacks %q:\n%s", want, o)
		}
	}

	// Without --allow-loopback, a record pointing at this machine is refused.
	o = e.run("", "probe", "--from", "noreply@example.test", "--timeout", "10s")
	expectCode(t, o, 1)
	if !strings.Contains(o.stdout, "! Probe mail.example.test") || !strings.Contains(o.stdout, "loopback") {
		t.Errorf("loopback not refused:\n%s", o)
	}
}

// TestCheckAsksTheResolverNamedInTheEnvironment: with SMTPCONF_RESOLVER,
// check looks the host up there (a split-horizon name the system's DNS
// does not know); a value that is no address is a usage error before any
// network step.
func TestCheckAsksTheResolverNamedInTheEnvironment(t *testing.T) {
	srv := smtptest.NewServer(t, smtptest.WithUser(serverUser, serverPassword), smtptest.WithCertNames("relay.internal.test"))
	dnsAddr := testdns.Start(t, "relay.internal.test. A 127.0.0.1")
	e := newEnv(t)
	e.writeConfig(strings.Replace(configFor(srv, true, "plain", serverPassword), `host = "127.0.0.1"`, `host = "relay.internal.test"`, 1))

	o := e.with(discover.EnvResolver+"="+dnsAddr).smtpconf("check", "--json")
	expectCode(t, o, 0)

	o = e.with(discover.EnvResolver+"=internal-dns").smtpconf("check", "--json")
	expectCode(t, o, 2)
	var got probeOutcome
	decodeOne(t, o, &got)
	if !strings.Contains(got.Error, "SMTPCONF_RESOLVER") || got.Kind != "usage" {
		t.Errorf("JSON %+v, want a usage error naming SMTPCONF_RESOLVER", got)
	}
}
