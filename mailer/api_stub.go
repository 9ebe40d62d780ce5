// Package mailer sends mail with smtpconf's settings and explains, step by
// step, why a server works or does not. A server application imports it.
package mailer

// This file pins the package's API so that other packages can be written
// against it while it is being built. Its bodies are placeholders: the mailer
// work replaces them (and deletes this file) with the real implementation.

import (
	"context"
	"errors"
	"io"
	"time"

	"smtpconf/config"
)

// StepName identifies one network step of a conversation with a server.
type StepName string

const (
	StepResolve  StepName = "resolve"
	StepConnect  StepName = "connect"
	StepTLS      StepName = "tls" // implicit TLS handshake (smtps)
	StepGreeting StepName = "greeting"
	StepHello    StepName = "ehlo"
	StepStartTLS StepName = "starttls"
	StepAuth     StepName = "auth"
	StepMail     StepName = "mail"
	StepRcpt     StepName = "rcpt"
	StepData     StepName = "data"
	StepQuit     StepName = "quit"
)

// Status is where a step stands.
type Status string

const (
	StatusRunning Status = "running"
	StatusOK      Status = "ok"
	StatusFailed  Status = "failed"
	StatusSkipped Status = "skipped"
)

// Step is one step as reported to the caller: once when it starts (running)
// and once when it ends (ok or failed).
type Step struct {
	Name     StepName
	Title    string // in the admin's words: "Connect to mail.firma.de:587"
	Status   Status
	Started  time.Time
	Duration time.Duration
	Detail   string // "TLS 1.3, TLS_AES_128_GCM_SHA256", "250 2.0.0 Ok: queued as 4F2A1"
	Err      error
}

// Options tune one conversation. The zero value is ready to use.
type Options struct {
	// Progress receives every step as it starts and ends, on the calling goroutine.
	Progress func(Step)
	// Transcript receives the SMTP dialogue with AUTH payloads redacted.
	Transcript io.Writer
	// LocalName is the EHLO name; empty means the machine's host name.
	LocalName string
}

// TLSInfo describes the secured connection.
type TLSInfo struct {
	Version, CipherSuite string
	Subject, Issuer      string
	DNSNames             []string
	NotAfter             time.Time
	FingerprintSHA256    string
	Verified             bool // false when tls_skip_verify is on
}

// Result is what a check or send found.
type Result struct {
	OK        bool
	Steps     []Step
	TLS       *TLSInfo
	Mechanism string // the AUTH mechanism used, if any
	Reply     string // the server's final reply to DATA (queue id)
	Warnings  []string
	Err       error  // an *Error when the server or network failed
	Hint      string // what to do about Err, in the admin's words
}

// Error is a failure at one step, classified, with the fix in Hint.
type Error struct {
	Step         StepName
	Code         int    // SMTP reply code, 0 for network/TLS errors
	EnhancedCode string // "5.7.8" when the server gave one
	Hint         string
	Err          error
}

func (e *Error) Error() string { return string(e.Step) + ": " + e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }

var errNotImplemented = errors.New("not implemented")

// Check goes as far as MAIL FROM / RCPT TO, then RSET and QUIT: nothing is delivered.
// An empty rcpt skips the RCPT step.
func Check(ctx context.Context, s config.Server, rcpt string, opts Options) *Result {
	return &Result{Err: errNotImplemented}
}

// SendTest sends a test message to one address, saying how it was sent.
func SendTest(ctx context.Context, s config.Server, to string, opts Options) *Result {
	return &Result{Err: errNotImplemented}
}

// Message is what an application sends.
type Message struct {
	To      []string
	Subject string
	Body    string // text/plain, UTF-8
}

// Send delivers a message with the given settings.
func Send(ctx context.Context, s config.Server, msg Message) error { return errNotImplemented }

// PortReport is what one port of a probed host answered.
type PortReport struct {
	Port       int
	Protocol   config.Protocol
	Reachable  bool
	StartTLS   bool     // offered (smtp ports)
	Mechanisms []string // AUTH mechanisms advertised (after TLS)
	TLS        *TLSInfo
	Err        error
}

// ProbeReport is what Probe found, with the settings it proposes.
type ProbeReport struct {
	Host     string
	Ports    []PortReport
	Proposal *config.Server // nil when nothing usable answered
}

// Probe tries 465, 587 and 25 concurrently and proposes the best settings.
func Probe(ctx context.Context, host string, timeout time.Duration) *ProbeReport {
	return &ProbeReport{Host: host}
}
