package tui

import (
	"errors"
	"io/fs"
	"slices"
	"strconv"
	"strings"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
)

// formKeys lists the settings the form edits, in the settings page's
// order. A new setting needs a line here, its visibility rule in visible
// and, if it is not plain text, its kind in newDraft; label and help come
// from config.
var formKeys = []string{
	"smtp.use_default",
	"smtp.sender", "smtp.sender_name",
	"smtp.protocol", "smtp.starttls", "smtp.host", "smtp.port",
	"smtp.auth", "smtp.username",
	"smtp.oauth2_provider", "smtp.oauth2_tenant", "smtp.oauth2_flow",
	"smtp.oauth2_client_id", "smtp.oauth2_client_secret",
	"smtp.oauth2_refresh_token_env", "smtp.oauth2_refresh_token_command",
	"smtp.oauth2_token_url", "smtp.oauth2_device_url",
	"smtp.oauth2_service_account_file", "smtp.oauth2_scope",
	"smtp.password", "smtp.allow_insecure_auth",
	"smtp.timeout", "smtp.tls_ca_file", "smtp.tls_skip_verify",
	"smtp.test_recipient",
}

// draft is the settings being edited, shared by every screen: the text of
// each field, the file it came from and what config makes of them. Screens
// read and change it; none of them reaches into another.
type draft struct {
	fields map[string]*field
	// lang is the language labels and messages are shown in (Options.Lang).
	lang i18n.Lang

	file      *config.File      // the file being edited (not necessarily on disk yet)
	saved     config.Config     // the settings as last loaded or saved
	savedText map[string]string // what the fields showed for them
	onDisk    bool              // the file exists as loaded or saved

	// Derived from the fields after every change.
	cfg      config.Config
	setErrs  map[string]config.Problem // what config.Set refused, by key
	problems config.Problems

	touched   map[string]bool // fields the admin has left: their problems show
	showAll   bool            // a save was asked for: every problem shows
	portTyped bool            // the admin chose the port: protocol changes keep it

	// because are the errors the last change made appear on other fields
	// (turning STARTTLS off makes Authentication wrong): they show under
	// the field just changed, where the admin is looking.
	because     []config.Problem
	changedLast string

	// sessionRecipient is where this session's tests go (Options): the
	// recipient field shows it, and it is no change to the file.
	sessionRecipient string

	// brokenPath is the file in use when the one edited is a fresh file
	// beside it because it does not parse ("" otherwise).
	brokenPath string

	lastRun *testRun // the last test or check, shown again while the settings match

	relabeled map[string]string // config's messages in the form's words (relabel), by message
}

func newDraft() *draft {
	d := &draft{fields: map[string]*field{}, touched: map[string]bool{}}
	for _, k := range formKeys {
		kind := kindText
		switch k {
		case "smtp.use_default", "smtp.starttls", "smtp.tls_skip_verify", "smtp.allow_insecure_auth":
			kind = kindToggle
		case "smtp.protocol", "smtp.auth", "smtp.oauth2_provider", "smtp.oauth2_flow":
			kind = kindChoice
		case "smtp.password", "smtp.oauth2_client_secret":
			kind = kindSecret
		}
		d.fields[k] = newField(k, kind)
	}
	d.fields["smtp.protocol"].choices = []choice{{string(config.ProtocolSMTP), "SMTP"}, {string(config.ProtocolSMTPS), "SMTPS"}}
	for _, a := range append(config.Auths(), config.OAuth2Auths()...) {
		d.fields["smtp.auth"].choices = append(d.fields["smtp.auth"].choices, choice{string(a), string(a)})
	}
	d.addOAuthFields()
	d.speak()
	return d
}

// loaded is how a session starts: the file, or why there is none to edit.
type loaded int

const (
	loadedFile   loaded = iota // the file, to edit on the settings page
	loadedNone                 // no file yet: first-time setup
	loadedBroken               // the file does not parse
	loadedFailed               // the file cannot be read at all
)

// load reads path into the draft and tells what was found; err is the
// parse error or the failure.
func (d *draft) load(path string) (loaded, error) {
	f, err := config.Load(path)
	var perr *config.ParseError
	switch {
	case err == nil:
		d.useFile(f)
		d.onDisk = true
		return loadedFile, nil
	case errors.Is(err, fs.ErrNotExist):
		d.useFile(config.New(path))
		return loadedNone, nil
	case errors.As(err, &perr):
		d.brokenPath = path
		d.useFile(config.New(freshPath(path)))
		return loadedBroken, perr
	default:
		d.useFile(config.New(path))
		return loadedFailed, err
	}
}

