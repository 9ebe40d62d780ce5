package serve

import (
	"log/slog"
	"strings"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/mailer"
)

// auditSave is the session's tui.Options.OnSave: one line per save with who
// saved which keys. Values never appear, only key names, so a password
// change reads "smtp.password" and nothing more. A save that changed no
// key writes no line: the audit records changes, and a line with
// changed=[] would only be noise for whoever reads it.
func (s *Server) auditSave(log *slog.Logger) func(path string, changedKeys []string) {
	return func(path string, changedKeys []string) {
		if len(changedKeys) == 0 {
			return
		}
		log.Info("saved", "path", path, "changed", changedKeys)
	}
}

// auditTest is the session's tui.Options.OnTest: one line per test e-mail
// or connection check with where it went and how it ended. A test sends
// mail from the server's settings, so whoever reads the audit sees it.
func (s *Server) auditTest(log *slog.Logger) func(check bool, recipient string, res *mailer.Result) {
	return func(check bool, recipient string, res *mailer.Result) {
		what := "test e-mail"
		if check {
			what = "connection check"
		}
		attrs := []any{"what", what, "recipient", recipient, "ok", res.OK}
		if !res.OK {
			// Audit lines are for machines and greps: English, whatever
			// language the admin's session speaks.
			msg, _ := res.FailureIn(i18n.English)
			attrs = append(attrs, "error", msg)
		}
		log.Info("tested", attrs...)
	}
}

// recipientOf is the admin's e-mail address when their key's comment is
// one (ssh-ed25519 AAAA… admin@firma.de). OpenSSH's default comment,
// user@host, names an account on a machine, not a mailbox: an address
// needs a domain with a dot.
func recipientOf(comment string) string {
	c := strings.TrimSpace(comment)
	_, domain, ok := strings.Cut(c, "@")
	if !ok || !strings.Contains(domain, ".") || config.CheckAddress(c) != nil {
		return ""
	}
	return c
}
