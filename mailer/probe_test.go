package mailer

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/mailer/smtptest"
)

// probeRole is what answers at one standard port in a probe test.
type probeRole struct {
	opts  []smtptest.Option
	plain bool // speaks no TLS at all
}

func TestProbeReportsEachPortAndProposesTheBest(t *testing.T) {
	smtps := probeRole{opts: []smtptest.Option{smtptest.WithSecurity(smtptest.ImplicitTLS)}}
	starttls := probeRole{opts: []smtptest.Option{smtptest.WithMechanisms(smtptest.MechPlain, smtptest.MechLogin)}}
	plain := probeRole{opts: []smtptest.Option{smtptest.WithoutStartTLS(), smtptest.WithMechanisms()}, plain: true}
	cases := []struct {
		name       string
		roles      map[int]probeRole // standard port → server, nil: closed
		trustCA    bool
		wantPort   int // standard port proposed, 0: none
		wantProto  config.Protocol
		wantTLS    bool // starttls in the proposal
		wantAuth   config.Auth
		wantReason string
	}{
		{name: "smtps_preferred_over_starttls", roles: map[int]probeRole{465: smtps, 587: starttls, 25: starttls}, trustCA: true,
			wantPort: 465, wantProto: config.ProtocolSMTPS, wantAuth: config.AuthAuto, wantReason: "port 465 speaks TLS from the first byte with a trusted certificate"},
		{name: "starttls_on_587_without_smtps", roles: map[int]probeRole{587: starttls, 25: starttls}, trustCA: true,
			wantPort: 587, wantProto: config.ProtocolSMTP, wantTLS: true, wantAuth: config.AuthAuto, wantReason: "port 587 offers STARTTLS with a trusted certificate"},
		{name: "starttls_on_25_as_last_resort", roles: map[int]probeRole{25: starttls}, trustCA: true,
			wantPort: 25, wantProto: config.ProtocolSMTP, wantTLS: true, wantAuth: config.AuthAuto, wantReason: "port 25 offers STARTTLS with a trusted certificate"},
		{name: "encrypted_port_preferred_over_a_plain_one", roles: map[int]probeRole{587: plain, 25: starttls}, trustCA: true,
			wantPort: 25, wantProto: config.ProtocolSMTP, wantTLS: true, wantAuth: config.AuthAuto},
		{name: "untrusted_certificates_still_prefer_smtps", roles: map[int]probeRole{465: smtps, 587: starttls, 25: starttls},
			wantPort: 465, wantProto: config.ProtocolSMTPS, wantAuth: config.AuthAuto, wantReason: "set tls_ca_file"},
		{name: "trusted_starttls_beats_untrusted_smtps", roles: map[int]probeRole{465: {opts: []smtptest.Option{smtptest.WithSecurity(smtptest.ImplicitTLS), smtptest.WithWrongHostCert()}}, 587: starttls}, trustCA: true,
			wantPort: 587, wantProto: config.ProtocolSMTP, wantTLS: true, wantAuth: config.AuthAuto},
		{name: "plain_only_is_proposed_with_a_warning", roles: map[int]probeRole{587: plain}, trustCA: true,
			wantPort: 587, wantProto: config.ProtocolSMTP, wantAuth: config.AuthNone, wantReason: "unencrypted"},
		{name: "nothing_answers", roles: map[int]probeRole{}, wantReason: "no SMTP server answered on 127.0.0.1 at ports 465, 587 or 25"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ports := map[int]int{}
			servers := map[int]*smtptest.Server{}
			var caFile string
			// Servers first, closed ports after: a port ClosedPort freed
			// could otherwise go to a server started after it.
			for _, std := range probeOrder {
				if role, ok := c.roles[std]; ok {
					srv := smtptest.NewServer(t, append([]smtptest.Option{smtptest.WithUser(testUser, testPass)}, role.opts...)...)
					servers[std], ports[std] = srv, srv.Port
				}
			}
			for _, std := range probeOrder {
				if _, ok := c.roles[std]; !ok {
					ports[std] = smtptest.ClosedPort(t)
				}
			}
			if c.trustCA {
				// One CA file trusting every server's own CA.
				caFile = writeCAs(t, servers)
			}
			rep := ProbeWith(timeoutCtx(t), "127.0.0.1", ProbeOptions{Timeout: 5 * time.Second, Ports: ports, TLSCAFile: caFile, LocalName: "client.test"})

			if len(rep.Ports) != 3 {
				t.Fatalf("%d port reports, want 3", len(rep.Ports))
			}
			for i, pr := range rep.Ports {
				std := probeOrder[i]
				srv, up := servers[std]
				if pr.Port != std || pr.Reachable != up {
					t.Errorf("port %d: reported as %d, reachable %v; want reachable %v", std, pr.Port, pr.Reachable, up)
				}
				if !up {
					var e *Error
					if !errors.As(pr.Err, &e) || e.Kind != KindRefused {
						t.Errorf("port %d: err %v, want refused", std, pr.Err)
					}
					continue
				}
				if pr.Addr != srv.Addr || pr.Greeting == "" {
					t.Errorf("port %d: addr %q greeting %q; want %q and a greeting", std, pr.Addr, pr.Greeting, srv.Addr)
				}
				isPlain := c.roles[std].plain
				if wantTLS := !isPlain; (pr.TLS != nil) != wantTLS || pr.StartTLS != (wantTLS && std != 465) {
					t.Errorf("port %d: TLS %+v, StartTLS %v", std, pr.TLS, pr.StartTLS)
				}
				if pr.TLS != nil && pr.TLS.Verified != (c.trustCA && pr.Err == nil) {
					t.Errorf("port %d: verified %v with err %v", std, pr.TLS.Verified, pr.Err)
				}
				if pr.TLS != nil && (pr.TLS.Issuer != "smtptest CA" || pr.TLS.FingerprintSHA256 == "") {
					t.Errorf("port %d: certificate %+v", std, pr.TLS)
				}
				if pr.TLS != nil && !pr.TLS.Verified {
					var e *Error
					if !errors.As(pr.Err, &e) || (e.Kind != KindCertUntrusted && e.Kind != KindCertWrongHost) {
						t.Errorf("port %d: unverified certificate with err %v", std, pr.Err)
					}
				}
				wantMechs := []string{"PLAIN", "LOGIN"}
				switch {
				case isPlain:
					wantMechs = nil
				case std == 465:
					wantMechs = []string{"CRAM-MD5", "PLAIN", "LOGIN"}
				}
				if !slices.Equal(pr.Mechanisms, wantMechs) {
					t.Errorf("port %d: mechanisms %q, want %q", std, pr.Mechanisms, wantMechs)
				}
			}

			if !containsText(rep.Reason, c.wantReason) {
				t.Errorf("reason = %q, want it to contain %q", rep.Reason, c.wantReason)
			}
			if c.wantPort == 0 {
				if rep.Proposal != nil {
					t.Fatalf("proposal %+v, want none", rep.Proposal)
				}
				return
			}
			p := rep.Proposal
			if p == nil {
				t.Fatalf("no proposal; reason %q", rep.Reason)
			}
			if p.Host != "127.0.0.1" || p.Port != servers[c.wantPort].Port || p.Protocol != c.wantProto || p.StartTLS != c.wantTLS || p.Auth != c.wantAuth || p.TLSCAFile != caFile {
				t.Errorf("proposal = %+v; want port of %d, %s, starttls %v, auth %s", *p, c.wantPort, c.wantProto, c.wantTLS, c.wantAuth)
			}
		})
	}
}

