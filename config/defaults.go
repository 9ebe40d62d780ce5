package config

// Default is the configuration of a new file: mail goes through the
// platform's default server, and the custom settings are filled with the
// usual choice (submission port 587 with STARTTLS required, auth picked
// automatically) so that turning use_default off starts from good values.
func Default() Config {
	return Config{SMTP: SMTP{
		UseDefault: true,
		Server: Server{
			Protocol: ProtocolSMTP,
			StartTLS: true,
			Port:     PortSubmission,
			Auth:     AuthAuto,
			Timeout:  Duration{DefaultTimeout},
		},
	}}
}

// WithDefaults fills what the admin left empty: protocol smtp, the
// protocol's port, auth none without a username and auto with one, and the
// default timeout.
func (s Server) WithDefaults() Server {
	if s.Protocol == "" {
		s.Protocol = ProtocolSMTP
	}
	if s.Port == 0 {
		s.Port = DefaultPort(s.Protocol)
	}
	if s.Auth == "" {
		s.Auth = AuthNone
		if s.Username != "" {
			s.Auth = AuthAuto
		}
	}
	if s.Timeout.Duration == 0 {
		s.Timeout = Duration{DefaultTimeout}
	}
	return s
}

// Default server when [default_server] leaves a setting out: the local mail
// system, which takes mail on port 25 without TLS or login.
const (
	defaultServerHost = "localhost"
)

// Effective is the server mail really goes through: [default_server] (with
// its own defaults: localhost:25, plain, no auth) when use_default is set,
// else [smtp]. The default server sends as [smtp]'s sender and uses its
// timeout unless it sets its own.
func (c Config) Effective() Server {
	if !c.SMTP.UseDefault {
		return c.SMTP.Server.WithDefaults()
	}
	d := c.DefaultServer
	if d.Host == "" {
		d.Host = defaultServerHost
	}
	if d.Protocol == "" {
		d.Protocol = ProtocolSMTP
	}
	if d.Port == 0 {
		d.Port = PortSMTP
		if d.Protocol == ProtocolSMTPS {
			d.Port = PortSMTPS
		}
	}
	if d.Sender == "" {
		d.Sender = c.SMTP.Sender
	}
	if d.SenderName == "" {
		d.SenderName = c.SMTP.SenderName
	}
	if d.Timeout.Duration == 0 {
		d.Timeout = c.SMTP.Timeout
	}
	return d.WithDefaults()
}
