package mailer

import (
	"context"
	"fmt"
	"net"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/smtpconf/smtpconf/mailer/smtptest"
)

// TestProbeReportsWhatEachPortAnnounces: the EHLO lines, AUTH before and
// after STARTTLS, SIZE and the grade, through Dial, which reaches a
// server by the name the admin typed.
func TestProbeReportsWhatEachPortAnnounces(t *testing.T) {
	cases := []struct {
		name       string
		opts       []smtptest.Option
		trust      bool
		wantBefore []string
		wantAfter  []string
		wantSize   int
		wantExt    string // one of the EHLO lines
		wantNoExt  string // not among them (after TLS)
		wantGrade  Grade
	}{
		{name: "auth_only_over_tls", opts: []smtptest.Option{smtptest.AuthOnlyOverTLS(), smtptest.WithMaxSize(10240000)}, trust: true,
			wantAfter: []string{"CRAM-MD5", "PLAIN", "LOGIN"}, wantSize: 10240000, wantExt: "SIZE 10240000", wantNoExt: "STARTTLS", wantGrade: GradeTrusted},
		{name: "auth_offered_in_clear_text", opts: []smtptest.Option{smtptest.WithMechanisms(smtptest.MechPlain)}, trust: true,
			wantBefore: []string{"PLAIN"}, wantAfter: []string{"PLAIN"}, wantExt: "AUTH PLAIN", wantGrade: GradeTrusted},
		{name: "untrusted_certificate", opts: []smtptest.Option{smtptest.WithMechanisms(smtptest.MechPlain)},
			wantBefore: []string{"PLAIN"}, wantAfter: []string{"PLAIN"}, wantExt: "AUTH PLAIN", wantGrade: GradeUntrusted},
		{name: "plain_text_only", opts: []smtptest.Option{smtptest.WithoutStartTLS(), smtptest.WithMechanisms()}, trust: true,
			wantExt: "PIPELINING", wantGrade: GradePlain},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			srv := smtptest.NewServer(t, append([]smtptest.Option{smtptest.WithUser(testUser, testPass)}, c.opts...)...)
			var caFile string
			if c.trust {
				caFile = writeCAs(t, map[int]*smtptest.Server{587: srv})
			}
			dial := smtptest.Routes(t, map[string]string{"localhost:587": srv.Addr})
			rep := ProbeWith(timeoutCtx(t), "localhost", ProbeOptions{Timeout: 5 * time.Second, Dial: dial, TLSCAFile: caFile, LocalName: "client.test"})
			var pr PortReport
			for _, p := range rep.Ports {
				if p.Port == 587 {
					pr = p
				}
			}
			if pr.Greeting == "" {
				t.Fatalf("587 did not answer through Dial: %+v", pr)
			}
			if !slices.Equal(pr.MechanismsBeforeTLS, c.wantBefore) || !slices.Equal(pr.Mechanisms, c.wantAfter) {
				t.Errorf("AUTH before TLS %q, after %q; want %q and %q", pr.MechanismsBeforeTLS, pr.Mechanisms, c.wantBefore, c.wantAfter)
			}
			if pr.MaxSize != c.wantSize {
				t.Errorf("MaxSize %d, want %d", pr.MaxSize, c.wantSize)
			}
			if !slices.Contains(pr.Extensions, c.wantExt) || (c.wantNoExt != "" && slices.Contains(pr.Extensions, c.wantNoExt)) {
				t.Errorf("extensions %q: want %q and not %q", pr.Extensions, c.wantExt, c.wantNoExt)
			}
			for _, e := range pr.Extensions {
				if strings.Contains(e, "localhost") {
					t.Errorf("extensions %q include the reply's first line (the server's name)", pr.Extensions)
				}
			}
			if rep.Grade != c.wantGrade {
				t.Errorf("grade %v, want %v (reason %q)", rep.Grade, c.wantGrade, rep.Reason)
			}
		})
	}
}

func TestProbeGradesNothingAsNone(t *testing.T) {
	rep := ProbeWith(timeoutCtx(t), "localhost", ProbeOptions{Timeout: 5 * time.Second, Dial: smtptest.Routes(t, nil)})
	if rep.Proposal != nil || rep.Grade != GradeNone || rep.Grade.String() != "none" {
		t.Fatalf("proposal %+v, grade %v; want none", rep.Proposal, rep.Grade)
	}
}

// TestTranscriptKeepsABoundedEHLOReply: the EHLO lines are kept without
// the server's name, a failed EHLO keeps none, and a server sending
// endless lines cannot grow the list past its bound.
func TestTranscriptKeepsABoundedEHLOReply(t *testing.T) {
	many := []string{"250-mx.example"}
	for i := range 200 {
		many = append(many, fmt.Sprintf("250-X-EXT%d", i))
	}
	many = append(many, "250 HELP")
	cases := []struct {
		name  string
		reply []string
		want  int
		first string
	}{
		{name: "lines_after_the_name", reply: []string{"250-mx.example Hello", "250-SIZE 1000", "250 AUTH PLAIN"}, want: 2, first: "SIZE 1000"},
		{name: "one_line_reply_has_no_extensions", reply: []string{"250 mx.example"}, want: 0},
		{name: "refused_ehlo_keeps_none", reply: []string{"502 5.5.1 no EHLO here"}, want: 0},
		{name: "endless_reply_is_bounded", reply: many, want: 64, first: "X-EXT0"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tr := newTranscript(nil)
			tr.client("EHLO client.test")
			for _, l := range c.reply {
				tr.server(l)
			}
			tr.server("250 2.0.0 later reply, not EHLO's")
			if len(tr.ehlo) != c.want || (c.first != "" && tr.ehlo[0] != c.first) {
				t.Fatalf("ehlo %q: want %d lines starting with %q", tr.ehlo, c.want, c.first)
			}
		})
	}
}

// TestCheckConnectsThroughDial: Options.Dial carries Check's connection
// too, by the name in the settings.
func TestCheckConnectsThroughDial(t *testing.T) {
	srv, s := newServer(t)
	s.Host = "localhost"
	s.Port = 2525 // nothing listens there: only Dial's route reaches the server
	dialled := ""
	route := smtptest.Routes(t, map[string]string{"localhost:2525": srv.Addr})
	res := Check(timeoutCtx(t), s, "", Options{Dial: func(ctx context.Context, network, addr string) (net.Conn, error) {
		dialled = addr
		return route(ctx, network, addr)
	}})
	mustOK(t, res)
	if dialled != "localhost:2525" || srv.Connections() != 1 {
		t.Errorf("dialled %q, server saw %d connections", dialled, srv.Connections())
	}
}