// useFile shows a file's settings in the fields, as loaded.
func (d *draft) useFile(f *config.File) {
	f.Lang = d.lang // a file the form creates opens with a comment in it
	d.speak()
	d.setSaved(f)
	for k, v := range d.savedText {
		d.fields[k].setValue(v)
	}
	d.fields[signInKey].setValue(signInOf(f.Config.SMTP.Server))
	d.fitFlows()
	d.portTyped = f.Config.SMTP.Port != 0 && f.Config.SMTP.Port != config.DefaultPort(orProtocol(f.Config.SMTP.Protocol))
	d.touched = map[string]bool{}
	d.showAll = false
	d.because, d.changedLast = nil, ""
	d.recompute()
}

// setSaved makes f the file as last loaded or saved: the settings the
// form compares with, and the text each field shows for them, so that
// putting a field back to that text is no change and any other text is.
func (d *draft) setSaved(f *config.File) {
	d.file = f
	d.saved = f.Config
	d.savedText = fieldTexts(f.Config)
	if d.sessionRecipient != "" {
		d.savedText["smtp.test_recipient"] = d.sessionRecipient
	}
	pw := d.fields["smtp.password"]
	l := d.lang
	pw.source = passwordSourceText(l, f.Config.SMTP.Server)
	pw.input.Placeholder = ""
	if f.Config.SMTP.Password != "" {
		pw.input.Placeholder = l.T("tuiform_keep_saved_password", nil)
	}
	cs := d.fields["smtp.oauth2_client_secret"]
	o := f.Config.SMTP.OAuth2
	cs.source = secretSourceText(l, o.OAuth2ClientSecret, o.OAuth2ClientSecretEnv, o.OAuth2ClientSecretCommand, l.T("tuiform_saved_client_secret", nil))
	cs.input.Placeholder = ""
	if o.OAuth2ClientSecret != "" {
		cs.input.Placeholder = l.T("tuiform_keep_saved_client_secret", nil)
	}
}

// saved makes a file just written the one the form compares with.
func (d *draft) savedAs(f *config.File) {
	d.setSaved(f)
	d.onDisk = true
	// The password typed is saved now: an empty field keeps it, and the
	// review no longer calls it new.
	for _, k := range secretKeys {
		d.fields[k].setValue("")
	}
	d.showAll = false
	d.recompute()
}

// fieldTexts is what each field shows for settings; the password field
// is always empty (empty keeps the saved one).
func fieldTexts(c config.Config) map[string]string {
	texts := map[string]string{
		"smtp.use_default":         strconv.FormatBool(c.SMTP.UseDefault),
		"smtp.sender":              c.SMTP.Sender,
		"smtp.sender_name":         c.SMTP.SenderName,
		"smtp.protocol":            string(orProtocol(c.SMTP.Protocol)),
		"smtp.starttls":            strconv.FormatBool(c.SMTP.StartTLS),
		"smtp.host":                c.SMTP.Host,
		"smtp.port":                portText(c.SMTP.Port),
		"smtp.auth":                string(orAuth(c.SMTP.Auth)),
		"smtp.username":            c.SMTP.Username,
		"smtp.password":            "",
		"smtp.allow_insecure_auth": strconv.FormatBool(c.SMTP.AllowInsecureAuth),
		"smtp.timeout":             durationText(c.SMTP.Timeout),
		"smtp.tls_ca_file":         c.SMTP.TLSCAFile,
		"smtp.tls_skip_verify":     strconv.FormatBool(c.SMTP.TLSSkipVerify),
		"smtp.test_recipient":      c.SMTP.TestRecipient,
	}
	oauthTexts(c, texts)
	return texts
}

