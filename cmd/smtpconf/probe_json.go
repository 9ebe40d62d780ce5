package main

import (
	"time"

	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/internal/termsafe"
	"github.com/smtpconf/smtpconf/mailer"
)

// probeJSON is `smtpconf probe --json`, documented field by field in
// docs/cli.md. Every text a server sent goes through termsafe, as on the
// terminal: JSON escapes C0 controls but not C1 ones.
type probeJSON struct {
	Schema int `json:"schema"`
	hostReportJSON
	Cancelled bool `json:"cancelled,omitempty"`
}

// hostReportJSON is one probed host: probe's whole answer, and each host
// --from found.
type hostReportJSON struct {
	OK       bool          `json:"ok"`
	Host     string        `json:"host"`
	Ports    []portJSON    `json:"ports"`
	Grade    string        `json:"grade"`
	Reason   string        `json:"reason"`
	Proposal *proposalJSON `json:"proposal"`
	SetArgs  []string      `json:"set_args"`
}

type portJSON struct {
	Port          int           `json:"port"`
	Address       string        `json:"address"`
	Protocol      string        `json:"protocol"`
	Reachable     bool          `json:"reachable"`
	Greeting      string        `json:"greeting"`
	StartTLS      bool          `json:"starttls"`
	Extensions    []string      `json:"extensions"`
	AuthBeforeTLS []string      `json:"auth_before_tls"`
	Auth          []string      `json:"auth"`
	MaxSize       int           `json:"max_size"`
	TLS           *probeTLSJSON `json:"tls"`
	Error         string        `json:"error"`
}

type probeTLSJSON struct {
	Version           string    `json:"version"`
	CipherSuite       string    `json:"cipher_suite"`
	Subject           string    `json:"subject"`
	Issuer            string    `json:"issuer"`
	DNSNames          []string  `json:"dns_names"`
	NotAfter          time.Time `json:"not_after"`
	FingerprintSHA256 string    `json:"fingerprint_sha256"`
	Trusted           bool      `json:"trusted"`
}

type proposalJSON struct {
	Host     string `json:"host"`
	Port     int    `json:"port"`
	Protocol string `json:"protocol"`
	StartTLS bool   `json:"starttls"`
	Auth     string `json:"auth"`
}

// probeReportJSON is probe --json; a port's "error" is in l, as check's.
func probeReportJSON(rep *mailer.ProbeReport, cancelled bool, l i18n.Lang) probeJSON {
	return probeJSON{Schema: 1, hostReportJSON: hostJSON(rep, l), Cancelled: cancelled}
}

func hostJSON(rep *mailer.ProbeReport, l i18n.Lang) hostReportJSON {
	out := hostReportJSON{OK: rep.Proposal != nil, Host: rep.Host, Ports: []portJSON{}, Grade: rep.Grade.String(),
		Reason: termsafe.String(rep.Reason), SetArgs: []string{}}
	for _, pr := range rep.Ports {
		out.Ports = append(out.Ports, portReportJSON(pr, l))
	}
	if s := rep.Proposal; s != nil {
		out.Proposal = &proposalJSON{Host: s.Host, Port: s.Port, Protocol: string(s.Protocol), StartTLS: s.StartTLS, Auth: string(s.Auth)}
		out.SetArgs = safeList(setArgs(*s))
	}
	return out
}

func portReportJSON(pr mailer.PortReport, l i18n.Lang) portJSON {
	out := portJSON{Port: pr.Port, Address: pr.Addr, Protocol: string(pr.Protocol), Reachable: pr.Reachable,
		Greeting: termsafe.String(pr.Greeting), StartTLS: pr.StartTLS, Extensions: safeList(pr.Extensions),
		AuthBeforeTLS: safeList(pr.MechanismsBeforeTLS), Auth: safeList(pr.Mechanisms), MaxSize: pr.MaxSize}
	if pr.Err != nil {
		out.Error = termsafe.String(i18n.Text(pr.Err, l))
	}
	if t := pr.TLS; t != nil {
		out.TLS = &probeTLSJSON{Version: t.Version, CipherSuite: t.CipherSuite, Subject: termsafe.String(t.Subject),
			Issuer: termsafe.String(t.Issuer), DNSNames: safeList(t.DNSNames), NotAfter: t.NotAfter,
			FingerprintSHA256: t.FingerprintSHA256, Trusted: t.Verified}
	}
	return out
}

// safeList is a list of outside texts made safe to print, [] rather than null.
func safeList(in []string) []string {
	out := make([]string, 0, len(in))
	for _, s := range in {
		out = append(out, termsafe.String(s))
	}
	return out
}
