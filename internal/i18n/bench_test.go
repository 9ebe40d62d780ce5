package i18n

import "testing"

// BenchmarkMessage is what one message costs a run, with and without
// placeholders; there is nothing to load before the first.
func BenchmarkMessage(b *testing.B) {
	for _, l := range Langs() {
		b.Run(string(l)+"/plain", func(b *testing.B) {
			for b.Loop() {
				_ = l.T("help_root_short", nil)
			}
		})
		b.Run(string(l)+"/placeholder", func(b *testing.B) {
			for b.Loop() {
				_ = l.T("cli_validate_ok", D{"File": "/etc/smtpconf/config.toml"})
			}
		})
		b.Run(string(l)+"/plural", func(b *testing.B) {
			for b.Loop() {
				_ = l.N("cli_validate_warnings", 2, D{"File": "/etc/smtpconf/config.toml"})
			}
		})
	}
}