// recompute rebuilds the settings from the fields and validates them with
// the config package: every message on screen comes from there.
func (d *draft) recompute() {
	cfg := d.saved
	errs := map[string]config.Problem{}
	d.fitFlows()
	for _, k := range formKeys {
		v := d.fields[k].value()
		if slices.Contains(secretKeys, k) && v == "" {
			continue // empty means: keep the saved password
		}
		if isOAuthKey(k) && !d.usesOAuth() {
			continue // hidden OAuth fields change nothing
		}
		if v == d.savedText[k] {
			continue // untouched: keep the setting exactly as the file has it
		}
		if err := cfg.Set(k, v); err != nil {
			errs[k] = config.ProblemOf(k, err)
		}
	}
	// A typed password replaces password_env or password_command, which
	// the form cannot edit: here, so every path to the settings (typing,
	// Detect, re-applying after a conflict, a save) agrees.
	replaceSecretSources(&cfg, d.fields["smtp.password"].value(), passwordSourceKeys)
	replaceSecretSources(&cfg, d.fields["smtp.oauth2_client_secret"].value(), clientSecretSourceKeys)
	d.cfg, d.setErrs = cfg, errs
	d.problems = config.Validate(cfg)
	proto := config.Protocol(d.fields["smtp.protocol"].value())
	d.fields["smtp.port"].input.Placeholder = d.lang.T("tuiform_port_default", i18n.D{"Port": config.DefaultPort(proto), "Protocol": strings.ToUpper(string(proto))})
	d.fields["smtp.timeout"].input.Placeholder = d.lang.T("tuiform_timeout_default", i18n.D{"Timeout": config.DefaultTimeout.String()})
}

// changed reacts to a field's new value: the port follows the protocol
// unless the admin chose one, then everything is validated again.
func (d *draft) changed(k string) { d.changedFrom(k, nil) }

// changedFrom is changed for an edit on a page that showed the fields
// shown before it: the errors the change made appear on those of them
// still shown are kept, to show with the field changed.
func (d *draft) changedFrom(k string, shown []string) {
	switch k {
	case "smtp.protocol":
		p := config.Protocol(d.fields[k].value())
		if !d.portTyped {
			d.fields["smtp.port"].setValue(strconv.Itoa(config.DefaultPort(p)))
		}
		// STARTTLS is hidden for SMTPS: it must not linger there, and comes
		// back at the default when the admin returns to SMTP.
		d.fields["smtp.starttls"].setValue(strconv.FormatBool(p == config.ProtocolSMTP && config.Default().SMTP.StartTLS))
	case "smtp.port":
		d.portTyped = d.fields[k].value() != ""
	case signInKey:
		d.applySignIn(d.fields[k].value())
	case "smtp.oauth2_provider":
		if flows := providerFlows(d.fields[k].value()); !slices.Contains(flows, d.fields["smtp.oauth2_flow"].value()) {
			d.fitFlows()
			d.fields["smtp.oauth2_flow"].setValue(flows[0])
		}
	}
	before := d.problems.Errors()
	d.recompute()
	d.because, d.changedLast = nil, k
	for _, p := range d.problems.Errors() {
		// A field the change brought into view is empty, not wrong: only
		// fields already there that the change made wrong count.
		if p.Key != k && slices.Contains(shown, p.Key) && d.visible(p.Key) &&
			!slices.ContainsFunc(before, func(q config.Problem) bool { return q.Key == p.Key && q.Message == p.Message }) {
			d.because = append(d.because, p)
		}
	}
}

// dirty tells whether the form differs from the file.
func (d *draft) dirty() bool { return len(d.changes()) > 0 }

// nothingToSave tells whether the file on disk already holds the form's
// settings. A file not written yet always has something to save.
func (d *draft) nothingToSave() bool { return d.onDisk && !d.dirty() }

// changes names the settings the admin changed and has not saved: those
// whose value differs from the file's, and those whose text config
// refused (such as port "abc"), which are changes too, only not savable
// yet. Keys only, never values.
func (d *draft) changes() []string {
	changed := config.ChangedKeys(d.saved, d.cfg)
	for _, k := range formKeys {
		if _, refused := d.setErrs[k]; refused && !slices.Contains(changed, k) {
			changed = append(changed, k)
		}
	}
	return changed
}

