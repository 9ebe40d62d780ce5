package serve

import "log/slog"

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
