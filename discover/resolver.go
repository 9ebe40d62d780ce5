package discover

import (
	"context"
	"fmt"
	"net"
	"net/netip"
	"strconv"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// EnvResolver names the variable that points every lookup smtpconf makes
// (SRV, MX, A/AAAA, the autoconfig and SMTP hosts) at one DNS server, such
// as a split-horizon server that answers for internal names:
// SMTPCONF_RESOLVER=127.0.0.1:5353 or SMTPCONF_RESOLVER=10.0.0.53.
const EnvResolver = "SMTPCONF_RESOLVER"

// NewResolver returns a resolver asking the DNS server at addr ("IP" or
// "IP:port", port 53 when left out), over UDP and TCP as Go's resolver
// chooses. An empty addr is the system's resolver.
func NewResolver(addr string) (*net.Resolver, error) {
	if addr == "" {
		return net.DefaultResolver, nil
	}
	server, err := resolverAddr(addr)
	if err != nil {
		return nil, err
	}
	return &net.Resolver{
		PreferGo: true,
		// Go's resolver names the server from /etc/resolv.conf; every
		// query goes to the one named here instead.
		Dial: func(ctx context.Context, network, _ string) (net.Conn, error) {
			var d net.Dialer
			return d.DialContext(ctx, network, server)
		},
	}, nil
}

// resolverAddr checks a resolver address and adds the DNS port when it has none.
func resolverAddr(addr string) (string, error) {
	if ip, err := netip.ParseAddr(addr); err == nil {
		return netip.AddrPortFrom(ip, 53).String(), nil
	}
	ap, err := netip.ParseAddrPort(addr)
	if err != nil {
		return "", i18n.Errorf("discover_err_resolver", i18n.D{"Setting": fmt.Sprintf("%s=%q", EnvResolver, addr)})
	}
	if ap.Port() == 0 {
		return "", i18n.Errorf("discover_err_resolver_port", i18n.D{"Setting": fmt.Sprintf("%s=%q", EnvResolver, addr)})
	}
	return net.JoinHostPort(ap.Addr().String(), strconv.Itoa(int(ap.Port()))), nil
}
