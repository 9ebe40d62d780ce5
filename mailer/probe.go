package mailer

import (
	"context"
	"fmt"
	"net"
	"strconv"
	"strings"
	"sync"
	"time"

	"smtpconf/config"
)

// PortReport is what one port of a probed host answered.
type PortReport struct {
	Port       int
	Protocol   config.Protocol
	Reachable  bool
	StartTLS   bool     // offered (smtp ports)
	Mechanisms []string // AUTH mechanisms advertised (after TLS)
	TLS        *TLSInfo
	Err        error
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
	// Reason says in the admin's words why Proposal was chosen, or why none was.
	Reason string
}

// ProbeOptions tune ProbeWith.
type ProbeOptions struct {
	Timeout time.Duration
	// Ports maps a standard port (465, 587, 25) to the port really dialled,
	// so tests can probe loopback servers on ephemeral ports. Nil: 465, 587, 25.
	Ports map[int]int
	// TLSCAFile is trusted besides the system's roots, as tls_ca_file.
	TLSCAFile string
	Resolver  *net.Resolver
	LocalName string
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
	rep := &ProbeReport{Host: host, Ports: make([]PortReport, len(probeOrder))}
	// Dial "[::1]" as ::1; the report and proposal keep the admin's form.
	dial := bareHost(host)
	var wg sync.WaitGroup
	for i, std := range probeOrder {
		port := std
		if p, ok := o.Ports[std]; ok {
			port = p
		}
		wg.Go(func() { rep.Ports[i] = probePort(ctx, dial, std, port, o) })
	}
	wg.Wait()
	rep.Proposal, rep.Reason = propose(host, rep.Ports, o)
	return rep
}

// probePort asks one port what it speaks: it greets, looks at EHLO, secures
// the connection when it can (without trusting the certificate yet, so the
// certificate can be reported), looks at EHLO again and says goodbye.
func probePort(ctx context.Context, host string, std, port int, o ProbeOptions) PortReport {
	proto := config.ProtocolSMTP
	if std == config.PortSMTPS {
		proto = config.ProtocolSMTPS
	}
	s := config.Server{Host: host, Port: port, Protocol: proto, StartTLS: proto == config.ProtocolSMTP,
		TLSSkipVerify: true, TLSCAFile: o.TLSCAFile, Timeout: config.Duration{Duration: o.Timeout}, Auth: config.AuthNone}
	c := newConversation(ctx, s, Options{Resolver: o.Resolver, LocalName: o.LocalName})
	c.verifyAnyway = true
	defer c.finish()
	r := PortReport{Port: std, Protocol: proto, Addr: net.JoinHostPort(host, strconv.Itoa(port))}
	err := c.greet()
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
		if r.StartTLS {
			if err := c.do(StepStartTLS, "STARTTLS", c.startTLS); err != nil {
				r.Err = err
				return r
			}
			if err := c.hello("EHLO again, over TLS"); err != nil {
				r.Err = err
				return r
			}
		}
	}
	_, params := c.client.Extension("AUTH")
	r.Mechanisms = strings.Fields(params)
	r.TLS = c.res.TLS
	if c.verifyErr != nil {
		step := StepStartTLS
		if proto == config.ProtocolSMTPS {
			step = StepTLS
		}
		r.Err = classify(ctx, step, c.verifyErr, c.t)
	}
	_ = c.client.Quit()
	return r
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
	why      string
}

// preferences rank the ways to use a host: a trusted certificate first,
// then encryption with an untrusted one (tls_ca_file fixes that), then
// plain text; within each, smtps on 465 (nothing crosses before TLS, and
// no STARTTLS stripping is possible), then STARTTLS on 587, then 25.
var preferences = []choice{
	{config.PortSMTPS, true, false, true, "port 465 speaks TLS from the first byte with a trusted certificate"},
	{config.PortSubmission, false, true, true, "port 587 offers STARTTLS with a trusted certificate"},
	{config.PortSMTP, false, true, true, "port 25 offers STARTTLS with a trusted certificate"},
	{config.PortSMTPS, true, false, false, "port 465 speaks TLS, but its certificate is not trusted here: set tls_ca_file"},
	{config.PortSubmission, false, true, false, "port 587 offers STARTTLS, but its certificate is not trusted here: set tls_ca_file"},
	{config.PortSMTP, false, true, false, "port 25 offers STARTTLS, but its certificate is not trusted here: set tls_ca_file"},
	{config.PortSubmission, false, false, false, "only plain SMTP answered (port 587, no STARTTLS): mail would cross the network unencrypted"},
	{config.PortSMTP, false, false, false, "only plain SMTP answered (port 25, no STARTTLS): mail would cross the network unencrypted"},
}

func (ch choice) fits(r PortReport) bool {
	if r.Port != ch.std || r.Greeting == "" {
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
func propose(host string, ports []PortReport, o ProbeOptions) (*config.Server, string) {
	for _, ch := range preferences {
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
			return s, ch.why
		}
	}
	return nil, fmt.Sprintf("no SMTP server answered on %s at ports 465, 587 or 25", host)
}
