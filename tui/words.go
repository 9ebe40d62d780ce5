package tui

import (
	"strings"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
)

// What screens and prompts say about the draft: config's messages after
// the labels the form shows, never the file's keys.

// speak puts the words of the draft's language on the fields: labels and
// help (config's), the choices' labels and the examples. newDraft speaks
// English; loading a file speaks the session's language (d.lang).
func (d *draft) speak() {
	l := d.lang
	for k, f := range d.fields {
		if ck, ok := config.LookupKey(k); ok {
			f.label, f.help = ck.LabelIn(l), ck.HelpIn(l)
		}
	}
	d.fields["smtp.use_default"].label = l.T("tuiform_use_default_label", nil)
	// config's help names the file's values (none, auto); the form's
	// names the choices as the form shows them (keine, automatisch).
	d.fields["smtp.auth"].help = l.T("tuiform_auth_help", nil)
	for i, c := range d.fields["smtp.auth"].choices {
		d.fields["smtp.auth"].choices[i].label = authLabel(l, config.Auth(c.value))
	}
	example := func(k, value string) {
		d.fields[k].input.Placeholder = l.T("tuiform_example", i18n.D{"Value": value})
		d.fields[k].example = true
	}
	example("smtp.host", "mail.example.com")
	example("smtp.sender", "noreply@example.com")
	example("smtp.test_recipient", "you@example.com")
	d.speakOAuth()
}

// authLabel is how the form shows an authentication method: the
// mechanisms by their SASL names, which no language translates.
func authLabel(l i18n.Lang, a config.Auth) string {
	switch a {
	case config.AuthNone:
		return l.T("tuiform_auth_none", nil)
	case config.AuthAuto:
		return l.T("tuiform_auth_auto", nil)
	case config.AuthLogin, config.AuthPlain, config.AuthCRAMMD5, config.AuthXOAuth2, config.AuthOAuthBearer:
		return strings.ToUpper(string(a))
	}
	return string(a)
}

// label is how screens name a setting: its field's label, not its key.
func (d *draft) label(k string) string {
	if f := d.fields[k]; f != nil && f.label != "" {
		return f.label
	}
	if ck, ok := config.LookupKey(k); ok && ck.LabelIn(d.lang) != "" {
		return ck.LabelIn(d.lang)
	}
	return k
}

// labels names settings by their labels, for lists of changes.
func (d *draft) labels(keys []string) []string {
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = d.label(k)
	}
	return out
}

// blocking lists the problems that forbid saving, including values
// config.Set refused, each after its field's label as the field shows it.
func (d *draft) blocking() []string {
	var out []string
	for _, k := range formKeys {
		if e, ok := d.setErrs[k]; ok {
			out = append(out, d.problemMessage(e))
		}
	}
	for _, p := range d.problems.Errors().Sorted() {
		out = append(out, d.problemMessage(p))
	}
	return out
}

// fieldHelp is a field's help; the password's also says where the
// password comes from now and what typing one does to that.
func (d *draft) fieldHelp(k string) string {
	f := d.fields[k]
	if k != "smtp.password" || f.source == "" {
		return d.relabel(f.help)
	}
	s, l := d.saved.SMTP.Server, d.lang
	var from []string
	if s.PasswordEnv != "" {
		from = append(from, l.T("tuiform_password_from_variable", nil))
	}
	if s.PasswordCommand != "" {
		from = append(from, l.T("tuiform_password_from_command", nil))
	}
	return l.T("tuiform_password_source_help", i18n.D{"Source": f.source, "Sources": joinAndIn(l, from)})
}

// secretSummary is the summary's line for a secret field (the password,
// the client secret): whether a new one was typed, and where it comes
// from otherwise. The secret itself never shows.
func (d *draft) secretSummary(k string) string {
	f, l := d.fields[k], d.lang
	data := i18n.D{"Source": f.source}
	if k == "smtp.oauth2_client_secret" {
		switch {
		case f.value() != "" && f.source != "":
			return "(" + l.T("tuiform_summary_new_client_secret_replaces", data) + ")"
		case f.value() != "":
			return "(" + l.T("tuiform_summary_new_client_secret", nil) + ")"
		case f.source == "" && d.saved.SMTP.OAuth2ClientSecret != "":
			return "(" + l.T("tuiform_summary_client_secret_kept", nil) + ")"
		}
	} else {
		switch {
		case f.value() != "" && f.source != "":
			return "(" + l.T("tuiform_summary_new_password_replaces", data) + ")"
		case f.value() != "":
			return "(" + l.T("tuiform_summary_new_password", nil) + ")"
		case f.source == "" && d.saved.SMTP.Password != "":
			return "(" + l.T("tuiform_summary_password_kept", nil) + ")"
		}
	}
	if f.source != "" {
		return f.source
	}
	return "(" + l.T("tuiform_summary_none", nil) + ")"
}

// hasSecret tells whether a secret field has a secret: typed, saved or
// from elsewhere (secretSummary says which), in any language.
func (d *draft) hasSecret(k string) bool {
	f := d.fields[k]
	saved := d.saved.SMTP.Password
	if k == "smtp.oauth2_client_secret" {
		saved = d.saved.SMTP.OAuth2ClientSecret
	}
	return f.value() != "" || f.source != "" || saved != ""
}

// summaryValue is a setting as the summary shows it; passwords never show.
func (d *draft) summaryValue(k string) string {
	f := d.fields[k]
	switch {
	case f.kind == kindSecret:
		return d.secretSummary(k)
	case f.kind == kindToggle && f.on:
		return d.lang.T("tuiform_summary_yes", nil)
	case f.kind == kindToggle:
		return d.lang.T("tuiform_summary_no", nil)
	case f.kind == kindChoice:
		return f.choices[f.sel].label
	case f.value() == "" && f.input.Placeholder != "" && !f.example:
		return f.input.Placeholder
	case f.value() == "":
		return "—"
	default:
		return f.value()
	}
}

// defaultServerNotes say which server the platform default is and, when
// it has no sender of its own, why the sender fields still show.
func (d *draft) defaultServerNotes(demo bool) []string {
	c := d.cfg
	c.SMTP.UseDefault = true
	s, l := c.Effective(), d.lang
	server := serverLineIn(l, s)
	which := l.T("tuiform_default_goes_through", i18n.D{"Server": server})
	if demo {
		which = l.T("tuiform_default_goes_through_demo", i18n.D{"Server": server})
	}
	if d.defaultHasSender() {
		return []string{l.T("tuiform_default_sent_as", i18n.D{"Through": which, "Sender": s.Sender})}
	}
	return []string{l.T("tuiform_default_period", i18n.D{"Through": which}),
		l.T("tuiform_default_needs_sender", i18n.D{"Label": d.label("smtp.sender")})}
}
