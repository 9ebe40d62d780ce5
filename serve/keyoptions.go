package serve

import (
	"fmt"
	"net"
	"net/netip"
	"path"
	"strings"
	"time"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// keyRules are the authorized_keys options this server enforces for one
// key. The file is shared with sshd in many setups, so options are read as
// sshd reads them: a restriction that cannot be honoured refuses the key,
// and an unknown option skips the line (fail closed).
type keyRules struct {
	from    []string  // from="pattern-list": the client's address must match
	expires time.Time // expiry-time="YYYYMMDD[HHMM[SS]]"
	noPTY   bool      // no-pty or restrict, not followed by pty: the form needs a terminal
	command bool      // command="...": sshd runs only that command with the key
}

// Options that need nothing from us: we never run commands, set
// environments or forward anything, whatever they say. "pty" matters only
// after "restrict", see parseKeyRules.
var harmlessOptions = map[string]bool{
	"no-port-forwarding": true, "no-agent-forwarding": true,
	"no-x11-forwarding": true, "no-user-rc": true,
	"environment": true, "permitopen": true, "permitlisten": true,
	"port-forwarding": true, "agent-forwarding": true, "x11-forwarding": true,
	"user-rc": true, "no-touch-required": true, "verify-required": true,
	"principals": true,
}

// parseKeyRules reads a line's options as golang.org/x/crypto/ssh returns
// them (name or name="value"). Like sshd, the PTY options apply in order,
// the last one winning: restrict and no-pty turn the PTY off, pty turns it
// back on, so "restrict,pty" gets a terminal and "pty,restrict" does not.
func parseKeyRules(options []string) (keyRules, error) {
	var r keyRules
	pty := true
	for _, opt := range options {
		name, value, hasValue := strings.Cut(opt, "=")
		name = strings.ToLower(name)
		if hasValue {
			value = strings.Trim(value, `"`)
		}
		switch {
		case name == "from" && hasValue:
			r.from = strings.Split(value, ",")
		case name == "expiry-time" && hasValue:
			t, err := parseExpiry(value)
			if err != nil {
				return r, err
			}
			r.expires = t
		case name == "no-pty", name == "restrict":
			pty = false
		case name == "pty":
			pty = true
		case name == "command" && hasValue:
			r.command = true
		case harmlessOptions[name]:
		default:
			return r, fmt.Errorf("option %q is not supported", name)
		}
	}
	r.noPTY = !pty
	return r, nil
}

// parseExpiry reads expiry-time as sshd does: local time, minutes and
// seconds optional.
func parseExpiry(v string) (time.Time, error) {
	for _, layout := range []string{"20060102150405", "200601021504", "20060102"} {
		if len(v) == len(layout) {
			t, err := time.ParseInLocation(layout, v, time.Local)
			if err != nil {
				return time.Time{}, fmt.Errorf("expiry-time %q: %w", v, err)
			}
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("expiry-time %q: want YYYYMMDD[HHMM[SS]]", v)
}

// refusal says why the rules keep this client out (in English for the
// log, in the admin's language for a session ending), or nil to let it in.
func (r keyRules) refusal(remote net.Addr, now time.Time) *i18n.Error {
	switch {
	case r.command:
		// A forced command limits the key to one job (a backup, a
		// deployment); sshd would never give it a form.
		return i18n.Errorf("serve_rule_command", nil)
	case r.noPTY:
		return i18n.Errorf("serve_rule_no_pty", nil)
	case !r.expires.IsZero() && now.After(r.expires):
		return i18n.Errorf("serve_rule_expired", nil)
	case r.from != nil && !matchFrom(r.from, remote):
		return i18n.Errorf("serve_rule_from", nil)
	}
	return nil
}

// matchFrom applies an OpenSSH pattern list to the client's address:
// wildcards (* ?), CIDR blocks, and !negation, which wins. Host name
// patterns never match: the server does not resolve names, as sshd does
// not by default (UseDNS no).
func matchFrom(patterns []string, remote net.Addr) bool {
	host, _, err := net.SplitHostPort(remote.String())
	if err != nil {
		return false
	}
	ip, err := netip.ParseAddr(host)
	if err != nil {
		return false
	}
	ip = ip.Unmap()
	matched := false
	for _, p := range patterns {
		negated := strings.HasPrefix(p, "!")
		p = strings.TrimPrefix(p, "!")
		if !matchAddr(p, ip) {
			continue
		}
		if negated {
			return false
		}
		matched = true
	}
	return matched
}

func matchAddr(pattern string, ip netip.Addr) bool {
	if prefix, err := netip.ParsePrefix(pattern); err == nil {
		return prefix.Contains(ip)
	}
	if strings.ContainsAny(pattern, `[\`) {
		// OpenSSH patterns know only * and ?: to sshd, "192.0.2.[1-9]"
		// is literal text that no address equals, and path.Match's
		// classes and escapes would let in what sshd keeps out.
		return false
	}
	ok, err := path.Match(pattern, ip.String())
	return err == nil && ok
}
