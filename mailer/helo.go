package mailer

import (
	"net/netip"
	"os"
	"strconv"
	"strings"

	"github.com/smtpconf/smtpconf/config"
)

// localName is the name given in EHLO: helo_name, else Options.LocalName,
// else this machine's name when it is fully qualified, else the address
// literal of this end of the connection ([192.0.2.10], [IPv6:2001:db8::10]).
// Never a bare short name ("vm"), which reject_non_fqdn_helo_hostname
// refuses; an address literal is always acceptable (RFC 5321 4.1.3).
func (c *conversation) localName() string {
	if c.helo != "" {
		return c.helo
	}
	c.helo = c.chooseLocalName()
	c.t.HELOName = c.helo
	return c.helo
}

func (c *conversation) chooseLocalName() string {
	if c.s.HELOName != "" {
		if a, err := config.ASCIIName(c.s.HELOName); err == nil {
			return strings.TrimSuffix(a, ".")
		}
	}
	if n := c.opts.LocalName; n != "" && !strings.ContainsAny(n, " \t\r\n") {
		return n
	}
	if h, err := os.Hostname(); err == nil && isFullyQualified(h) {
		return h
	}
	if c.raw != nil {
		if ap, err := netip.ParseAddrPort(c.raw.LocalAddr().String()); err == nil {
			return addressLiteral(ap.Addr())
		}
	}
	return "[127.0.0.1]"
}

// isFullyQualified tells a usable fully qualified name from a short one or
// a placeholder such as localhost.localdomain.
func isFullyQualified(h string) bool {
	h = strings.ToLower(strings.TrimSuffix(h, "."))
	return strings.Contains(h, ".") && !strings.ContainsAny(h, " \t\r\n[]") &&
		!strings.HasSuffix(h, ".localdomain") && !strings.HasPrefix(h, "localhost.")
}

// addressLiteral writes an address as EHLO takes it.
func addressLiteral(a netip.Addr) string {
	a = a.Unmap().WithZone("")
	if a.Is4() {
		return "[" + a.String() + "]"
	}
	return "[IPv6:" + a.String() + "]"
}

// learn notes what the last EHLO announced that hints need.
func (c *conversation) learn() {
	c.t.OffersStartTLS, _ = c.client.Extension("STARTTLS")
	c.t.Secured = c.tlsHow != ""
	c.t.SizeLimit = 0
	if ok, param := c.client.Extension("SIZE"); ok {
		c.t.SizeLimit, _ = strconv.ParseInt(strings.TrimSpace(param), 10, 64)
	}
}
