package tui

import (
	"strings"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
)

// How the form words config's problems. Config writes for the file: it
// names keys and values as TOML ("set starttls = true"). The form names
// its fields instead, and it decides how by the problem's catalog ID, not
// by config's wording, so that it works the same in every language.
//
// A problem whose advice tells the admin to change other settings has a
// message of the form's own: tuiform_advice_<config's ID without
// "config_">, a documented table (TestOwnAdviceCoversConfig holds it to
// config's IDs). It gets config's data, the label of every field as
// L<Key> (LStarttls, LAllowInsecureAuth, …), Label (the problem's own
// field), AuthLabel and FlowLabel (the current choices as the form shows
// them). Every other problem is config's text after its field's label,
// with the keys and TOML values it names turned into labels (relabel).

// adviceID is the form's own message for config's problem id, if any.
func adviceID(configID string) string {
	return "tuiform_advice_" + strings.TrimPrefix(configID, "config_")
}

// problemMessage is one of config's problems in the form's words.
func (d *draft) problemMessage(p config.Problem) string {
	if said, ok := d.ownAdvice(p); ok {
		return said
	}
	msg := p.Text(d.lang)
	if p.Key == "" {
		return d.relabel(msg)
	}
	// The label names the field as the form's own messages do: in
	// German in „…“, as the field names in the advice's sentences.
	label := d.lang.T("tuiform_relabel_key", i18n.D{"Label": d.label(p.Key)})
	// config.Set's errors start with the dotted key, which the label
	// replaces: "Port must be a whole number".
	if rest, ok := strings.CutPrefix(msg, config.QualifiedKey(p.Key)); ok && (strings.HasPrefix(rest, " ") || strings.HasPrefix(rest, ":")) {
		return label + d.relabel(rest)
	}
	if readsOnFromKey(p) {
		return label + " " + d.relabel(msg)
	}
	return label + ": " + d.relabel(msg)
}

// readsOnFromKey tells whether a problem's message leaves its subject out
// ("is not set: …", printed after the key as "smtp.host: is not set"), so
// that it reads on from the label: "Server is not set: …". One that starts
// with a value or a clause of its own ("\"x\" is not an e-mail address",
// "port 465 expects …") follows a colon. The English text decides, for
// every language: the translations keep the English sentence's shape.
func readsOnFromKey(p config.Problem) bool {
	first, _, _ := strings.Cut(p.Text(i18n.English), " ")
	switch first {
	case "is", "has", "contains", "cannot", "must", "holds", "was", "needs":
		return true
	}
	return false
}

// ownAdvice is the form's own message for p, when it has one.
func (d *draft) ownAdvice(p config.Problem) (string, bool) {
	if p.ID == "" {
		return "", false
	}
	id := adviceID(p.ID)
	data := d.adviceData(p)
	said := d.lang.T(id, data)
	return said, said != id
}

// adviceData is what the form's own messages fill in: config's data, the
// labels of the fields and the current choices.
func (d *draft) adviceData(p config.Problem) i18n.D {
	data := i18n.D{}
	for k, v := range p.Data {
		data[k] = v
	}
	for _, k := range formKeys {
		data[labelName(k)] = d.label(k)
	}
	data["Label"] = d.label(p.Key)
	data["AuthLabel"] = d.choiceLabel("smtp.auth")
	data["FlowLabel"] = d.choiceLabel("smtp.oauth2_flow")
	data["AuthAuto"] = authLabel(d.lang, config.AuthAuto)
	data["AuthNone"] = authLabel(d.lang, config.AuthNone)
	return data
}

// labelName is how the form's own messages name a field's label:
// smtp.allow_insecure_auth is {{.LAllowInsecureAuth}}.
func labelName(k string) string {
	var b strings.Builder
	b.WriteString("L")
	for _, part := range strings.Split(strings.TrimPrefix(k, "smtp."), "_") {
		if part != "" {
			b.WriteString(strings.ToUpper(part[:1]) + part[1:])
		}
	}
	return b.String()
}

