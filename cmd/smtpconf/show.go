package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/internal/termsafe"
	"github.com/smtpconf/smtpconf/oauth"
)

func newShowCmd(g *globals) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:     "show",
		Example: "  smtpconf show\n  smtpconf show --json | jq -r .settings.host.value",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			f, err := g.loadConfig(cmd)
			if err != nil {
				return err
			}
			view := effectiveView(f)
			problems := f.Validate()
			view.Valid, view.Problems = len(problems.Errors()) == 0, problemsJSON(problems, g.lang)
			if asJSON {
				err = writeJSON(cmd.OutOrStdout(), view)
			} else {
				err = writeSettingsTable(cmd.OutOrStdout(), view, g.lang)
			}
			if !view.Valid {
				// show is informational and exits 0, but these are not
				// settings mail can go out with.
				printMessage(cmd.ErrOrStderr(), g.lang.T("cli_line_note", i18n.D{"Text": g.lang.T("cli_show_invalid",
					i18n.D{"File": f.Path, "Command": g.commandLine("validate")})}))
			}
			return err
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "")
	g.describe(func(lang i18n.Lang) {
		cmd.Short = lang.T("help_show_short", nil)
		cmd.Long = lang.T("help_show_long", nil)
		describeFlag(cmd, "json", lang.T("help_flag_show_json", nil))
	})
	return cmd
}

// settingsView is what show prints; its JSON form is the --json output.
type settingsView struct {
	Schema int    `json:"schema"` // jsonSchema, set when marshalled
	File   string `json:"file"`
	Server string `json:"server"` // "custom" ([smtp]) or "default" ([default_server])
	Table  string `json:"table"`  // the TOML table the server settings come from
	// Valid is false when the file has errors; Problems lists them with
	// the warnings, as validate does.
	Valid    bool          `json:"valid"`
	Problems []problemJSON `json:"problems"`
	// Settings in the order a human reads them; JSON gets them keyed.
	Settings []setting `json:"-"`
}

type setting struct {
	Key    string `json:"-"`
	Value  any    `json:"value"`
	Source string `json:"source"` // "file:LINE", "file", "default" or "environment"
	// about says what Value describes (where a secret comes from, the
	// sign-in's state) for the table, which words it in the run's
	// language; JSON keeps Value's fixed English words.
	about func(i18n.Lang) string
}

func (v settingsView) MarshalJSON() ([]byte, error) {
	settings := make(map[string]setting, len(v.Settings))
	for _, s := range v.Settings {
		settings[s.Key] = s
	}
	type plain settingsView
	v.Schema = jsonSchema
	return json.Marshal(struct {
		plain
		Settings map[string]setting `json:"settings"`
	}{plain(v), settings})
}

