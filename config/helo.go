package config

import (
	"fmt"
	"net/netip"
	"strings"
)

// heloNameProblem says what is wrong with a helo_name, or "". RFC 5321
// wants the client's fully qualified domain name or, without one, an
// address literal; servers with reject_non_fqdn_helo_hostname (common on
// port 25) refuse anything else, such as a bare short name.
func heloNameProblem(v string) string {
	if inner, ok := strings.CutPrefix(v, "["); ok {
		inner, ok = strings.CutSuffix(inner, "]")
		if !ok {
			return fmt.Sprintf("%q is not an address literal: close the bracket, e.g. [192.0.2.10]", v)
		}
		if six, isSix := strings.CutPrefix(inner, "IPv6:"); isSix {
			if a, err := netip.ParseAddr(six); err == nil && a.Is6() && !a.Is4In6() {
				return ""
			}
			return fmt.Sprintf("%q is not an IPv6 address literal: write it like [IPv6:2001:db8::10]", v)
		}
		if a, err := netip.ParseAddr(inner); err == nil {
			if a.Is4() {
				return ""
			}
			return fmt.Sprintf("%q: an IPv6 address literal starts with IPv6:, e.g. [IPv6:%s]", v, a)
		}
		return fmt.Sprintf("%q is not an address literal: write [192.0.2.10] or [IPv6:2001:db8::10]", v)
	}
	if a, err := netip.ParseAddr(v); err == nil {
		if a.Is4() {
			return fmt.Sprintf("%q: an address goes in brackets in EHLO: write [%s]", v, a)
		}
		return fmt.Sprintf("%q: an address goes in brackets in EHLO: write [IPv6:%s]", v, a)
	}
	name, err := ASCIIName(strings.TrimSuffix(v, "."))
	if err != nil {
		return fmt.Sprintf("%q is not a valid internationalised name: write its xn-- form", v)
	}
	if msg := dnsNameProblem(name); msg != "" {
		return msg
	}
	if !strings.Contains(name, ".") {
		return fmt.Sprintf("%q is a short name, which many servers refuse (need fully-qualified hostname): write the full name, e.g. %s.example.com, or an address literal such as [192.0.2.10]", v, name)
	}
	return ""
}