// choiceLabel is a choice field's current choice as the form shows it.
func (d *draft) choiceLabel(k string) string {
	f := d.fields[k]
	if f == nil || len(f.choices) == 0 || f.sel < 0 || f.sel >= len(f.choices) {
		return ""
	}
	return f.choices[f.sel].label
}

// fieldError is the first blocking problem config finds with one field.
func (d *draft) fieldError(k string) string {
	if p, ok := d.setErrs[k]; ok {
		return d.problemMessage(p)
	}
	if errs := d.problems.For(k).Errors(); len(errs) > 0 {
		return d.problemMessage(errs[0])
	}
	return ""
}

// relabel rewrites the file's words in a message from config or the
// mailer into the form's: "starttls = true" reads "Require STARTTLS on",
// `auth = "plain"` "Authentication PLAIN", "tls_ca_file" "CA certificate
// file". Only what is the same in every language is rewritten: keys and
// TOML values, never the words around them. Advice for a setting the form
// has no field for keeps the key, since the admin can only set it in the
// file.
func (d *draft) relabel(msg string) string {
	if said, ok := d.relabeled[msg]; ok {
		return said
	}
	if d.relabeled == nil {
		d.relabeled = map[string]string{}
	}
	d.relabeled[msg] = d.relabelNow(msg)
	return d.relabeled[msg]
}

// relabelNow is relabel without the cache: a dozen replacements per key.
func (d *draft) relabelNow(msg string) string {
	var keyContexts []string
	for _, c := range strings.Split(d.lang.T("tuiform_relabel_key_contexts", nil), "|") {
		if c != "" {
			keyContexts = append(keyContexts, c+" ")
		}
	}
	for _, k := range formKeys {
		name := strings.TrimPrefix(k, "smtp.")
		f := d.fields[k]
		data := i18n.D{"Label": f.label}
		// A value in parentheses after the label says the same twice:
		// „STARTTLS erzwingen“ ein (starttls = true).
		var says []string
		switch f.kind {
		case kindToggle:
			says = []string{name + " = true", d.lang.T("tuiform_relabel_on", data), name + " = false", d.lang.T("tuiform_relabel_off", data)}
		case kindChoice:
			for _, c := range f.choices {
				as := d.lang.T("tuiform_relabel_choice", i18n.D{"Label": f.label, "Choice": c.label})
				says = append(says, name+` = "`+c.value+`"`, as, name+" = "+c.value, as)
			}
		case kindText, kindSecret:
		}
		for i := 0; i < len(says); i += 2 {
			if strings.Contains(msg, f.label) {
				msg = strings.ReplaceAll(msg, " ("+says[i]+")", "")
			}
			msg = replaceWord(msg, says[i], says[i+1])
		}
		if f.kind == kindChoice { // "protocol smtps": the key, then the value
			for _, c := range f.choices {
				msg = replaceWord(msg, name+" "+c.value, d.lang.T("tuiform_relabel_choice", i18n.D{"Label": f.label, "Choice": c.label}))
			}
		}
		msg = strings.ReplaceAll(msg, "unset "+k, d.lang.T("tuiform_relabel_empty", data))
		named := d.lang.T("tuiform_relabel_key", data)
		msg = replaceWord(msg, k, named)
		if strings.Contains(name, "_") { // a file's word, never one of a language
			msg = replaceWord(msg, name, named)
			continue
		}
		// A one-word key (host, auth) is also a word of English prose
		// ("the host", "port 465"): it is the key only after the words the
		// language's catalog lists ("set host", "bei host").
		for _, before := range keyContexts {
			msg = replaceWord(msg, before+name, before+named)
		}
	}
	return msg
}

// replaceWord replaces old in s where it stands as a word of its own (not
// part of a longer key such as password_env).
func replaceWord(s, old, new string) string {
	var b strings.Builder
	for {
		i := strings.Index(s, old)
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		end := i + len(old)
		if (i == 0 || !keyByte(s[i-1])) && (end == len(s) || !keyByte(s[end])) {
			b.WriteString(s[:i] + new)
		} else {
			b.WriteString(s[:end])
		}
		s = s[end:]
	}
}

func keyByte(c byte) bool { return c == '_' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' }