// visible tells whether a field shows, given the current choices. The rule
// is the same on every screen and in the prompts.
func (d *draft) visible(k string) bool {
	on := func(k string) bool { return d.fields[k].on }
	value := func(k string) string { return d.fields[k].value() }
	switch k {
	case "smtp.use_default", "smtp.test_recipient":
		return true // tests go through the platform's server too
	case "smtp.sender", "smtp.sender_name":
		// The platform's server sends as [smtp]'s sender unless it has its
		// own: only then is the sender the admin's to set.
		return !on("smtp.use_default") || !d.defaultHasSender()
	}
	if on("smtp.use_default") {
		return false
	}
	if show, ok := d.visibleOAuth(k); ok {
		return show
	}
	smtp := value("smtp.protocol") == string(config.ProtocolSMTP)
	switch k {
	case "smtp.starttls":
		return smtp
	case "smtp.username":
		return value("smtp.auth") != string(config.AuthNone)
	case "smtp.allow_insecure_auth":
		// Only where it decides anything: a login over SMTP without
		// STARTTLS, or once it is on.
		return on(k) || smtp && !on("smtp.starttls") && value("smtp.auth") != string(config.AuthNone)
	case "smtp.tls_ca_file":
		// Where TLS is used, or once set, where config says it is unused.
		return !smtp || on("smtp.starttls") || value(k) != ""
	case "smtp.tls_skip_verify":
		return !smtp || on("smtp.starttls") || on(k)
	}
	return true
}

// visibleKeys are those of keys that show.
func (d *draft) visibleKeys(keys []string) []string {
	var out []string
	for _, k := range keys {
		if d.visible(k) {
			out = append(out, k)
		}
	}
	return out
}

// defaultHasSender tells whether [default_server] names its own sender;
// if not, config.Effective takes [smtp]'s, so the form must ask for it.
// The form never edits [default_server]: the loaded file decides.
func (d *draft) defaultHasSender() bool { return d.saved.DefaultServer.Sender != "" }

// focusField shows the text cursor in field k only.
func (d *draft) focusField(k string) {
	for key, f := range d.fields {
		if key == k {
			f.focus()
		} else {
			f.blur()
		}
	}
}

// accept fills the connection fields from Detect's proposal.
func (d *draft) accept(s config.Server) {
	if s.Protocol != "" {
		d.fields["smtp.protocol"].setValue(string(s.Protocol))
	}
	if s.Port != 0 {
		d.fields["smtp.port"].setValue(strconv.Itoa(s.Port))
	}
	d.fields["smtp.starttls"].setValue(strconv.FormatBool(s.StartTLS))
	if s.Auth != "" {
		d.fields["smtp.auth"].setValue(string(s.Auth))
	}
	d.portTyped = false
	for _, k := range []string{"smtp.protocol", "smtp.port", "smtp.starttls", "smtp.auth"} {
		d.touched[k] = true
	}
	d.recompute()
}

// reapply loads the file as someone else saved it and sets again the
// settings this session changed. The rule, the simplest that loses
// nothing silently: a setting the other admin did not touch takes this
// admin's value; a setting both changed keeps theirs and is returned as a
// conflict, named on screen, so that this admin sees it and types their
// value again if it should win. Nothing is saved here. A change is the
// field's text, not the parsed setting, so that a value config refused is
// carried over too, still marked as an error.
func (d *draft) reapply(f *config.File) (applied, conflicts []string) {
	mine := map[string]string{}
	for _, k := range formKeys {
		v := d.fields[k].value()
		if slices.Contains(secretKeys, k) && v == "" {
			continue // empty means: keep the saved one, which is theirs now
		}
		if isOAuthKey(k) && !d.usesOAuth() {
			// Hidden OAuth fields change nothing (recompute skips them
			// too); a choice row shows its first choice where the file
			// has none, which is no change of the admin's.
			continue
		}
		if v != d.savedText[k] {
			mine[k] = v
		}
	}
	theirs := map[string]bool{}
	for _, k := range config.ChangedKeys(d.saved, f.Config) {
		theirs[k] = true
	}
	d.useFile(f)
	for _, k := range formKeys {
		v, changed := mine[k]
		switch {
		case !changed:
		case theirs[k] && v != d.savedText[k]:
			conflicts = append(conflicts, k)
		case theirs[k]: // both chose the same value
		default:
			d.fields[k].setValue(v)
			d.touched[k] = true
			applied = append(applied, k)
		}
	}
	// The port follows the protocol again only if it is that protocol's default.
	proto := config.Protocol(d.fields["smtp.protocol"].value())
	port := d.fields["smtp.port"].value()
	d.portTyped = port != "" && port != strconv.Itoa(config.DefaultPort(proto))
	d.recompute()
	return applied, conflicts
}
