package serve

import "log/slog"

// auditSave is the session's tui.Options.OnSave: one line per save with who
// saved which keys. Values never appear, only key names, so a password
// change reads "smtp.password" and nothing more.
func (s *Server) auditSave(log *slog.Logger) func(path string, changedKeys []string) {
	return func(path string, changedKeys []string) {
		log.Info("saved", "path", path, "changed", changedKeys)
	}
}
