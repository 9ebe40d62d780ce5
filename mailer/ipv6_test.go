package mailer

import (
	"net"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/smtpconf/smtpconf/mailer/smtptest"
)

// TestIPv6HostWithOrWithoutBrackets holds the mailer to what config
// accepts: host = "[::1]" and host = "::1" both reach a server on the IPv6
// loopback, are dialled as [::1]:port, and its certificate is checked
// against the address (the smtptest certificate names ::1), over STARTTLS
// with the server's CA. Probe takes either form too.
func TestIPv6HostWithOrWithoutBrackets(t *testing.T) {
	if !smtptest.HasIPv6() {
		t.Skip("this machine cannot listen on [::1]")
	}
	for _, host := range []string{"[::1]", "::1"} {
		t.Run(host, func(t *testing.T) {
			srv, cfg := newServer(t, smtptest.OnIPv6())
			cfg.Host = host
			addr := net.JoinHostPort("::1", strconv.Itoa(srv.Port))

			r := Check(timeoutCtx(t), cfg, "admin@example.net", Options{LocalName: "client.test"})
			mustOK(t, r)
			if got, want := stepNames(r), "resolve connect greeting ehlo starttls ehlo_tls auth mail rcpt quit"; got != want {
				t.Errorf("steps = %q, want %q", got, want)
			}
			if title := r.Steps[1].Title; title != "Connect to "+addr {
				t.Errorf("connect step = %q, want it to dial %s", title, addr)
			}
			if r.TLS == nil || !r.TLS.Verified {
				t.Errorf("TLS = %+v, want a certificate verified for ::1", r.TLS)
			}

			rep := ProbeWith(timeoutCtx(t), host, ProbeOptions{Timeout: 5 * time.Second, TLSCAFile: cfg.TLSCAFile, LocalName: "client.test",
				Ports: map[int]int{465: smtptest.ClosedPort(t), 587: srv.Port, 25: smtptest.ClosedPort(t)}})
			if rep.Proposal == nil || rep.Proposal.Port != srv.Port || !rep.Proposal.StartTLS || !strings.Contains(rep.Reason, "trusted certificate") {
				t.Fatalf("probe proposes %+v (%s), want STARTTLS on %d; ports %+v", rep.Proposal, rep.Reason, srv.Port, rep.Ports)
			}
			if got := rep.Ports[1].Addr; got != addr {
				t.Errorf("probe dialled %s, want %s", got, addr)
			}
		})
	}
}
