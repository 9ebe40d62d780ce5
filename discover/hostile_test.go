package discover

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/smtpconf/smtpconf/mailer/smtptest"
)

// billionLaughs is the classic entity-expansion bomb: expanded, lol9 is
// 10^9 "lol"s. encoding/xml must refuse it, not expand it.
const billionLaughs = `<?xml version="1.0"?>
<!DOCTYPE clientConfig [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<clientConfig version="1.1"><emailProvider id="x"><outgoingServer type="smtp">
<hostname>&lol9;</hostname><port>587</port><socketType>STARTTLS</socketType></outgoingServer></emailProvider></clientConfig>`

// TestDiscoverRefusesHostileAnswers: each hostile answer is bounded,
// refused or reported, never followed blindly, and the discovery goes on.
func TestDiscoverRefusesHostileAnswers(t *testing.T) {
	const acPath = "/mail/config-v1.1.xml"
	redirect := func(to string) http.Handler {
		return http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) { http.Redirect(rw, r, to, http.StatusFound) })
	}
	cases := []struct {
		name       string
		build      func(w *world)
		noLoopback bool // AllowLoopback off: everything here is on loopback
		step       Step
		title      string // of the step's event
		status     Status
		detail     string
	}{
		{name: "autoconfig_too_large", build: func(w *world) {
			w.serveHTTPS("autoconfig.example.test", http.HandlerFunc(func(rw http.ResponseWriter, _ *http.Request) {
				chunk := []byte(strings.Repeat("<!-- padding -->", 4096))
				for range 16 { // 1 MiB
					if _, err := rw.Write(chunk); err != nil {
						return
					}
				}
			}))
		}, step: StepAutoconfig, title: "autoconfig.example.test", status: StatusRefused, detail: "larger than 64 KiB"},
		{name: "xml_entity_bomb", build: func(w *world) {
			w.serveHTTPS("autoconfig.example.test", serveFile(acPath, billionLaughs))
		}, step: StepAutoconfig, title: "autoconfig.example.test", status: StatusRefused, detail: "not a valid config-v1.1.xml"},
		{name: "redirect_to_http", build: func(w *world) {
			w.serveHTTPS("autoconfig.example.test", redirect("http://autoconfig.example.test"+acPath))
		}, step: StepAutoconfig, title: "autoconfig.example.test", status: StatusRefused, detail: "only HTTPS is followed"},
		{name: "redirect_to_another_domain", build: func(w *world) {
			w.serveHTTPS("autoconfig.example.test", redirect("https://evil.test"+acPath))
			w.serveHTTPS("evil.test", serveFile(acPath, autoconfigXML("smtp.evil.test", 587, "STARTTLS")))
		}, step: StepAutoconfig, title: "autoconfig.example.test", status: StatusRefused, detail: "another domain than example.test is not followed"},
		{name: "redirect_loop", build: func(w *world) {
			w.serveHTTPS("autoconfig.example.test", redirect("https://autoconfig.example.test"+acPath))
		}, step: StepAutoconfig, title: "autoconfig.example.test", status: StatusRefused, detail: "more than 3 redirects"},
		{name: "srv_to_unspecified_address", build: func(w *world) {
			w.dns("_submissions._tcp.example.test. SRV 0 1 465 zero.example.test.", "zero.example.test. A 0.0.0.0")
		}, step: StepProbe, title: "zero.example.test", status: StatusRefused, detail: "0.0.0.0, the unspecified address"},
		{name: "srv_to_link_local_v4", build: func(w *world) {
			w.dns("_submissions._tcp.example.test. SRV 0 1 465 ll.example.test.", "ll.example.test. A 169.254.169.254")
		}, step: StepProbe, title: "ll.example.test", status: StatusRefused, detail: "link-local"},
		{name: "srv_to_link_local_v6", build: func(w *world) {
			w.dns("_submission._tcp.example.test. SRV 0 1 587 ll6.example.test.", "ll6.example.test. AAAA fe80::1")
		}, step: StepProbe, title: "ll6.example.test", status: StatusRefused, detail: "link-local"},
		{name: "srv_to_loopback_when_not_allowed", build: func(w *world) {
			w.dns("_submissions._tcp.example.test. SRV 0 1 465 mail.example.test.")
			w.smtp("mail.example.test:465")
		}, noLoopback: true, step: StepProbe, title: "mail.example.test", status: StatusRefused, detail: "loopback"},
		{name: "srv_says_no_service", build: func(w *world) {
			w.dns("_submissions._tcp.example.test. SRV 0 0 0 .")
		}, step: StepSRV, title: "_submissions", status: StatusNothing, detail: "offers no such service"},
		{name: "null_mx", build: func(w *world) {
			w.dns("example.test. MX 0 .")
		}, step: StepMX, title: "example.test", status: StatusRefused, detail: "null MX (RFC 7505)"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w := newWorld(t)
			c.build(w)
			o := w.options(10 * time.Second)
			o.AllowLoopback = !c.noLoopback
			res := discover(t, o)
			ev, ok := eventOf(res, c.step, c.title)
			if !ok || ev.Status != c.status || !strings.Contains(ev.Detail, c.detail) {
				t.Fatalf("%s %q: %+v, want %s saying %q; trace:%s", c.step, c.title, ev, c.status, c.detail, traceText(res))
			}
			if len(res.Found) != 0 {
				t.Errorf("found %+v; nothing hostile may be proposed", res.Found[0].Candidate)
			}
		})
	}
}

