package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/netip"
	"os"
	"path/filepath"
	"strings"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/mailer"
)

// Export formats.
const (
	formatMsmtprc = "msmtprc"
	formatPostfix = "postfix"
	formatJSON    = "json"
)

// exportFlags are export's options.
type exportFlags struct {
	format         string
	output         string
	includeSecrets bool
	saslPasswd     string
}

// defaultSASLPasswd is where Debian's Postfix documentation keeps the map.
const defaultSASLPasswd = "/etc/postfix/sasl_passwd"

func newExportCmd(g *globals) *cobra.Command {
	var fl exportFlags
	cmd := &cobra.Command{
		Use: "export",
		Example: "  smtpconf export --format msmtprc --output ~/.msmtprc\n" +
			"  smtpconf export --format postfix | grep -v '^#' | \\\n    xargs -d '\\n' postconf -e\n" +
			"  smtpconf export --format postfix --include-secrets \\\n    --sasl-passwd /etc/postfix/sasl_passwd\n" +
			"  smtpconf export --format json | jq .server.host",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return runExport(cmd, g, &fl) },
	}
	cmd.Flags().StringVar(&fl.format, "format", "", "")
	cmd.Flags().StringVarP(&fl.output, "output", "o", "", "")
	cmd.Flags().BoolVar(&fl.includeSecrets, "include-secrets", false, "")
	cmd.Flags().StringVar(&fl.saslPasswd, "sasl-passwd", "", "")
	g.describe(func(lang i18n.Lang) {
		cmd.Short = lang.T("help_export_short", nil)
		cmd.Long = lang.T("help_export_long", nil)
		describeFlag(cmd, "format", lang.T("help_flag_export_format", nil))
		describeFlag(cmd, "output", lang.T("help_flag_export_output", nil))
		describeFlag(cmd, "include-secrets", lang.T("help_flag_export_include_secrets", nil))
		describeFlag(cmd, "sasl-passwd", lang.T("help_flag_export_sasl_passwd", nil))
	})
	return cmd
}

func runExport(cmd *cobra.Command, g *globals, fl *exportFlags) error {
	switch fl.format {
	case formatMsmtprc, formatPostfix, formatJSON:
	case "":
		return usage(i18n.Errorf("cli_export_format_required", nil))
	default:
		return usage(i18n.Errorf("cli_export_format_unknown", i18n.D{"Format": i18n.Quoted(fl.format)}))
	}
	if fl.saslPasswd != "" && fl.format != formatPostfix {
		return usage(i18n.Errorf("cli_export_sasl_needs_postfix", nil))
	}
	f, err := g.loadConfig(cmd)
	if err != nil {
		return err
	}
	if printProblems(cmd.ErrOrStderr(), f.Path, f.Validate().Errors(), g.lang) {
		return &exitError{code: exitConfig, err: i18n.Errorf("cli_export_invalid", i18n.D{"File": f.Path}),
			hint: g.lang.T("cli_fix_file_first_short", nil)}
	}
	s := f.Config.Effective()
	if s.UsesOAuth2() && fl.format != formatJSON {
		// msmtp and Postfix would need the access token itself, which
		// smtpconf fetches and renews on each send: an export without it
		// logs in with no password at all.
		return &exitError{code: exitConfig,
			err: i18n.Errorf("cli_export_oauth2", i18n.D{"File": f.Path, "Auth": string(s.Auth), "Provider": fmt.Sprintf("%q", s.OAuth2Provider),
				"Program": map[string]string{formatMsmtprc: "msmtp", formatPostfix: "Postfix"}[fl.format]}),
			hint: g.lang.T("cli_export_oauth2_hint", nil)}
	}
	var out []byte
	switch fl.format {
	case formatMsmtprc:
		out, err = msmtprc(f.Path, s, fl.includeSecrets, g.lang)
	case formatPostfix:
		out, err = exportPostfix(cmd, f.Path, s, fl, g.lang)
	case formatJSON:
		out, err = exportJSON(f, s, fl.includeSecrets)
	}
	if err != nil {
		return err
	}
	// Only a secret stored in the file reaches the output: env and
	// command sources stay sources (the postfix map is a file of its own).
	secret := fl.includeSecrets && (s.Password != "" || s.OAuth2ClientSecret != "")
	if fl.output != "" {
		if err := writePrivate(fl.output, out); err != nil {
			return i18n.Wrap("cli_write_failed", i18n.D{"File": fl.output}, ioCause(err))
		}
		return nil
	}
	if stdout, ok := cmd.OutOrStdout().(*os.File); ok && secret && term.IsTerminal(stdout.Fd()) {
		printMessage(cmd.ErrOrStderr(), g.lang.T("cli_line_warning", i18n.D{"Text": g.lang.T("cli_export_password_in_clear", nil)}))
	}
	_, err = cmd.OutOrStdout().Write(out)
	return err
}