func containsText(s, sub string) bool { return strings.Contains(s, sub) }

// writeCAs writes one tls_ca_file trusting each server's own CA.
func writeCAs(t *testing.T, servers map[int]*smtptest.Server) string {
	t.Helper()
	var pem []byte
	for _, srv := range servers {
		pem = append(pem, srv.CAPEM()...)
	}
	path := filepath.Join(t.TempDir(), "ca.pem")
	if err := os.WriteFile(path, pem, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestProbeIsBoundedByItsTimeout(t *testing.T) {
	const timeout = 600 * time.Millisecond
	cases := []struct {
		name string
		// silent lists the standard ports that accept and never speak.
		silent []int
		want   int // the standard port proposed, 0 for none
	}{
		// Probing one after the other would take three timeouts.
		{"every_port_silent", []int{465, 587, 25}, 0},
		{"silent_smtps_does_not_hide_starttls", []int{465}, 587},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ports := map[int]int{}
			servers := map[int]*smtptest.Server{}
			for _, std := range probeOrder {
				var opts []smtptest.Option
				if slices.Contains(c.silent, std) {
					opts = append(opts, smtptest.WithNoGreeting())
				}
				srv := smtptest.NewServer(t, opts...)
				servers[std], ports[std] = srv, srv.Port
			}
			start := time.Now()
			rep := ProbeWith(context.Background(), "127.0.0.1", ProbeOptions{Timeout: timeout, Ports: ports, TLSCAFile: writeCAs(t, servers)})
			// One timeout, with room for a loaded machine, but well under two.
			if took := time.Since(start); took > timeout+timeout/2 {
				t.Fatalf("probe took %s with a timeout of %s", took, timeout)
			}
			for i, pr := range rep.Ports {
				if slices.Contains(c.silent, probeOrder[i]) {
					var e *Error
					if !errors.As(pr.Err, &e) || (e.Kind != KindNoGreeting && e.Kind != KindTimeout) || !pr.Reachable {
						t.Errorf("silent port %d: reachable %v, err %v", probeOrder[i], pr.Reachable, pr.Err)
					}
				}
			}
			switch {
			case c.want == 0 && rep.Proposal != nil:
				t.Fatalf("proposal %+v, want none", rep.Proposal)
			case c.want != 0 && (rep.Proposal == nil || rep.Proposal.Port != servers[c.want].Port):
				t.Fatalf("proposal %+v, want port %d's server; reason %q", rep.Proposal, c.want, rep.Reason)
			}
		})
	}
}

// Probe itself dials the standard ports; on loopback nothing listens there
// in a test, so it reports three refusals and proposes nothing.
func TestProbeWithoutOptionsUsesTheStandardPorts(t *testing.T) {
	rep := Probe(timeoutCtx(t), "127.0.0.1", 2*time.Second)
	for i, pr := range rep.Ports {
		if want := "127.0.0.1:" + strconv.Itoa(probeOrder[i]); pr.Addr != want || pr.Port != probeOrder[i] {
			t.Errorf("report %d: port %d at %q, want %q", i, pr.Port, pr.Addr, want)
		}
	}
}
