package config

import (
	"net/netip"
	"strings"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// heloNameProblem says what is wrong with a helo_name, or nil. RFC 5321
// wants the client's fully qualified domain name or, without one, an
// address literal; servers with reject_non_fqdn_helo_hostname (common on
// port 25) refuse anything else, such as a bare short name.
func heloNameProblem(v string) *i18n.Error {
	q := i18n.Quoted(v)
	if inner, ok := strings.CutPrefix(v, "["); ok {
		inner, ok = strings.CutSuffix(inner, "]")
		if !ok {
			return i18n.Errorf("config_helo_unclosed", i18n.D{"Value": q})
		}
		if six, isSix := strings.CutPrefix(inner, "IPv6:"); isSix {
			if a, err := netip.ParseAddr(six); err == nil && a.Is6() && !a.Is4In6() {
				return nil
			}
			return i18n.Errorf("config_helo_ipv6_literal", i18n.D{"Value": q})
		}
		if a, err := netip.ParseAddr(inner); err == nil {
			if a.Is4() {
				return nil
			}
			return i18n.Errorf("config_helo_ipv6_prefix", i18n.D{"Value": q, "Address": a.String()})
		}
		return i18n.Errorf("config_helo_literal_invalid", i18n.D{"Value": q})
	}
	if a, err := netip.ParseAddr(v); err == nil {
		if a.Is4() {
			return i18n.Errorf("config_helo_ipv4_brackets", i18n.D{"Value": q, "Address": a.String()})
		}
		return i18n.Errorf("config_helo_ipv6_brackets", i18n.D{"Value": q, "Address": a.String()})
	}
	name, err := ASCIIName(strings.TrimSuffix(v, "."))
	if err != nil {
		return i18n.Errorf("config_helo_idna", i18n.D{"Value": q})
	}
	if m := dnsNameProblem(name); m != nil {
		return m
	}
	if !strings.Contains(name, ".") {
		return i18n.Errorf("config_helo_short", i18n.D{"Value": q, "Name": name})
	}
	return nil
}
