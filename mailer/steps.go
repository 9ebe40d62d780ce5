package mailer

import (
	"strconv"
	"time"
)

// StepName identifies one network step of a conversation with a server.
type StepName string

const (
	// StepSettings is no network step: Check, SendTest and Send check the
	// settings with config's rules first, and fail here, before any
	// connection, when they cannot work.
	StepSettings StepName = "settings"
	StepResolve  StepName = "resolve"
	StepConnect  StepName = "connect"
	StepTLS      StepName = "tls" // implicit TLS handshake (smtps)
	StepGreeting StepName = "greeting"
	StepHello    StepName = "ehlo"
	// StepHelloTLS is the EHLO again after STARTTLS: a name of its own, so
	// that no two steps of one conversation share a name.
	StepHelloTLS StepName = "ehlo_tls"
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
// and once when it ends (ok or failed). A step that does not apply is
// reported once, as skipped.
type Step struct {
	Name     StepName
	Title    string // in the admin's words: "Connect to mail.firma.de:587"
	Status   Status
	Started  time.Time
	Duration time.Duration
	Detail   string // "TLS 1.3, TLS_AES_128_GCM_SHA256", "250 2.0.0 Ok: queued as 4F2A1"
	Err      error
}

// ShortDuration is how front ends show a step's time, short enough for a
// column of its own: <1ms, 12ms, 1.2s, 2m5s.
func ShortDuration(d time.Duration) string {
	switch {
	case d < time.Millisecond:
		return "<1ms"
	case d < time.Second:
		return strconv.FormatInt(d.Milliseconds(), 10) + "ms"
	case d < time.Minute:
		return strconv.FormatFloat(d.Seconds(), 'f', 1, 64) + "s"
	default:
		return d.Round(time.Second).String()
	}
}
