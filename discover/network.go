package discover

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/netip"
	"strings"
	"syscall"
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
	if why := unusable(ap.Addr().Unmap(), n.allowLoopback); why != "" {
		return &refusedError{msg: fmt.Sprintf("%s is %s: not contacted (the name resolved to another address a moment before)", ap.Addr(), why)}
	}
	return nil
}

// refusedError is an address a record points at that no mail server can
// have, or that is this machine while that is not allowed.
type refusedError struct{ msg string }

func (e *refusedError) Error() string { return e.msg }

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
		if why := unusable(a.Unmap(), n.allowLoopback); why != "" {
			return &refusedError{msg: fmt.Sprintf("%s resolves to %s, %s: not contacted", host, a, why)}
		}
	}
	return nil
}

// unusable says why an address cannot be a mail server's, or "".
func unusable(a netip.Addr, allowLoopback bool) string {
	switch {
	case a.IsUnspecified():
		return "the unspecified address (no host has it)"
	case a.IsLinkLocalUnicast():
		return "a link-local address (only valid on one network segment)"
	case a.IsMulticast():
		return "a multicast address"
	case a == netip.AddrFrom4([4]byte{255, 255, 255, 255}):
		return "the broadcast address"
	case a.IsLoopback() && !allowLoopback:
		return "this machine's loopback address (a record must not point the probe at local services)"
	}
	return ""
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
