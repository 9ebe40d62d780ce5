package shellword

import (
	"os/exec"
	"testing"
)

func TestQuote(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"/etc/smtpconf/config.toml", "/etc/smtpconf/config.toml"},
		{"a=b,c@d:e%f+g", "a=b,c@d:e%f+g"},
		{"", "''"},
		{"my file", "'my file'"},
		{"it's", `'it'\''s'`},
		{"$HOME;rm", "'$HOME;rm'"},
	} {
		if got := Quote(tc.in); got != tc.want {
			t.Errorf("Quote(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

// A shell reads every quoted word back as the text it came from.
func TestQuoteRoundTrip(t *testing.T) {
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no sh")
	}
	for _, in := range []string{"plain", "with space", "it's", "$(x) `y` \\z \"q\"", "tab\there", "new\nline", "*?[]~#!&|<>(){}"} {
		out, err := exec.Command(sh, "-c", "printf %s "+Quote(in)).Output()
		if err != nil || string(out) != in {
			t.Errorf("sh read %s back as %q (%v), want %q", Quote(in), out, err, in)
		}
	}
}
