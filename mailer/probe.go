package mailer

import (
	"context"
	"crypto/tls"
	"net"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/internal/termsafe"
)

// PortReport is what one port of a probed host answered.
type PortReport struct {
	Port       int
	Protocol   config.Protocol
	Reachable  bool
	StartTLS   bool     // offered (smtp ports)
	Mechanisms []string // AUTH mechanisms advertised (after TLS)
	// MechanismsBeforeTLS are the AUTH mechanisms offered in clear text,
	// before STARTTLS: a server that offers a password mechanism there
	// invites clients to send it unencrypted.
	MechanismsBeforeTLS []string
	// Extensions are the last EHLO reply's lines after the first, as sent
	// ("SIZE 35882577", "AUTH PLAIN LOGIN"): after TLS when it was secured.
	Extensions []string
	// MaxSize is the largest message the server accepts (SIZE), in bytes;
	// 0 when it gives no limit.
	MaxSize int
	TLS     *TLSInfo
	Err     error
	// Addr is the address really dialled (Port unless ProbeOptions.Ports maps it).
	Addr string
	// Greeting is the server's first line, when it spoke SMTP.
	Greeting string
}

// ProbeReport is what Probe found, with the settings it proposes.
type ProbeReport struct {
	Host     string
	Ports    []PortReport
	Proposal *config.Server // nil when nothing usable answered
	// Reason says in the admin's words why Proposal was chosen, or why none
	// was, in the language of ProbeOptions.Lang.
	Reason string
	// Grade is how well Proposal protects mail, for ranking several hosts.
	Grade Grade
}

// Grade ranks a proposal: higher is better. The zero value is GradeNone,
// so a report made elsewhere proposes nothing until it says otherwise.
type Grade int

const (
	// GradeNone: nothing usable answered; there is no proposal.
	GradeNone Grade = iota
	// GradePlain: only clear text answered.
	GradePlain
	// GradeUntrusted: TLS whose certificate is not trusted here (tls_ca_file fixes that).
	GradeUntrusted
	// GradeTrusted: TLS (implicit or STARTTLS) with a certificate trusted here.
	GradeTrusted
)

// String names the grade for reports and JSON.
func (g Grade) String() string {
	switch g {
	case GradeTrusted:
		return "trusted-tls"
	case GradeUntrusted:
		return "untrusted-tls"
	case GradePlain:
		return "plain"
	default:
		return "none"
	}
}

// ProbeOptions tune ProbeWith.
type ProbeOptions struct {
	Timeout time.Duration
	// Ports maps a standard port (465, 587, 25), or one of Also, to the
	// port really dialled, so tests can probe loopback servers on ephemeral
	// ports. Nil: the ports themselves.
	Ports map[int]int
	// Also are further ports to probe besides 465, 587 and 25, such as the
	// port already entered (2525 at many hosted providers). Each is tried
	// both ways at once: plain SMTP (then STARTTLS when offered) and TLS
	// from the first byte; the report keeps the way that got a greeting.
	// Standard ports, repeats and numbers that are no port are ignored.
	Also []int
	// TLSCAFile is trusted besides the system's roots, as tls_ca_file.
	TLSCAFile string
	Resolver  *net.Resolver
	// Dial replaces net.Dialer, as Options.Dial does.
	Dial      func(ctx context.Context, network, address string) (net.Conn, error)
	LocalName string
	// Lang is the language of Reason, the ports' step titles and errors'
	// hints; the zero value is English.
	Lang i18n.Lang
}

// probeOrder is the order ports are reported in.
var probeOrder = []int{config.PortSMTPS, config.PortSubmission, config.PortSMTP}

// Probe tries 465, 587 and 25 concurrently and proposes the best settings.
func Probe(ctx context.Context, host string, timeout time.Duration) *ProbeReport {
	return ProbeWith(ctx, host, ProbeOptions{Timeout: timeout})
}

// ProbeWith is Probe with options.
func ProbeWith(ctx context.Context, host string, o ProbeOptions) *ProbeReport {
	if o.Timeout <= 0 {
		o.Timeout = config.DefaultTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, o.Timeout)
	defer cancel()
	extra := extraPorts(o.Also)
	rep := &ProbeReport{Host: host, Ports: make([]PortReport, len(probeOrder)+len(extra))}
	// Dial "[::1]" as ::1; the report and proposal keep the admin's form.
	dial := bareHost(host)
	dialled := func(std int) int {
		if p, ok := o.Ports[std]; ok {
			return p
		}
		return std
	}
	// Every port is probed with the same host, tls_ca_file and
	// tls_skip_verify: one TLS configuration serves them all, so the CA
	// file is read once, not once per port and way.
	shared := &onceTLS{}
	var wg sync.WaitGroup
	for i, std := range probeOrder {
		proto := config.ProtocolSMTP
		if std == config.PortSMTPS {
			proto = config.ProtocolSMTPS
		}
		wg.Go(func() { rep.Ports[i] = probePort(ctx, dial, std, dialled(std), proto, o, shared) })
	}
	for i, p := range extra {
		wg.Go(func() { rep.Ports[len(probeOrder)+i] = probeEitherWay(ctx, dial, p, dialled(p), o, shared) })
	}
	wg.Wait()
	rep.Proposal, rep.Reason, rep.Grade = propose(host, rep.Ports, extra, o)
	return rep
}

