package mailer

import (
	"errors"
	"strings"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
)

// validateSettings checks the settings with config.Validate, the one set of
// rules for the CLI, the TUI and the mailer, so that Check, SendTest and
// Send refuse before the network what validate refuses. Warnings do not
// block. The settings are one server, as config.Config.Effective gives it,
// so they are checked as the [smtp] table (with its defaults filled in);
// the problems name the bare key (host, port), since the mailer does not
// know which table the server came from.
func validateSettings(s config.Server) error {
	errs := config.Validate(config.Config{SMTP: config.SMTP{Server: s}}).Errors()
	if len(errs) == 0 {
		return nil
	}
	for i := range errs {
		errs[i].Key = strings.TrimPrefix(errs[i].Key, "smtp.")
	}
	e := &settingsError{problems: &config.ProblemsError{Problems: errs}}
	if strings.TrimSpace(s.Host) == "" {
		e.sentinels = append(e.sentinels, ErrNoHost)
	}
	if s.Sender == "" {
		e.sentinels = append(e.sentinels, ErrNoSender)
	}
	return e
}

// senderDomainWarning is config's warning that the sender's domain is not
// the login's, in language l: config words it (Problem.Text), so the rule
// and its words stay in one place.
func senderDomainWarning(s config.Server, l i18n.Lang) string {
	w := config.SenderDomainWarning(s)
	if w == "" {
		return ""
	}
	for _, p := range config.Validate(config.Config{SMTP: config.SMTP{Server: s}}).Warnings().For("sender") {
		if p.Message == w {
			return p.Text(l)
		}
	}
	return w
}

// settingsError lists what config's validation found wrong with the
// settings; StepSettings fails with it, as KindConfig. A caller finds the
// problems with errors.As and a *config.ProblemsError, and errors.Is finds
// ErrNoHost or ErrNoSender when the host or sender is missing.
type settingsError struct {
	problems  *config.ProblemsError
	sentinels []error
}

// Error begins with "settings", so that Error.Error does not name the step again.
func (e *settingsError) Error() string { return "settings not valid: " + e.problems.Error() }

// In is the error in language l, each problem as config words it in l.
func (e *settingsError) In(l i18n.Lang) string {
	ps := e.problems.Problems
	parts := make([]string, len(ps))
	for i, p := range ps {
		parts[i] = p.Text(l)
		if p.Key != "" {
			parts[i] = p.Key + ": " + parts[i]
		}
	}
	if len(parts) == 1 {
		return l.T("mailer_err_settings_one", i18n.D{"Problem": parts[0]})
	}
	return l.N("mailer_err_settings", len(parts), i18n.D{"Problems": strings.Join(parts, "; ")})
}

func (e *settingsError) Unwrap() []error {
	return append([]error{errBadConfig, e.problems}, e.sentinels...)
}

// isSettingsError tells whether err is a failed check of the settings.
func isSettingsError(err error) bool {
	var se *settingsError
	return errors.As(err, &se)
}
