package discover

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/netip"
	"strings"
	"syscall"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// network is how a discovery reaches hosts: every name looked up with the
// resolver, every address checked before a connection is opened to it.
type network struct {
	resolver      *net.Resolver
	allowLoopback bool
	dialer        func(ctx context.Context, network, address string) (net.Conn, error)
}

func newNetwork(o Options) *network {
	n := &network{resolver: o.Resolver, allowLoopback: o.AllowLoopback, dialer: o.Dial}
	if n.resolver == nil {
		n.resolver = net.DefaultResolver
	}
	if n.dialer == nil {
		// The dialer looks the name up again: a record with a short TTL
		// may now name another address than the one check saw (DNS
		// rebinding), so every address is checked once more as it is
		// dialled, after the lookup and before the connection.
		d := &net.Dialer{Resolver: n.resolver, KeepAlive: -1, ControlContext: n.checkDialled}
		n.dialer = d.DialContext
	}
	return n
}

// checkDialled refuses to connect to an address a record must not send us
// to; it sees the very address the dialer is about to connect to.
func (n *network) checkDialled(_ context.Context, _, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("dial %s: %w", address, err)
	}
	if why := unusable(ap.Addr().Unmap(), n.allowLoopback); why != nil {
		return &refusedError{msg: i18n.Errorf("discover_refused_rebinding", i18n.D{"Addr": ap.Addr().String(), "Why": why})}
	}
	return nil
}

// refusedError is an address a record points at that no mail server can
// have, or that is this machine while that is not allowed.
type refusedError struct{ msg *i18n.Error }

func (e *refusedError) Error() string { return e.msg.Error() }

// In is the refusal in language l.
func (e *refusedError) In(l i18n.Lang) string { return e.msg.In(l) }

func isRefused(err error) bool {
	var r *refusedError
	return errors.As(err, &r)
}

// check looks a host up and refuses it when any of its addresses is one a
// record must not send us to.
func (n *network) check(ctx context.Context, host string) error {
	var addrs []netip.Addr
	if a, err := netip.ParseAddr(host); err == nil {
		addrs = []netip.Addr{a}
	} else {
		ips, err := n.resolver.LookupNetIP(ctx, "ip", host)
		if isNotFound(err) {
			// Go's message names the server from resolv.conf, which is
			// not the one asked when SMTPCONF_RESOLVER is set.
			return &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}
		}
		if err != nil {
			return fmt.Errorf("look up %s: %w", host, err)
		}
		addrs = ips
	}
	for _, a := range addrs {
		if why := unusable(a.Unmap(), n.allowLoopback); why != nil {
			return &refusedError{msg: i18n.Errorf("discover_refused_address", i18n.D{"Host": host, "Addr": a.String(), "Why": why})}
		}
	}
	return nil
}

// unusable says why an address cannot be a mail server's, or "".
func unusable(a netip.Addr, allowLoopback bool) *i18n.Error {
	switch {
	case a.IsUnspecified():
		return i18n.Errorf("discover_why_unspecified", nil)
	case a.IsLinkLocalUnicast():
		return i18n.Errorf("discover_why_link_local", nil)
	case a.IsMulticast():
		return i18n.Errorf("discover_why_multicast", nil)
	case a == netip.AddrFrom4([4]byte{255, 255, 255, 255}):
		return i18n.Errorf("discover_why_broadcast", nil)
	case a.IsLoopback() && !allowLoopback:
		return i18n.Errorf("discover_why_loopback", nil)
	}
	return nil
}

// dial checks the host's addresses, then connects by name.
func (n *network) dial(ctx context.Context, network, address string) (net.Conn, error) {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return nil, fmt.Errorf("dial %s: %w", address, err)
	}
	if err := n.check(ctx, strings.TrimSuffix(host, ".")); err != nil {
		return nil, err
	}
	return n.dialer(ctx, network, address)
}

// isNotFound tells a name without records from a lookup that failed.
func isNotFound(err error) bool {
	var dnsErr *net.DNSError
	return errors.As(err, &dnsErr) && dnsErr.IsNotFound
}
