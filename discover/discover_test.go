package discover

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/mailer"
	"github.com/smtpconf/smtpconf/mailer/smtptest"
)

const sender = "noreply@example.test"

func discover(t *testing.T, o Options) *Result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	res, err := Discover(ctx, sender, o)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// traceText is the trace for a failure message.
func traceText(res *Result) string {
	var b strings.Builder
	for _, ev := range res.Trace {
		b.WriteString("\n  " + string(ev.Status) + "  " + ev.Title + ": " + ev.Detail)
	}
	return b.String()
}

// TestDiscoverFindsTheServerFromEachSource: each source alone leads to a
// server that answers, and the proposal names it, its source and the login.
func TestDiscoverFindsTheServerFromEachSource(t *testing.T) {
	implicit := smtptest.WithSecurity(smtptest.ImplicitTLS)
	cases := []struct {
		name      string
		build     func(w *world)
		wantHost  string
		wantPort  int
		wantProto config.Protocol
		source    Source
		step      Step
		wantFrom  string
		wantUser  string
		wantNote  string
	}{
		{name: "srv_submissions", build: func(w *world) {
			w.dns("_submissions._tcp.example.test. SRV 0 1 465 mail.example.test.")
			w.smtp("mail.example.test:465", implicit)
		}, wantHost: "mail.example.test", wantPort: 465, wantProto: config.ProtocolSMTPS, source: SourceSRV, step: StepSRV,
			wantFrom: "the SRV record _submissions._tcp.example.test", wantUser: sender},
		{name: "srv_submission", build: func(w *world) {
			w.dns("_submission._tcp.example.test. SRV 0 1 587 mail.example.test.")
			w.smtp("mail.example.test:587")
		}, wantHost: "mail.example.test", wantPort: 587, wantProto: config.ProtocolSMTP, source: SourceSRV, step: StepSRV,
			wantFrom: "the SRV record _submission._tcp.example.test", wantUser: sender},
		{name: "autoconfig_subdomain", build: func(w *world) {
			w.serveHTTPS("autoconfig.example.test", serveFile("/mail/config-v1.1.xml", autoconfigXML("smtp.provider.test", 587, "STARTTLS")))
			w.smtp("smtp.provider.test:587")
		}, wantHost: "smtp.provider.test", wantPort: 587, wantProto: config.ProtocolSMTP, source: SourceAutoconfig, step: StepAutoconfig,
			wantFrom: "the autoconfig file https://autoconfig.example.test/mail/config-v1.1.xml", wantUser: sender},
		{name: "autoconfig_well_known", build: func(w *world) {
			w.serveHTTPS("example.test", serveFile("/.well-known/autoconfig/mail/config-v1.1.xml", autoconfigXML("smtp.provider.test", 465, "SSL")))
			w.smtp("smtp.provider.test:465", implicit)
		}, wantHost: "smtp.provider.test", wantPort: 465, wantProto: config.ProtocolSMTPS, source: SourceAutoconfig, step: StepAutoconfig,
			wantFrom: "the autoconfig file https://example.test/.well-known/autoconfig/mail/config-v1.1.xml", wantUser: sender},
		{name: "mx_provider", build: func(w *world) {
			w.dns("example.test. MX 10 example-test.mail.protection.outlook.com.")
			w.smtp("smtp.office365.com:587")
		}, wantHost: "smtp.office365.com", wantPort: 587, wantProto: config.ProtocolSMTP, source: SourceProvider, step: StepMX,
			wantFrom: "the MX records of example.test: Microsoft 365", wantUser: sender, wantNote: "OAuth"},
		{name: "guess_smtp_subdomain", build: func(w *world) {
			w.smtp("smtp.example.test:465", implicit)
		}, wantHost: "smtp.example.test", wantPort: 465, wantProto: config.ProtocolSMTPS, source: SourceGuess, step: StepGuess,
			wantFrom: "a guess from the domain example.test", wantUser: sender},
		{name: "guess_mx_host", build: func(w *world) {
			w.dns("example.test. MX 10 mx.example.test.")
			w.smtp("mx.example.test:25")
		}, wantHost: "mx.example.test", wantPort: 25, wantProto: config.ProtocolSMTP, source: SourceGuess, step: StepGuess,
			wantFrom: "a guess", wantUser: sender},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w := newWorld(t)
			c.build(w)
			var live []Event
			o := w.options(10 * time.Second)
			o.Trace = func(ev Event) { live = append(live, ev) }
			res := discover(t, o)
			if len(res.Found) == 0 {
				t.Fatalf("nothing found; trace:%s", traceText(res))
			}
			best := res.Found[0]
			s, ok := best.Settings(sender)
			if !ok || best.Host != c.wantHost || s.Port != c.wantPort || s.Protocol != c.wantProto || best.Source != c.source {
				t.Fatalf("best %+v settings %+v; want %s:%d %s from %s; trace:%s", best.Candidate, s, c.wantHost, c.wantPort, c.wantProto, c.source, traceText(res))
			}
			if best.Report.Grade != mailer.GradeTrusted || s.Sender != sender || s.Username != c.wantUser || s.Auth != config.AuthAuto {
				t.Errorf("grade %v, settings %+v; want trusted, username %q", best.Report.Grade, s, c.wantUser)
			}
			if !strings.Contains(best.From, c.wantFrom) {
				t.Errorf("from %q, want %q", best.From, c.wantFrom)
			}
			wantSummary := fmt.Sprintf("%s, port %d, %s (from %s", c.wantHost, c.wantPort, map[config.Protocol]string{config.ProtocolSMTPS: "TLS", config.ProtocolSMTP: "STARTTLS"}[c.wantProto], c.wantFrom)
			if !strings.HasPrefix(best.Summary(), wantSummary) {
				t.Errorf("summary %q, want %q…", best.Summary(), wantSummary)
			}
			if c.wantNote != "" && !strings.Contains(strings.Join(best.Notes, " "), c.wantNote) {
				t.Errorf("notes %q, want %q", best.Notes, c.wantNote)
			}
			if !slices.ContainsFunc(res.Trace, func(ev Event) bool { return ev.Step == c.step && ev.Status == StatusFound }) {
				t.Errorf("the %s step did not say what it found; trace:%s", c.step, traceText(res))
			}
			if err := config.Validate(config.Config{SMTP: config.SMTP{Server: withPassword(s)}}).Errors(); len(err) > 0 {
				t.Errorf("the proposal is not valid settings: %v", err)
			}
			// Every step was reported running and then ended, live.
			running, ended := 0, 0
			for _, ev := range live {
				if ev.Status == StatusRunning {
					running++
				} else {
					ended++
				}
			}
			if running != ended || ended != len(res.Trace) {
				t.Errorf("live trace: %d running, %d ended; the result's trace has %d", running, ended, len(res.Trace))
			}
		})
	}
}