// writePrivate writes a file readable by its owner only, atomically: a
// reader (msmtp, Postfix) sees the old file or the new one, never half.
func writePrivate(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // gone after the rename; cleans up on failure
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// passwordJSON is the password as export --format json gives it: where it
// comes from, and the value only with --include-secrets.
type passwordJSON struct {
	Source  string `json:"source"` // "none", "file", "env" or "command"
	Env     string `json:"env,omitempty"`
	Command string `json:"command,omitempty"`
	Value   string `json:"value,omitempty"`
}

type serverJSON struct {
	Sender            string       `json:"sender"`
	SenderName        string       `json:"sender_name"`
	Protocol          string       `json:"protocol"`
	StartTLS          bool         `json:"starttls"`
	Host              string       `json:"host"`
	Port              int          `json:"port"`
	Auth              string       `json:"auth"`
	Username          string       `json:"username"`
	Password          passwordJSON `json:"password"`
	AllowInsecureAuth bool         `json:"allow_insecure_auth"`
	TLSCAFile         string       `json:"tls_ca_file"`
	TLSSkipVerify     bool         `json:"tls_skip_verify"`
	Timeout           string       `json:"timeout"`
	// OAuth2 is where the token comes from, for auth xoauth2 and oauthbearer.
	OAuth2 *oauth2JSON `json:"oauth2,omitempty"`
}

// oauth2JSON is the OAuth 2.0 settings, the client secret and the refresh
// token given as their sources, as the password is.
type oauth2JSON struct {
	Provider           string        `json:"provider"`
	Tenant             string        `json:"tenant,omitempty"`
	Flow               string        `json:"flow"`
	ClientID           string        `json:"client_id,omitempty"`
	ClientSecret       passwordJSON  `json:"client_secret"`
	RefreshToken       *passwordJSON `json:"refresh_token,omitempty"`
	TokenURL           string        `json:"token_url,omitempty"`
	DeviceURL          string        `json:"device_url,omitempty"`
	Scope              string        `json:"scope,omitempty"`
	ServiceAccountFile string        `json:"service_account_file,omitempty"`
}

// secretSource is a secret as export --format json gives it: its source,
// and the value only when it is stored in the file and secrets are asked for.
func secretSource(value, env, command string, includeSecrets bool) passwordJSON {
	switch {
	case value != "":
		p := passwordJSON{Source: "file"}
		if includeSecrets {
			p.Value = value
		}
		return p
	case env != "":
		return passwordJSON{Source: "env", Env: env}
	case command != "":
		return passwordJSON{Source: "command", Command: command}
	}
	return passwordJSON{Source: "none"}
}

func oauth2Of(s config.Server, includeSecrets bool) *oauth2JSON {
	if !s.UsesOAuth2() {
		return nil
	}
	o := s.OAuth2
	out := &oauth2JSON{Provider: o.OAuth2Provider, Tenant: o.OAuth2Tenant, Flow: o.OAuth2Flow, ClientID: o.OAuth2ClientID,
		ClientSecret: secretSource(o.OAuth2ClientSecret, o.OAuth2ClientSecretEnv, o.OAuth2ClientSecretCommand, includeSecrets),
		TokenURL:     o.OAuth2TokenURL, DeviceURL: o.OAuth2DeviceURL, Scope: o.OAuth2Scope, ServiceAccountFile: o.OAuth2ServiceAccountFile}
	if rt := secretSource("", o.OAuth2RefreshTokenEnv, o.OAuth2RefreshTokenCommand, false); rt.Source != "none" {
		out.RefreshToken = &rt
	}
	return out
}

// exportJSON is the effective server, schema-versioned so that a script
// can tell when the shape changes.
func exportJSON(f *config.File, s config.Server, includeSecrets bool) ([]byte, error) {
	pw := secretSource(s.Password, s.PasswordEnv, s.PasswordCommand, includeSecrets)
	out := struct {
		Schema     int        `json:"schema"`
		File       string     `json:"file"`
		UseDefault bool       `json:"use_default"`
		Server     serverJSON `json:"server"`
	}{Schema: 1, File: f.Path, UseDefault: f.Config.SMTP.UseDefault, Server: serverJSON{
		Sender: s.Sender, SenderName: s.SenderName, Protocol: string(s.Protocol), StartTLS: s.StartTLS,
		Host: s.Host, Port: s.Port, Auth: string(s.Auth), Username: s.Username, Password: pw,
		AllowInsecureAuth: s.AllowInsecureAuth, TLSCAFile: s.TLSCAFile, TLSSkipVerify: s.TLSSkipVerify,
		Timeout: s.Timeout.String(), OAuth2: oauth2Of(s, includeSecrets),
	}}
	b, err := json.MarshalIndent(out, "", "  ")
	return append(b, '\n'), err
}

// msmtprc is an msmtp account named smtpconf, made the default. msmtp runs
// passwordeval through /bin/sh, so a password_command's words are quoted
// one by one: the shell runs the very argv smtpconf would, expanding nothing.
func msmtprc(path string, s config.Server, includeSecrets bool, l i18n.Lang) ([]byte, error) {
	var b bytes.Buffer
	line := func(key, value string) { fmt.Fprintf(&b, "%s %s\n", key, msmtpQuote(value)) }
	comment := func(id string, data i18n.D) { fmt.Fprintf(&b, "# %s\n", oneLine(l.T(id, data))) }
	comment("cli_export_msmtprc_made", i18n.D{"Command": "smtpconf export --format msmtprc", "File": path})
	b.WriteString("account smtpconf\n")
	line("host", s.Host)
	line("port", fmt.Sprint(s.Port))
	line("from", s.Sender)
	switch {
	case s.Protocol == config.ProtocolSMTPS:
		b.WriteString("tls on\ntls_starttls off\n")
	case s.StartTLS:
		b.WriteString("tls on\ntls_starttls on\n")
	default:
		b.WriteString("tls off\n")
	}
	if s.TLSCAFile != "" {
		comment("cli_export_msmtprc_trust_file", nil)
		line("tls_trust_file", s.TLSCAFile)
	}
	if s.TLSSkipVerify {
		b.WriteString("tls_certcheck off\n")
	}
	switch s.Auth {
	case config.AuthNone:
		b.WriteString("auth off\n")
	case config.AuthAuto:
		b.WriteString("auth on\n")
	default:
		line("auth", string(s.Auth))
	}
	if s.Auth != config.AuthNone {
		line("user", s.Username)
		switch {
		case s.PasswordEnv != "":
			// config allows only [A-Za-z_][A-Za-z0-9_]* here: nothing to quote.
			line("passwordeval", "printenv "+s.PasswordEnv)
		case s.PasswordCommand != "":
			argv, err := mailer.PasswordCommandArgs(s.PasswordCommand)
			if err != nil {
				return nil, i18n.Wrap("cli_export_password_command", nil, err)
			}
			words := make([]string, len(argv))
			for i, w := range argv {
				words[i] = "'" + strings.ReplaceAll(w, "'", `'\''`) + "'"
			}
			line("passwordeval", strings.Join(words, " "))
		case s.Password != "" && includeSecrets:
			line("password", s.Password)
		case s.Password != "":
			comment("cli_export_msmtprc_password_left_out", nil)
		}
	}
	line("timeout", fmt.Sprint(int(s.Timeout.Seconds())))
	b.WriteString("account default : smtpconf\n")
	return b.Bytes(), nil
}

// msmtpQuote writes a value as msmtp reads it: in double quotes when it has
// blanks or a #. msmtp strips the outer quotes and takes the rest as it is
// (no escapes: msmtp --pretend shows a \\ as two backslashes).
func msmtpQuote(v string) string {
	if v != "" && !strings.ContainsAny(v, " \t\"#") {
		return v
	}
	return `"` + v + `"`
}

// oneLine keeps a path from ending a comment line early.
func oneLine(s string) string { return strings.NewReplacer("\n", " ", "\r", " ").Replace(s) }

// exportPostfix is main.cf lines for a null client relaying through the
// server, and with --sasl-passwd the password map they name.
func exportPostfix(cmd *cobra.Command, path string, s config.Server, fl *exportFlags, l i18n.Lang) ([]byte, error) {
	mapPath := fl.saslPasswd
	if mapPath == "" {
		mapPath = defaultSASLPasswd
	}
	host := strings.Trim(s.Host, "[]")
	if a, err := netip.ParseAddr(host); err == nil && a.Is6() {
		host = "ipv6:" + host // Postfix's form of an IPv6 address in relayhost
	}
	next := fmt.Sprintf("[%s]:%d", host, s.Port)
	if fl.saslPasswd != "" && s.Auth != config.AuthNone {
		if !fl.includeSecrets {
			return nil, hinted(exitUsage, i18n.Errorf("cli_export_needs_secrets", nil), l.T("cli_export_needs_secrets_hint", nil))
		}
		pw, err := mailer.ReadPassword(cmd.Context(), s)
		if err != nil {
			return nil, hinted(exitConfig, err, "")
		}
		if err := writePrivate(mapPath, []byte(next+" "+s.Username+":"+pw+"\n")); err != nil {
			return nil, i18n.Wrap("cli_write_failed", i18n.D{"File": mapPath}, ioCause(err))
		}
	}
	return postfixMainCf(path, s, next, mapPath, fl.saslPasswd != "", l), nil
}

// postfixMainCf maps the settings to Postfix's: verification as strict as
// smtpconf's (secure, unless tls_skip_verify), the password never sent in
// clear unless smtpconf would, and the CA file added to the system's.
func postfixMainCf(path string, s config.Server, next, mapPath string, mapWritten bool, l i18n.Lang) []byte {
	var b bytes.Buffer
	set := func(k, v string) { fmt.Fprintf(&b, "%s = %s\n", k, v) }
	comment := func(id string, data i18n.D) { fmt.Fprintf(&b, "# %s\n", oneLine(l.T(id, data))) }
	comment("cli_export_postfix_made", i18n.D{"Command": "smtpconf export --format postfix", "File": path})
	comment("cli_export_postfix_apply", i18n.D{"Command": "grep -v '^#' | xargs -d '\\n' postconf -e", "Reload": "postfix reload"})
	set("relayhost", next)
	level := "secure"
	if s.TLSSkipVerify {
		level = "encrypt"
	}
	switch {
	case s.Protocol == config.ProtocolSMTPS:
		set("smtp_tls_wrappermode", "yes")
		set("smtp_tls_security_level", level)
	case s.StartTLS:
		set("smtp_tls_security_level", level)
	default:
		set("smtp_tls_security_level", "none")
	}
	if s.TLSCAFile != "" {
		set("smtp_tls_CAfile", s.TLSCAFile)
		set("tls_append_default_CA", "yes")
	}
	if s.Auth == config.AuthNone {
		set("smtp_sasl_auth_enable", "no")
		return b.Bytes()
	}
	set("smtp_sasl_auth_enable", "yes")
	set("smtp_sasl_password_maps", "texthash:"+mapPath)
	if config.PasswordInClearAllowed(s) {
		set("smtp_sasl_security_options", "noanonymous")
	} else {
		set("smtp_sasl_security_options", "noanonymous, noplaintext")
	}
	set("smtp_sasl_tls_security_options", "noanonymous")
	if s.Auth != config.AuthAuto {
		set("smtp_sasl_mechanism_filter", string(s.Auth))
	}
	if !mapWritten {
		comment("cli_export_postfix_map_line", i18n.D{"File": mapPath, "Line": next + " " + s.Username + ":" + l.T("cli_export_placeholder_password", nil)})
		comment("cli_export_postfix_map_written_by", i18n.D{"Flags": "--include-secrets --sasl-passwd " + l.T("cli_export_placeholder_file", nil)})
	}
	return b.Bytes()
}