// effectiveView lists the settings of the server mail goes through. The
// password is described, never copied.
func effectiveView(f *config.File) settingsView {
	c := f.Config
	raw, table, server := c.SMTP.Server, "smtp", "custom"
	if c.SMTP.UseDefault {
		raw, table, server = c.DefaultServer, "default_server", "default"
	}
	eff := c.Effective()
	// src says where the effective value of a key comes from. smtpValue is
	// [smtp]'s own value of the key: when [default_server] leaves out a key
	// it inherits (sender, sender_name, timeout), Effective takes [smtp]'s,
	// and pointing at the file's [smtp] line says where to change it.
	src := func(key string, rawValue, smtpValue, effValue any) string {
		switch {
		case !isZero(rawValue) || isZero(effValue):
			return f.Source(table + "." + key)
		case c.SMTP.UseDefault && config.Inherits(key) && !isZero(smtpValue):
			return f.Source("smtp." + key)
		}
		return "default"
	}
	v := settingsView{File: f.Path, Server: server, Table: table}
	add := func(key string, rawValue, smtpValue, effValue any) {
		v.Settings = append(v.Settings, setting{Key: key, Value: effValue, Source: src(key, rawValue, smtpValue, effValue)})
	}
	own := c.SMTP.Server
	v.Settings = append(v.Settings, setting{Key: "use_default", Value: c.SMTP.UseDefault, Source: f.Source("smtp.use_default")})
	add("host", raw.Host, own.Host, eff.Host)
	add("port", raw.Port, own.Port, eff.Port)
	add("protocol", string(raw.Protocol), string(own.Protocol), string(eff.Protocol))
	add("starttls", raw.StartTLS, own.StartTLS, eff.StartTLS)
	add("auth", string(raw.Auth), string(own.Auth), string(eff.Auth))
	add("username", raw.Username, own.Username, eff.Username)
	if eff.UsesOAuth2() {
		for _, k := range oauth2Keys(raw.OAuth2, eff.OAuth2) {
			switch {
			case k.secret:
				o := eff.OAuth2
				v.Settings = append(v.Settings, describeSecret(f, table, "oauth2_client_secret",
					o.OAuth2ClientSecret, o.OAuth2ClientSecretEnv, o.OAuth2ClientSecretCommand))
			case k.eff != "" || k.always:
				add(k.name, k.raw, k.raw, k.eff)
			}
		}
		if eff.OAuth2Flow == config.FlowDeviceCode {
			v.Settings = append(v.Settings, describeSignIn(f, eff))
		}
	} else {
		v.Settings = append(v.Settings, describePassword(f, table, eff))
	}
	add("sender", raw.Sender, own.Sender, eff.Sender)
	add("sender_name", raw.SenderName, own.SenderName, eff.SenderName)
	add("allow_insecure_auth", raw.AllowInsecureAuth, own.AllowInsecureAuth, eff.AllowInsecureAuth)
	add("tls_ca_file", raw.TLSCAFile, own.TLSCAFile, eff.TLSCAFile)
	add("tls_skip_verify", raw.TLSSkipVerify, own.TLSSkipVerify, eff.TLSSkipVerify)
	add("helo_name", raw.HELOName, own.HELOName, eff.HELOName)
	v.Settings = append(v.Settings, setting{Key: "timeout", Value: durationText(eff.Timeout.Duration),
		Source: src("timeout", raw.Timeout.Duration, own.Timeout.Duration, eff.Timeout.Duration)})
	v.Settings = append(v.Settings, setting{Key: "test_recipient", Value: c.SMTP.TestRecipient, Source: f.Source("smtp.test_recipient")})
	return v
}

// describePassword says where the password comes from without its value.
func describePassword(f *config.File, table string, s config.Server) setting {
	return describeSecret(f, table, "password", s.Password, s.PasswordEnv, s.PasswordCommand)
}

// describeSecret says where a secret comes from, without its value: the
// file (redacted), a variable, or a command. key is the inline key; the
// others are key_env and key_command.
func describeSecret(f *config.File, table, key, inline, env, command string) setting {
	switch {
	case inline != "":
		return setting{Key: key, Value: config.Redaction, Source: f.Source(table + "." + key)}
	case env != "":
		return setting{Key: key, Value: "from $" + env, Source: f.Source(table + "." + key + "_env"),
			about: func(l i18n.Lang) string { return l.T("cli_show_secret_from_env", i18n.D{"Var": "$" + env}) }}
	case command != "":
		return setting{Key: key, Value: "from command", Source: f.Source(table + "." + key + "_command"),
			about: func(l i18n.Lang) string { return l.T("cli_show_secret_from_command", nil) }}
	default:
		return setting{Key: key, Value: "", Source: "default"}
	}
}

// oauth2Key is one OAuth 2.0 setting as show lists it; the client secret
// is described by describeSecret, never copied.
type oauth2Key struct {
	name     string
	raw, eff string
	secret   bool
	always   bool // listed even when not set: every OAuth setup has it
}

func oauth2Keys(raw, eff config.OAuth2) []oauth2Key {
	return []oauth2Key{
		{name: "oauth2_provider", raw: raw.OAuth2Provider, eff: eff.OAuth2Provider, always: true},
		{name: "oauth2_tenant", raw: raw.OAuth2Tenant, eff: eff.OAuth2Tenant},
		{name: "oauth2_flow", raw: raw.OAuth2Flow, eff: eff.OAuth2Flow, always: true},
		{name: "oauth2_client_id", raw: raw.OAuth2ClientID, eff: eff.OAuth2ClientID, always: true},
		{name: "oauth2_client_secret", secret: true},
		{name: "oauth2_refresh_token_env", raw: raw.OAuth2RefreshTokenEnv, eff: eff.OAuth2RefreshTokenEnv},
		{name: "oauth2_refresh_token_command", raw: raw.OAuth2RefreshTokenCommand, eff: eff.OAuth2RefreshTokenCommand},
		{name: "oauth2_token_url", raw: raw.OAuth2TokenURL, eff: eff.OAuth2TokenURL},
		{name: "oauth2_device_url", raw: raw.OAuth2DeviceURL, eff: eff.OAuth2DeviceURL},
		{name: "oauth2_scope", raw: raw.OAuth2Scope, eff: eff.OAuth2Scope},
		{name: "oauth2_service_account_file", raw: raw.OAuth2ServiceAccountFile, eff: eff.OAuth2ServiceAccountFile},
	}
}