func withPassword(s config.Server) config.Server {
	s.Password = "x"
	return s
}

// TestDiscoverPutsTheBestFirst: a trusted certificate beats the order of
// the sources; between equals the earlier source wins; hosts named by
// several sources are probed once.
func TestDiscoverPutsTheBestFirst(t *testing.T) {
	w := newWorld(t)
	w.dns("_submissions._tcp.example.test. SRV 0 1 465 mail.example.test.",
		"_submission._tcp.example.test. SRV 0 1 587 smtp.example.test.",
		"example.test. MX 10 mx.example.test.")
	// The SRV host's certificate is not for its name: untrusted.
	w.smtp("mail.example.test:465", smtptest.WithSecurity(smtptest.ImplicitTLS), smtptest.WithWrongHostCert())
	w.smtp("smtp.example.test:587")
	w.smtp("mx.example.test:587")
	res := discover(t, w.options(10*time.Second))
	var got []string
	for _, f := range res.Found {
		got = append(got, f.Host+"/"+string(f.Source)+"/"+f.Report.Grade.String())
	}
	want := []string{"smtp.example.test/srv/trusted-tls", "mx.example.test/guess/trusted-tls", "mail.example.test/srv/untrusted-tls"}
	if !slices.Equal(got, want) {
		t.Fatalf("found %q, want %q; trace:%s", got, want, traceText(res))
	}
	// smtp.example.test is SRV's and a guess's: probed once, both sources kept.
	probes := 0
	for _, p := range res.Probed {
		if p.Host == "smtp.example.test" {
			probes++
		}
	}
	if probes != 1 || len(res.Found[0].Sources) != 1 {
		t.Errorf("smtp.example.test probed %d times, sources %+v", probes, res.Found[0].Sources)
	}
	if _, ok := eventOf(res, StepGuess, ""); !ok {
		t.Errorf("no guess step; trace:%s", traceText(res))
	}
}

// TestDiscoverRefusesAnAddressItCannotUse: the address is checked before
// any lookup, with what is wrong.
func TestDiscoverRefusesAnAddressItCannotUse(t *testing.T) {
	for _, c := range []struct{ addr, want string }{
		{"noreply", "@"},
		{"noreply@localhost", "not a full host name"},
		{"noreply@[127.0.0.1]", ""},
		{"noreply@exa mple.test", ""},
		{"a@-bad-.test", "not a valid host name"},
	} {
		_, err := Discover(context.Background(), c.addr, Options{Timeout: time.Second})
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: error %v, want one saying %q", c.addr, err, c.want)
		}
	}
}
