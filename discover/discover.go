// Package discover finds the outgoing-mail server for a sender address, as
// mail clients do, and probes what it finds: SRV records (RFC 6186/8314),
// Mozilla autoconfig over HTTPS, the provider behind the MX records, then
// guesses (smtp.DOMAIN, mail.DOMAIN, the MX host). Every step is traced
// with what it found; only candidates that answer are proposed, best first.
package discover

import (
	"context"
	"crypto/x509"
	"net"
	"time"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/mailer"
)

// Security is how a source says a candidate is secured.
type Security string

const (
	SecurityTLS      Security = "tls"      // TLS from the first byte (smtps)
	SecurityStartTLS Security = "starttls" // plain SMTP, then STARTTLS
	SecurityPlain    Security = "plain"    // no encryption
	SecurityUnknown  Security = ""         // the probe finds out
)

// Source is where a candidate came from, in the order they are asked and,
// for candidates that answer equally well, preferred.
type Source string

const (
	SourceSRV        Source = "srv"
	SourceAutoconfig Source = "autoconfig"
	SourceProvider   Source = "mx-provider"
	SourceGuess      Source = "guess"
)

func (s Source) rank() int {
	switch s {
	case SourceSRV:
		return 0
	case SourceAutoconfig:
		return 1
	case SourceProvider:
		return 2
	default:
		return 3
	}
}

// Candidate is a server a source names for the domain.
type Candidate struct {
	Host     string   // ASCII (A-labels), no trailing dot
	Port     int      // 0: the standard ports (465, 587, 25)
	Security Security // as the source says; the probe decides
	Source   Source
	// From says where it came from, in the admin's words: "SRV record
	// _submissions._tcp.firma.de", "the MX records of firma.de:
	// Microsoft 365".
	From string
	// Provider is the provider table's name for it, if any.
	Provider string
	// Notes are what the admin must know to log in (an app password, OAuth).
	Notes []string
	// Username is the login the source suggests, if it names one.
	Username string
}

// Step names a step of a discovery.
type Step string

const (
	StepSRV        Step = "srv"
	StepAutoconfig Step = "autoconfig"
	StepMX         Step = "mx"
	StepGuess      Step = "guess"
	StepProbe      Step = "probe"
)

// Status is where a step stands.
type Status string

const (
	StatusRunning Status = "running"
	StatusFound   Status = "found"   // it found candidates, or the host answered
	StatusNothing Status = "nothing" // no record, no file, no answer
	StatusFailed  Status = "failed"  // an error: time-out, bad TLS, bad XML
	StatusRefused Status = "refused" // what it found is not followed: a redirect off the domain, an address that cannot be a mail server
)

// Event is one step of a discovery, reported once as it starts (running)
// and once as it ends. Detail is outside text made safe to print.
type Event struct {
	Step   Step
	Title  string // "SRV _submissions._tcp.firma.de"
	Status Status
	Detail string // what it found, or why not
}

// Options tune a discovery. The zero value asks the system's resolver and
// trusts the system's roots.
type Options struct {
	// Timeout bounds the whole discovery, lookups and probes; the lookups
	// get at most half of it. Zero: config.DefaultTimeout.
	Timeout time.Duration
	// Resolver looks every name up (SRV, MX, A/AAAA); nil: the system's.
	// NewResolver points it at one server (SMTPCONF_RESOLVER).
	Resolver *net.Resolver
	// Dial opens every TCP connection, HTTPS and SMTP, to "host:port"; nil:
	// a net.Dialer using Resolver. Every address is checked first (see
	// AllowLoopback), whatever Dial does.
	Dial func(ctx context.Context, network, address string) (net.Conn, error)
	// RootCAs are trusted for autoconfig's HTTPS; nil: the system's roots.
	RootCAs *x509.CertPool
	// TLSCAFile is trusted for SMTP besides the system's roots, as tls_ca_file.
	TLSCAFile string
	// AllowLoopback accepts hosts whose addresses are loopback (a relay on
	// this machine, a test DNS server); without it they are refused, so a
	// record cannot point the probe at this machine's own services.
	AllowLoopback bool
	// Trace receives every Event as it happens, one at a time.
	Trace func(Event)
	// LocalName is the EHLO name of the probes; empty: the host name.
	LocalName string
	// Lang is the language of the trace's titles and details, the
	// candidates' origins and notes, and the probes' reasons; the zero
	// value is English. What a server or file said stays as it came.
	Lang i18n.Lang
}

// Probed is one host that was probed: the candidates naming it (the first
// is the best source) and what the probe found.
type Probed struct {
	Candidate
	// Sources are every candidate that named this host, Candidate first.
	Sources []Candidate
	Report  *mailer.ProbeReport
	// Refused says why the host was not probed: an address a record must
	// not send the probe to (see Options.AllowLoopback). Empty otherwise.
	Refused string

	// lang is the discovery's language, for Summary.
	lang i18n.Lang
}

// Settings are the settings to propose for a host that answered: the
// probe's proposal, the login the source suggests, and sender. ok is false
// when nothing usable answered.
func (p Probed) Settings(sender string) (s config.Server, ok bool) {
	if p.Report == nil || p.Report.Proposal == nil {
		return config.Server{}, false
	}
	s = *p.Report.Proposal
	s.Sender = sender
	if s.Auth != config.AuthNone {
		s.Username = p.Username
	}
	return s, true
}

// Summary says in one line what answered and where it came from, as the
// wizard and the CLI offer it: "smtp.office365.com, port 587, STARTTLS
// (from the MX records of firma.de: Microsoft 365)". Empty when nothing
// usable answered.
func (p Probed) Summary() string {
	if p.Report == nil || p.Report.Proposal == nil {
		return ""
	}
	s := p.Report.Proposal
	return p.lang.T("discover_summary", i18n.D{"Host": p.Host, "Port": s.Port, "Security": security(*s, p.lang), "From": p.From})
}

// Result is what a discovery found.
type Result struct {
	Address string
	Domain  string // ASCII (A-labels)
	// Candidates are every server the sources named, in the order asked.
	Candidates []Candidate
	// Probed are the hosts probed, in the order of their best source.
	Probed []Probed
	// Found are the hosts that answered usably, best first: a trusted
	// certificate before an untrusted one before clear text, then by source.
	Found []Probed
	// Trace is every step's final event, in the order the steps are asked.
	Trace []Event
}
