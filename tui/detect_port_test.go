package tui

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/smtpconf/smtpconf/mailer/smtptest"
)

// TestDetectProbesThePortEntered: Detect (the form's and the accessible
// prompts', both through probeOptions) also probes the port entered when
// it is not one of 465, 587 and 25, so a server that answers only there
// (2525 at hosted providers) is found.
func TestDetectProbesThePortEntered(t *testing.T) {
	cases := []struct {
		name     string
		filePort string // port = in the file; "" for none
		typed    string // typed into the form's port field afterwards; "" for nothing
		want     []int
	}{
		{name: "port_2525_in_the_file", filePort: "2525", want: []int{2525}},
		{name: "port_2525_typed", filePort: "587", typed: "2525", want: []int{2525}},
		{name: "submission_port_is_probed_anyway", filePort: "587", want: nil},
		{name: "smtp_port_typed_is_probed_anyway", filePort: "2525", typed: "25", want: nil},
		{name: "no_port", want: nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			body := customConfig
			if c.filePort == "" {
				body = strings.Replace(body, "port = 587\n", "", 1)
			} else {
				body = strings.Replace(body, "port = 587", "port = "+c.filePort, 1)
			}
			m := newTestModel(t, Options{Path: writeConfig(t, body)}, nil)
			if c.typed != "" {
				m.d.fields["smtp.port"].setValue(c.typed)
				m.d.recompute()
			}
			if got := probeOptions(m.d).Also; !slices.Equal(got, c.want) {
				t.Fatalf("probe options Also = %v, want %v", got, c.want)
			}
		})
	}

	// And the probe finds the server that answers only on the port entered.
	srv := smtptest.NewServer(t, smtptest.WithUser("app@example.com", "s3cret"))
	ports := map[int]int{465: smtptest.ClosedPort(t), 587: smtptest.ClosedPort(t), 25: smtptest.ClosedPort(t), 2525: srv.Port}
	m := newTestModel(t, Options{Path: writeConfig(t, strings.Replace(customConfig, "port = 587", "port = 2525", 1))}, ports)
	o := probeOptions(m.d)
	o.TLSCAFile = srv.CAFile()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	rep := m.u.net.probe(ctx, "127.0.0.1", o)
	if rep.Proposal == nil || rep.Proposal.Port != srv.Port || !rep.Proposal.StartTLS {
		t.Fatalf("proposal %+v, want STARTTLS on the server at 2525; reason %q", rep.Proposal, rep.Reason)
	}
	if lines := strings.Join(probeLines(m.u.styles, m.d, rep, 70, ""), "\n"); !strings.Contains(lines, "2525 SMTP: ") {
		t.Errorf("the report does not show port 2525:\n%s", lines)
	}
}
