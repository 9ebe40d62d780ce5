// Package config holds smtpconf's settings: what they are, which values are
// valid, and how they are read from and written to the TOML file. It knows
// nothing of terminals or networks, so a server application can import it.
package config

import (
	"time"

	"github.com/smtpconf/smtpconf/internal/i18n"
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
	// AuthXOAuth2 logs in with an OAuth 2.0 access token, as Microsoft 365
	// and Google expect it.
	AuthXOAuth2 Auth = "xoauth2"
	// AuthOAuthBearer logs in with an OAuth 2.0 access token as RFC 7628 says.
	AuthOAuthBearer Auth = "oauthbearer"
)

// Auths lists the password (and no-login) values of the auth key, in the
// order a UI offers them; OAuth2Auths lists the token ones, which a UI
// offers together with the oauth2_* settings they need.
func Auths() []Auth { return []Auth{AuthNone, AuthAuto, AuthLogin, AuthPlain, AuthCRAMMD5} }

// OAuth2Auths lists the values of the auth key that log in with an OAuth
// 2.0 token.
func OAuth2Auths() []Auth { return []Auth{AuthXOAuth2, AuthOAuthBearer} }

// allAuths is every accepted value of the auth key.
func allAuths() []Auth { return append(Auths(), OAuth2Auths()...) }

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

// UnmarshalText reads Go duration text such as "15s" or "1m30s". The
// error is an *i18n.Error, which i18n.Text renders in a language.
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(string(b))
	if err != nil {
		return durationError(string(b))
	}
	d.Duration = v
	return nil
}

// checkDuration says what is wrong with duration text, or nil.
func checkDuration(s string) *i18n.Error {
	if _, err := time.ParseDuration(s); err != nil {
		return durationError(s)
	}
	return nil
}

func durationError(s string) *i18n.Error {
	return i18n.Errorf("config_duration_invalid", i18n.D{"Value": i18n.Quoted(s)})
}

// Server is one mail server and the identity smtpconf uses on it. The
// [smtp] table holds the custom server; [default_server] the platform's.
type Server struct {
	Sender          string   `toml:"sender,omitempty"`
	SenderName      string   `toml:"sender_name,omitempty"`
	Protocol        Protocol `toml:"protocol,omitempty"`
	StartTLS        bool     `toml:"starttls"`
	Host            string   `toml:"host,omitempty"`
	Port            int      `toml:"port,omitempty"`
	Auth            Auth     `toml:"auth,omitempty"`
	Username        string   `toml:"username,omitempty"`
	Password        string   `toml:"password,omitempty"`
	PasswordEnv     string   `toml:"password_env,omitempty"`
	PasswordCommand string   `toml:"password_command,omitempty"`
	OAuth2
	AllowInsecureAuth bool     `toml:"allow_insecure_auth,omitempty"`
	TLSCAFile         string   `toml:"tls_ca_file,omitempty"`
	TLSSkipVerify     bool     `toml:"tls_skip_verify,omitempty"`
	HELOName          string   `toml:"helo_name,omitempty"`
	Timeout           Duration `toml:"timeout,omitzero"`
}

// OAuth2 says where the OAuth 2.0 access token for auth xoauth2 or
// oauthbearer comes from (see OAuth2Provider, OAuth2Flow). Its keys sit in
// the server's table, next to the password's.
type OAuth2 struct {
	OAuth2Provider            string `toml:"oauth2_provider,omitempty"`
	OAuth2Tenant              string `toml:"oauth2_tenant,omitempty"`
	OAuth2Flow                string `toml:"oauth2_flow,omitempty"`
	OAuth2ClientID            string `toml:"oauth2_client_id,omitempty"`
	OAuth2ClientSecret        string `toml:"oauth2_client_secret,omitempty"`
	OAuth2ClientSecretEnv     string `toml:"oauth2_client_secret_env,omitempty"`
	OAuth2ClientSecretCommand string `toml:"oauth2_client_secret_command,omitempty"`
	OAuth2RefreshTokenEnv     string `toml:"oauth2_refresh_token_env,omitempty"`
	OAuth2RefreshTokenCommand string `toml:"oauth2_refresh_token_command,omitempty"`
	OAuth2TokenURL            string `toml:"oauth2_token_url,omitempty"`
	OAuth2DeviceURL           string `toml:"oauth2_device_url,omitempty"`
	OAuth2Scope               string `toml:"oauth2_scope,omitempty"`
	OAuth2ServiceAccountFile  string `toml:"oauth2_service_account_file,omitempty"`
}

// OAuth 2.0 providers (oauth2_provider).
const (
	ProviderMicrosoft = "microsoft"
	ProviderGoogle    = "google"
	ProviderCustom    = "custom"
)

// OAuth2Providers lists the accepted values of oauth2_provider.
func OAuth2Providers() []string { return []string{ProviderMicrosoft, ProviderGoogle, ProviderCustom} }

// OAuth 2.0 flows (oauth2_flow): how the access token is obtained.
const (
	// FlowClientCredentials: the application's own identity (client id and
	// secret), for unattended servers; Microsoft's app-only access.
	FlowClientCredentials = "client_credentials"
	// FlowDeviceCode: an admin signs in once at a terminal (smtpconf
	// login); the refresh token is kept in the token file.
	FlowDeviceCode = "device_code"
	// FlowRefreshToken: a refresh token the admin already has, given by
	// oauth2_refresh_token_env or oauth2_refresh_token_command.
	FlowRefreshToken = "refresh_token"
	// FlowServiceAccount: Google Workspace domain-wide delegation, a JWT
	// signed with the service account's key acting as the mailbox.
	FlowServiceAccount = "service_account"
)

// OAuth2Flows lists the accepted values of oauth2_flow.
func OAuth2Flows() []string {
	return []string{FlowClientCredentials, FlowDeviceCode, FlowRefreshToken, FlowServiceAccount}
}

// UsesOAuth2 tells whether the server logs in with an OAuth 2.0 token:
// auth is xoauth2 or oauthbearer, or auth is auto and oauth2_provider is set.
func (s Server) UsesOAuth2() bool {
	switch s.Auth {
	case AuthXOAuth2, AuthOAuthBearer:
		return true
	case AuthAuto, "":
		return s.OAuth2Provider != ""
	}
	return false
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
