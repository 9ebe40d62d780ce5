package serve

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/ssh"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// sessionLang is the language a session is spoken to in: the locale the
// SSH client sent (OpenSSH's SendEnv LANG LC_*, or SetEnv), read as the C
// library reads it (LC_ALL, LC_MESSAGES, LANG), else the server's own.
func sessionLang(sess ssh.Session, server i18n.Lang) i18n.Lang {
	env := map[string]string{}
	for _, kv := range sess.Environ() {
		if k, v, ok := strings.Cut(kv, "="); ok {
			env[k] = v // a later request wins, as in a shell
		}
	}
	if env["LC_ALL"] == "" && env["LC_MESSAGES"] == "" && env["LANG"] == "" {
		return server
	}
	return i18n.FromEnv(func(k string) string { return env[k] })
}

// durationIn is humanDuration as lang writes it: English keeps Go's
// compact "1m30s"; German writes the SI symbols with a space, "1 min 30 s",
// where "m" would read as metres.
func durationIn(d time.Duration, lang i18n.Lang) string {
	if lang != i18n.German {
		return humanDuration(d)
	}
	// Rounded as humanDuration rounds: 999.9ms is "1 s", not "1000 ms".
	if ms := max(d, 0).Round(time.Millisecond); ms < time.Second {
		return fmt.Sprintf("%d ms", ms.Milliseconds())
	}
	d = d.Round(time.Second)
	var parts []string
	for _, u := range []struct {
		size time.Duration
		unit string
	}{{time.Hour, "h"}, {time.Minute, "min"}, {time.Second, "s"}} {
		if n := d / u.size; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, u.unit))
			d -= n * u.size
		}
	}
	return strings.Join(parts, " ")
}
