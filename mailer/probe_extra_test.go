package mailer

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/mailer/smtptest"
)

// TestProbeTriesTheExtraPort: ProbeOptions.Also probes a port besides 465,
// 587 and 25 (2525 at hosted providers), in plain text and with TLS from
// the first byte, and the proposal considers it.
func TestProbeTriesTheExtraPort(t *testing.T) {
	const timeout = 5 * time.Second
	starttls := []smtptest.Option{smtptest.WithMechanisms(smtptest.MechPlain, smtptest.MechLogin)}
	cases := []struct {
		name       string
		roles      map[int][]smtptest.Option // port (standard or extra) → server; absent: closed
		also       []int
		reports    int             // port reports, want
		wantPort   int             // port proposed, 0: none
		wantProto  config.Protocol // of the proposal and of the extra port's report
		wantTLS    bool
		wantReason string
	}{
		{name: "starttls_on_2525_only", roles: map[int][]smtptest.Option{2525: starttls}, also: []int{2525}, reports: 4,
			wantPort: 2525, wantProto: config.ProtocolSMTP, wantTLS: true, wantReason: "port 2525 offers STARTTLS with a trusted certificate"},
		{name: "implicit_tls_on_2465_only", roles: map[int][]smtptest.Option{2465: {smtptest.WithSecurity(smtptest.ImplicitTLS)}}, also: []int{2465}, reports: 4,
			wantPort: 2465, wantProto: config.ProtocolSMTPS, wantReason: "port 2465 speaks TLS from the first byte with a trusted certificate"},
		{name: "plain_only_on_2525", roles: map[int][]smtptest.Option{2525: {smtptest.WithoutStartTLS(), smtptest.WithMechanisms()}}, also: []int{2525}, reports: 4,
			wantPort: 2525, wantProto: config.ProtocolSMTP, wantReason: "only plain SMTP answered (port 2525, no STARTTLS)"},
		{name: "standard_port_still_preferred", roles: map[int][]smtptest.Option{587: starttls, 2525: starttls}, also: []int{2525}, reports: 4,
			wantPort: 587, wantProto: config.ProtocolSMTP, wantTLS: true, wantReason: "port 587 offers STARTTLS"},
		{name: "standard_ports_and_repeats_ignored", roles: map[int][]smtptest.Option{2525: starttls}, also: []int{587, 2525, 2525, 0, 70000}, reports: 4,
			wantPort: 2525, wantProto: config.ProtocolSMTP, wantTLS: true},
		{name: "nothing_answers_names_the_extra_port", roles: map[int][]smtptest.Option{}, also: []int{2525}, reports: 4,
			wantReason: "no SMTP server answered on 127.0.0.1 at ports 465, 587, 25 or 2525"},
		{name: "without_also_the_port_is_not_tried", roles: map[int][]smtptest.Option{2525: starttls}, reports: 3,
			wantReason: "no SMTP server answered on 127.0.0.1 at ports 465, 587 or 25"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ports := map[int]int{}
			servers := map[int]*smtptest.Server{}
			all := append(append([]int{}, probeOrder...), 2525, 2465)
			// Servers first, closed ports after: a port ClosedPort freed
			// could otherwise go to a server started after it.
			for _, p := range all {
				if opts, ok := c.roles[p]; ok {
					srv := smtptest.NewServer(t, append([]smtptest.Option{smtptest.WithUser(testUser, testPass)}, opts...)...)
					servers[p], ports[p] = srv, srv.Port
				}
			}
			for _, p := range all {
				if _, ok := c.roles[p]; !ok {
					ports[p] = smtptest.ClosedPort(t)
				}
			}
			caFile := writeCAs(t, servers)
			start := time.Now()
			rep := ProbeWith(timeoutCtx(t), "127.0.0.1", ProbeOptions{Timeout: timeout, Ports: ports, Also: c.also, TLSCAFile: caFile, LocalName: "client.test"})
			// A plain greeting awaited from a TLS server is cut short once TLS answered.
			if took := time.Since(start); took > timeout/2 {
				t.Errorf("probe took %s with a timeout of %s", took, timeout)
			}
			if len(rep.Ports) != c.reports {
				t.Fatalf("%d port reports, want %d: %+v", len(rep.Ports), c.reports, rep.Ports)
			}
			if c.reports > 3 {
				extra := rep.Ports[3]
				srv, up := servers[extra.Port]
				if extra.Port != 2525 && extra.Port != 2465 || extra.Reachable != up {
					t.Errorf("extra report: port %d reachable %v, want 2525 or 2465 reachable %v", extra.Port, extra.Reachable, up)
				}
				if up && (extra.Addr != srv.Addr || extra.Greeting == "" || extra.Protocol != c.wantProto || extra.Err != nil) {
					t.Errorf("extra report %+v, want %s at %s with a greeting", extra, c.wantProto, srv.Addr)
				}
				var e *Error
				if !up && (!errors.As(extra.Err, &e) || e.Kind != KindRefused) {
					t.Errorf("closed extra port: err %v, want refused", extra.Err)
				}
			}
			if !strings.Contains(rep.Reason, c.wantReason) {
				t.Errorf("reason = %q, want it to contain %q", rep.Reason, c.wantReason)
			}
			p := rep.Proposal
			if c.wantPort == 0 {
				if p != nil {
					t.Fatalf("proposal %+v, want none", *p)
				}
				return
			}
			if p == nil {
				t.Fatalf("no proposal; reason %q", rep.Reason)
			}
			if p.Port != servers[c.wantPort].Port || p.Protocol != c.wantProto || p.StartTLS != c.wantTLS {
				t.Errorf("proposal %+v; want the port of %d, %s, starttls %v", *p, c.wantPort, c.wantProto, c.wantTLS)
			}
		})
	}
}