// extraPorts keeps the ports of ProbeOptions.Also worth probing: real port
// numbers, not a standard port, each once, in the order given.
func extraPorts(also []int) []int {
	var out []int
	for _, p := range also {
		if p < 1 || p > 65535 || slices.Contains(probeOrder, p) || slices.Contains(out, p) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// probeEitherWay probes a port that may speak plain SMTP or TLS from the
// first byte: both at once, each on its own connection. A TLS handshake
// with a plain server fails at once (its greeting is no TLS record); a
// plain greeting awaited from a TLS server would wait out the timeout, so
// whichever way gets a greeting first cuts the other short. The report is
// the way that got a greeting, else the plain one.
func probeEitherWay(ctx context.Context, host string, port, dial int, o ProbeOptions, shared *onceTLS) PortReport {
	plainCtx, stopPlain := context.WithCancel(ctx)
	defer stopPlain()
	tlsCtx, stopTLS := context.WithCancel(ctx)
	defer stopTLS()
	var plain, secure PortReport
	var wg sync.WaitGroup
	wg.Go(func() {
		plain = probePort(plainCtx, host, port, dial, config.ProtocolSMTP, o, shared)
		if plain.Greeting != "" {
			stopTLS()
		}
	})
	wg.Go(func() {
		secure = probePort(tlsCtx, host, port, dial, config.ProtocolSMTPS, o, shared)
		if secure.Greeting != "" {
			stopPlain()
		}
	})
	wg.Wait()
	if secure.Greeting != "" && plain.Greeting == "" {
		return secure
	}
	return plain
}

// probePort asks one port what it speaks: it greets, looks at EHLO, secures
// the connection when it can (without trusting the certificate yet, so the
// certificate can be reported), looks at EHLO again and says goodbye.
func probePort(ctx context.Context, host string, std, port int, proto config.Protocol, o ProbeOptions, shared *onceTLS) PortReport {
	s := config.Server{Host: host, Port: port, Protocol: proto, StartTLS: proto == config.ProtocolSMTP,
		TLSSkipVerify: true, TLSCAFile: o.TLSCAFile, Timeout: config.Duration{Duration: o.Timeout}, Auth: config.AuthNone}
	c := newConversation(ctx, s, Options{Resolver: o.Resolver, Dial: o.Dial, LocalName: o.LocalName, Lang: o.Lang})
	c.verifyAnyway = true
	c.tlsConfig = shared.get
	defer c.finish()
	r := PortReport{Port: std, Protocol: proto, Addr: net.JoinHostPort(host, strconv.Itoa(port))}
	err := checkProbeTarget(host, port)
	if err != nil {
		err = c.do(StepSettings, o.Lang.T("mailer_title_settings", nil), func() (string, error) { return "", err })
	} else {
		err = c.greet()
	}
	r.Reachable = c.raw != nil
	if st := c.lastStep(StepGreeting); st != nil && st.Status == StatusOK {
		r.Greeting = st.Detail
	}
	if err != nil {
		r.Err = err
		return r
	}
	if proto == config.ProtocolSMTP {
		r.StartTLS, _ = c.client.Extension("STARTTLS")
		_, before := c.client.Extension("AUTH")
		r.MechanismsBeforeTLS = strings.Fields(before)
		r.Extensions = c.tr.ehlo
		if r.StartTLS {
			if err := c.do(StepStartTLS, "STARTTLS", c.startTLS); err != nil {
				r.Err = err
				return r
			}
			if err := c.hello(StepHelloTLS, o.Lang.T("mailer_title_ehlo_tls", nil)); err != nil {
				r.Err = err
				return r
			}
		}
	}
	_, params := c.client.Extension("AUTH")
	r.Mechanisms = strings.Fields(termsafe.String(params))
	r.Extensions = c.tr.ehlo
	r.MaxSize, _ = c.client.MaxMessageSize()
	r.TLS = c.res.TLS
	if c.verifyErr != nil {
		step := StepStartTLS
		if proto == config.ProtocolSMTPS {
			step = StepTLS
		}
		e := classify(ctx, step, c.verifyErr, c.t)
		c.scrub(e)
		r.Err = e
	}
	_ = c.client.Quit()
	return r
}

// onceTLS makes one TLS configuration, on the first handshake that needs
// it, for every conversation of a probe: they differ only in port and
// protocol, which the configuration does not depend on.
type onceTLS struct {
	once sync.Once
	cfg  *tls.Config
	err  error
}

func (t *onceTLS) get(s config.Server) (*tls.Config, error) {
	t.once.Do(func() { t.cfg, t.err = tlsConfig(s) })
	return t.cfg, t.err
}

// checkProbeTarget checks what Probe dials. Check, SendTest and Send check
// the settings with config.Validate; Probe has no settings to check (no
// sender, no login), only a host and a port, and chooses the protocol itself.
func checkProbeTarget(host string, port int) error {
	switch {
	case strings.TrimSpace(host) == "":
		return ErrNoHost
	case port < 1 || port > 65535:
		return badConfig(i18n.Errorf("mailer_err_bad_port", i18n.D{"Port": port}))
	}
	return nil
}

func (c *conversation) lastStep(name StepName) *Step {
	for i := len(c.res.Steps) - 1; i >= 0; i-- {
		if c.res.Steps[i].Name == name {
			return &c.res.Steps[i]
		}
	}
	return nil
}

// choice is one way to use a probed port, best first in proposals.
type choice struct {
	std      int
	smtps    bool
	starttls bool
	verified bool
	why      *i18n.Error
}

// preferences rank the ways to use a host: a trusted certificate first,
// then encryption with an untrusted one (tls_ca_file fixes that), then
// plain text; within each, smtps (nothing crosses before TLS, and no
// STARTTLS stripping is possible) on 465, then on a further port probed
// (ProbeOptions.Also), then STARTTLS on 587, 25 and a further port.
func preferences(extra []int) []choice {
	var out []choice
	for _, verified := range []bool{true, false} {
		for _, p := range append([]int{config.PortSMTPS}, extra...) {
			why := i18n.Errorf("mailer_probe_tls_trusted", i18n.D{"Port": p})
			if !verified {
				why = i18n.Errorf("mailer_probe_tls_untrusted", i18n.D{"Port": p})
			}
			out = append(out, choice{p, true, false, verified, why})
		}
		for _, p := range append([]int{config.PortSubmission, config.PortSMTP}, extra...) {
			why := i18n.Errorf("mailer_probe_starttls_trusted", i18n.D{"Port": p})
			if !verified {
				why = i18n.Errorf("mailer_probe_starttls_untrusted", i18n.D{"Port": p})
			}
			out = append(out, choice{p, false, true, verified, why})
		}
	}
	for _, p := range append([]int{config.PortSubmission, config.PortSMTP}, extra...) {
		out = append(out, choice{p, false, false, false, i18n.Errorf("mailer_probe_plain", i18n.D{"Port": p})})
	}
	return out
}

func (ch choice) grade() Grade {
	switch {
	case !ch.smtps && !ch.starttls:
		return GradePlain
	case ch.verified:
		return GradeTrusted
	default:
		return GradeUntrusted
	}
}

func (ch choice) fits(r PortReport) bool {
	if r.Port != ch.std || r.Greeting == "" || ch.smtps != (r.Protocol == config.ProtocolSMTPS) {
		return false
	}
	secured := r.TLS != nil
	switch {
	case ch.smtps || ch.starttls:
		return secured && r.TLS.Verified == ch.verified && (ch.smtps || r.StartTLS)
	default:
		return !r.StartTLS && r.Err == nil
	}
}

// propose picks the best settings from what answered.
func propose(host string, ports []PortReport, extra []int, o ProbeOptions) (*config.Server, string, Grade) {
	for _, ch := range preferences(extra) {
		for _, r := range ports {
			if !ch.fits(r) {
				continue
			}
			_, portText, _ := net.SplitHostPort(r.Addr)
			port, _ := strconv.Atoi(portText)
			s := &config.Server{Host: host, Port: port, Protocol: config.ProtocolSMTP, StartTLS: ch.starttls,
				Auth: config.AuthNone, TLSCAFile: o.TLSCAFile, Timeout: config.Duration{Duration: config.DefaultTimeout}}
			if ch.smtps {
				s.Protocol = config.ProtocolSMTPS
			}
			if len(r.Mechanisms) > 0 {
				s.Auth = config.AuthAuto
			}
			return s, ch.why.In(o.Lang), ch.grade()
		}
	}
	tried := []string{"465", "587"}
	for _, p := range append([]int{config.PortSMTP}, extra...) {
		tried = append(tried, strconv.Itoa(p))
	}
	return nil, o.Lang.T("mailer_probe_none", i18n.D{"Host": host, "Ports": strings.Join(tried[:len(tried)-1], ", "), "Last": tried[len(tried)-1]}), GradeNone
}
