package mailer

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/netip"
	"strconv"
	"strings"
	"time"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
)

// resolve looks the host up, bounded by the timeout, so that a name that
// does not exist is told apart from a server that does not answer.
func resolve(ctx context.Context, r *net.Resolver, host string, timeout time.Duration) ([]net.IPAddr, error) {
	if ip, err := netip.ParseAddr(host); err == nil {
		return []net.IPAddr{{IP: ip.AsSlice(), Zone: ip.Zone()}}, nil
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	addrs, err := r.LookupIPAddr(ctx, host)
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) {
		// It already says "lookup <host> on <server>"; the step says
		// "resolve". Wrapping it again would repeat the operation.
		return nil, err //nolint:wrapcheck // see above
	}
	if err != nil {
		return nil, fmt.Errorf("lookup %s: %w", host, err)
	}
	return addrs, nil
}

func addrList(addrs []net.IPAddr) string {
	parts := make([]string, 0, len(addrs))
	for _, a := range addrs {
		parts = append(parts, a.String())
	}
	return strings.Join(parts, ", ")
}

// connect dials host:port by name, so that net.Dialer races IPv6 and IPv4
// (Happy Eyeballs, RFC 8305) when the name has both. dial, when not nil,
// replaces net.Dialer (Options.Dial); the timeout bounds it all the same.
func connect(ctx context.Context, r *net.Resolver, dial func(context.Context, string, string) (net.Conn, error), host string, port int, timeout time.Duration) (net.Conn, error) {
	if dial == nil {
		d := net.Dialer{Timeout: timeout, Resolver: r, KeepAlive: -1}
		dial = d.DialContext
	} else {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, timeout)
		defer cancel()
	}
	conn, err := dial(ctx, "tcp", net.JoinHostPort(host, strconv.Itoa(port)))
	if err != nil {
		// A *net.OpError reads "dial tcp <addr>: <cause>" and the step
		// adds "connect: " in front (Error.Error), so no prefix here: it
		// made "connect: connect: dial tcp ...".
		return nil, err //nolint:wrapcheck // see above
	}
	return conn, nil
}

// clearTextAllowed applies config's rule for a password without TLS
// (allow_insecure_auth, or a loopback host) to the address actually
// dialled, not only to the name: "mail.localhost" passes validate by its
// name, but a resolver can send it anywhere. Without the opt-in, the far
// end of the connection must be this machine.
func (c *conversation) clearTextAllowed() bool {
	if c.s.AllowInsecureAuth {
		return true
	}
	if !config.PasswordInClearAllowed(c.s) {
		return false
	}
	if remote, ok := loopbackPeer(c.raw); !ok {
		c.warn(c.opts.Lang.T("mailer_warn_not_loopback", i18n.D{"Host": c.s.Host, "Remote": remote}))
		return false
	}
	return true
}

// loopbackPeer tells whether the far end of conn is this machine, and what it is.
func loopbackPeer(conn net.Conn) (string, bool) {
	if conn == nil {
		return "nowhere", false
	}
	ap, err := netip.ParseAddrPort(conn.RemoteAddr().String())
	if err != nil {
		return conn.RemoteAddr().String(), false
	}
	return ap.Addr().String(), ap.Addr().Unmap().IsLoopback()
}