// TestDiscoverIsBoundedByItsTimeout: an autoconfig server that sends its
// headers and then nothing, and an SMTP server that never greets, cost the
// discovery its timeout and no more; the trace says what timed out.
func TestDiscoverIsBoundedByItsTimeout(t *testing.T) {
	const timeout = 2 * time.Second
	w := newWorld(t)
	release := make(chan struct{})
	t.Cleanup(func() { close(release) })
	w.serveHTTPS("autoconfig.example.test", http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		rw.WriteHeader(http.StatusOK)
		_, _ = rw.Write([]byte("<?xml"))
		rw.(http.Flusher).Flush()
		select { // a slow server: the rest never comes
		case <-r.Context().Done():
		case <-release:
		}
	}))
	w.dns("_submissions._tcp.example.test. SRV 0 1 465 mail.example.test.")
	w.smtp("mail.example.test:465", silentServer()...)
	start := time.Now()
	res := discover(t, w.options(timeout))
	if took := time.Since(start); took > timeout+2*time.Second {
		t.Errorf("discovery took %s with a timeout of %s", took, timeout)
	}
	ev, ok := eventOf(res, StepAutoconfig, "autoconfig.example.test")
	if !ok || ev.Status != StatusFailed || !strings.Contains(ev.Detail, "deadline exceeded") {
		t.Errorf("autoconfig: %+v, want failed by the deadline; trace:%s", ev, traceText(res))
	}
	if len(res.Found) != 0 {
		t.Errorf("found %+v from a server that never greeted", res.Found[0].Candidate)
	}
}

func silentServer() []smtptest.Option { return []smtptest.Option{smtptest.WithNoGreeting()} }

// TestDiscoverStopsWhenCancelled: cancelling the context (Ctrl+C, the TUI's
// esc) ends a discovery stuck on a slow server at once, not at its timeout.
func TestDiscoverStopsWhenCancelled(t *testing.T) {
	w := newWorld(t)
	release := make(chan struct{})
	t.Cleanup(func() { close(release) })
	w.serveHTTPS("autoconfig.example.test", http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		rw.WriteHeader(http.StatusOK)
		rw.(http.Flusher).Flush()
		select {
		case <-r.Context().Done():
		case <-release:
		}
	}))
	o := w.options(time.Minute)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	o.Trace = func(ev Event) {
		if ev.Step == StepAutoconfig && ev.Status == StatusRunning {
			cancel()
		}
	}
	done := make(chan *Result, 1)
	go func() {
		res, _ := Discover(ctx, sender, o)
		done <- res
	}()
	select {
	case res := <-done:
		if len(res.Found) != 0 {
			t.Errorf("a cancelled discovery found %+v", res.Found[0].Candidate)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("Discover did not return after its context was cancelled")
	}
}

// TestSRVRecordsWithoutAHostAreIgnored: records with port 0 or no target
// are named in the trace and not followed; the good one still is.
func TestSRVRecordsWithoutAHostAreIgnored(t *testing.T) {
	w := newWorld(t)
	w.dns("_submissions._tcp.example.test. SRV 0 1 0 nope.example.test.",
		"_submissions._tcp.example.test. SRV 10 1 465 mail.example.test.")
	w.smtp("mail.example.test:465", smtptest.WithSecurity(smtptest.ImplicitTLS))
	res := discover(t, w.options(10*time.Second))
	ev, _ := eventOf(res, StepSRV, "_submissions")
	if ev.Status != StatusFound || !strings.Contains(ev.Detail, "mail.example.test:465") || !strings.Contains(ev.Detail, "ignored (no host or port): nope.example.test.:0") {
		t.Errorf("SRV event %+v", ev)
	}
	if len(res.Found) != 1 || res.Found[0].Host != "mail.example.test" {
		t.Errorf("found %+v; trace:%s", res.Found, traceText(res))
	}
}
