package discover

import (
	"context"
	"net"
	"sync/atomic"
	"testing"
	"time"

	"github.com/miekg/dns"

	"github.com/smtpconf/smtpconf/internal/testdns"
)

// rebindingDNS answers the first A query for every name with first and
// every later one with then: a record whose address changes between
// smtpconf's check and the connection (DNS rebinding).
func rebindingDNS(t *testing.T, first, then string) *net.Resolver {
	t.Helper()
	var queries atomic.Int32
	addr := testdns.Serve(t, dns.HandlerFunc(func(w dns.ResponseWriter, q *dns.Msg) {
		m := new(dns.Msg)
		m.SetReply(q)
		if len(q.Question) == 1 && q.Question[0].Qtype == dns.TypeA {
			ip := then
			if queries.Add(1) == 1 {
				ip = first
			}
			rr, err := dns.NewRR(q.Question[0].Name + " 0 IN A " + ip)
			if err == nil {
				m.Answer = append(m.Answer, rr)
			}
		}
		_ = w.WriteMsg(m)
	}))
	r, err := NewResolver(addr)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestDialRefusesAnAddressThatChangedAfterTheCheck: the name passes the
// check with a public address, then resolves to this machine when the
// dialer looks it up again; the connection to the local service must be
// refused, though something listens there.
func TestDialRefusesAnAddressThatChangedAfterTheCheck(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			_ = c.Close()
		}
	}()
	_, port, _ := net.SplitHostPort(ln.Addr().String())
	n := newNetwork(Options{Resolver: rebindingDNS(t, "192.0.2.10", "127.0.0.1")})
	ctx, cancel := context.WithTimeout(t.Context(), 5*time.Second)
	defer cancel()
	conn, err := n.dial(ctx, "tcp", "rebind.example.test:"+port)
	if err == nil {
		_ = conn.Close()
		t.Fatalf("connected to %s: the address the name turned into after the check was not checked", conn.RemoteAddr())
	}
	if !isRefused(err) {
		t.Fatalf("err = %v, want the loopback address refused", err)
	}
}
