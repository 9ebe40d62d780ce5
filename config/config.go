// Package config holds smtpconf's settings: what they are, which values are
// valid, and how they are read from and written to the TOML file. It knows
// nothing of terminals or networks, so a server application can import it.
package config

import (
	"fmt"
	"time"
)

// Protocol is how the connection to the mail server is secured at start.
type Protocol string

const (
	// ProtocolSMTP is plain SMTP (ports 25/587), optionally upgraded with STARTTLS.
	ProtocolSMTP Protocol = "smtp"
	// ProtocolSMTPS is SMTP inside TLS from the first byte (port 465).
	ProtocolSMTPS Protocol = "smtps"
)

// Auth names how smtpconf authenticates to the server.
type Auth string

const (
	AuthNone    Auth = "none"
	AuthAuto    Auth = "auto" // the strongest mechanism the server offers that is safe on this connection
	AuthPlain   Auth = "plain"
	AuthLogin   Auth = "login"
	AuthCRAMMD5 Auth = "cram-md5"
)

// Auths lists every accepted value of the auth key, in the order a UI offers them.
func Auths() []Auth { return []Auth{AuthNone, AuthAuto, AuthLogin, AuthPlain, AuthCRAMMD5} }

// Well-known ports and limits.
const (
	PortSMTP       = 25
	PortSubmission = 587
	PortSMTPS      = 465

	DefaultTimeout = 15 * time.Second
	MinTimeout     = time.Second
	MaxTimeout     = 5 * time.Minute
)

// DefaultPort is the port a protocol uses unless told otherwise.
func DefaultPort(p Protocol) int {
	if p == ProtocolSMTPS {
		return PortSMTPS
	}
	return PortSubmission
}

// Duration is a time.Duration written in the file as text ("15s").
type Duration struct{ time.Duration }

// MarshalText writes the duration as Go duration text.
func (d Duration) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads Go duration text such as "15s" or "1m30s".
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(string(b))
	if err != nil {
		return fmt.Errorf("%q is not a duration: write it like \"15s\" or \"1m\"", string(b))
	}
	d.Duration = v
	return nil
}

// Server is one mail server and the identity smtpconf uses on it. The
// [smtp] table holds the custom server; [default_server] the platform's.
type Server struct {
	Sender            string   `toml:"sender,omitempty"`
	SenderName        string   `toml:"sender_name,omitempty"`
	Protocol          Protocol `toml:"protocol,omitempty"`
	StartTLS          bool     `toml:"starttls"`
	Host              string   `toml:"host,omitempty"`
	Port              int      `toml:"port,omitempty"`
	Auth              Auth     `toml:"auth,omitempty"`
	Username          string   `toml:"username,omitempty"`
	Password          string   `toml:"password,omitempty"`
	PasswordEnv       string   `toml:"password_env,omitempty"`
	PasswordCommand   string   `toml:"password_command,omitempty"`
	AllowInsecureAuth bool     `toml:"allow_insecure_auth,omitempty"`
	TLSCAFile         string   `toml:"tls_ca_file,omitempty"`
	TLSSkipVerify     bool     `toml:"tls_skip_verify,omitempty"`
	HELOName          string   `toml:"helo_name,omitempty"`
	Timeout           Duration `toml:"timeout,omitzero"`
}

// SMTP is the [smtp] table: the admin's choice.
type SMTP struct {
	// UseDefault sends through [default_server]; the custom fields are then ignored.
	UseDefault bool `toml:"use_default"`
	Server
	TestRecipient string `toml:"test_recipient,omitempty"`
}

// Config is everything smtpconf owns in the file.
type Config struct {
	SMTP          SMTP   `toml:"smtp"`
	DefaultServer Server `toml:"default_server"`
}