// describeSignIn says whether `smtpconf login` has signed in for these
// settings, and where the refresh token is kept; never the token.
func describeSignIn(f *config.File, s config.Server) setting {
	path := config.TokenFilePath(f.Path)
	src, err := oauth.New(oauth.Settings{OAuth2: s.OAuth2, Mailbox: s.Username}, oauth.Options{TokenFile: path})
	state := "not signed in: run smtpconf login"
	about := func(l i18n.Lang) string { return l.T("cli_show_not_signed_in", nil) }
	if err == nil {
		if in, err := src.SignedIn(); in {
			state = "signed in, refresh token in " + path
			about = func(l i18n.Lang) string { return l.T("cli_show_signed_in", i18n.D{"File": path}) }
		} else if err != nil {
			state = "token file unreadable: " + err.Error()
			about = func(l i18n.Lang) string { return l.T("cli_show_token_unreadable", i18n.D{"Err": i18n.Text(err, l)}) }
		}
	}
	return setting{Key: "oauth2_sign_in", Value: state, Source: "smtpconf login", about: about}
}

func durationText(d time.Duration) string {
	if d == 0 {
		return ""
	}
	return d.String()
}

func isZero(v any) bool { return v == nil || reflect.ValueOf(v).IsZero() }

// writeSettingsTable prints KEY  VALUE  SOURCE, aligned; plain text so that
// it reads the same in a terminal, a log and a pipe. Keys and file lines
// stay as they are; the words around them are in l.
func writeSettingsTable(w io.Writer, v settingsView, l i18n.Lang) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	server := l.T("cli_show_server_custom", nil)
	if v.Server == "default" {
		server = l.T("cli_show_server_default", nil)
	}
	_, _ = fmt.Fprintf(tw, "%s\t%s\t\n", l.T("cli_show_row_file", nil), termsafe.String(v.File))
	_, _ = fmt.Fprintf(tw, "%s\t%s\t[%s]\n", l.T("cli_show_row_server", nil), server, v.Table)
	for _, s := range v.Settings {
		// A value is the file's text: validate refuses control characters
		// in it, but show prints an invalid file too.
		value := formatValue(s.Value)
		if s.about != nil {
			value = s.about(l)
		}
		_, _ = fmt.Fprintf(tw, "%s\t%s\t%s\n", s.Key, termsafe.String(value), sourceIn(s.Source, l))
	}
	if err := tw.Flush(); err != nil {
		return i18n.Wrap("cli_write_result_failed", nil, err)
	}
	return nil
}

func formatValue(v any) string {
	switch v := v.(type) {
	case string:
		if v == "" {
			return "-"
		}
		return v
	case int:
		if v == 0 {
			return "-"
		}
		return strconv.Itoa(v)
	default:
		return fmt.Sprint(v)
	}
}

func writeJSON(w io.Writer, v any) error {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return i18n.Wrap("cli_write_result_failed", nil, err)
	}
	if _, err := w.Write(termsafe.JSON(b.Bytes())); err != nil {
		return i18n.Wrap("cli_write_result_failed", nil, err)
	}
	return nil
}

// sourceIn is a setting's source as the table shows it in l; JSON keeps
// the values ("file:4", "default") that scripts read.
func sourceIn(source string, l i18n.Lang) string {
	if source == "default" {
		return l.T("cli_show_source_default", nil)
	}
	if line, ok := strings.CutPrefix(source, "file:"); ok {
		return l.T("cli_show_source_file_line", i18n.D{"Line": line})
	}
	return source
}
