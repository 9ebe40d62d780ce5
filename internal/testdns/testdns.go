// Package testdns runs a real DNS server on loopback for tests, answering
// from a fixed set of records, so lookups of SRV, MX and A/AAAA records go
// through the same resolver code as in production (SMTPCONF_RESOLVER).
//
// It does not import "testing", as testcert does not.
package testdns

import (
	"fmt"
	"net"
	"strings"

	"github.com/miekg/dns"
)

// TB is what Start needs of a test; *testing.T has it.
type TB interface {
	Helper()
	Fatalf(format string, args ...any)
	Cleanup(func())
}

// Start serves the records, given in zone-file syntax ("mail.example.test.
// A 127.0.0.1", "example.test. MX 0 ."), over UDP on 127.0.0.1 until the
// test ends, and returns the address to ask ("127.0.0.1:PORT"). A name
// without records at all is NXDOMAIN; a name with records of other types
// gets an empty answer.
func Start(t TB, records ...string) string {
	t.Helper()
	rrs, err := Parse(records...)
	if err != nil {
		t.Fatalf("testdns: %v", err)
	}
	return Serve(t, dns.HandlerFunc(func(w dns.ResponseWriter, q *dns.Msg) {
		_ = w.WriteMsg(answer(rrs, q))
	}))
}

// Serve answers every query with h, over UDP on 127.0.0.1 until the test
// ends, and returns the address to ask: for answers that fixed records
// cannot give, such as one that changes from one query to the next.
func Serve(t TB, h dns.Handler) string {
	t.Helper()
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("testdns: listen: %v", err)
	}
	server := &dns.Server{PacketConn: pc, Handler: h}
	started := make(chan struct{})
	server.NotifyStartedFunc = func() { close(started) }
	go func() { _ = server.ActivateAndServe() }()
	<-started
	t.Cleanup(func() { _ = server.Shutdown() })
	return pc.LocalAddr().String()
}

// Parse reads records in zone-file syntax, each with a TTL of 60 unless it names one.
func Parse(records ...string) ([]dns.RR, error) {
	rrs := make([]dns.RR, 0, len(records))
	for _, r := range records {
		rr, err := dns.NewRR("$TTL 60\n" + r)
		if err != nil {
			return nil, fmt.Errorf("record %q: %w", r, err)
		}
		rrs = append(rrs, rr)
	}
	return rrs, nil
}

// answer answers one question from the records.
func answer(records []dns.RR, q *dns.Msg) *dns.Msg {
	m := new(dns.Msg)
	m.SetReply(q)
	m.Authoritative = true
	if len(q.Question) != 1 {
		m.Rcode = dns.RcodeFormatError
		return m
	}
	name, qtype := strings.ToLower(q.Question[0].Name), q.Question[0].Qtype
	exists := false
	for _, rr := range records {
		h := rr.Header()
		if strings.ToLower(h.Name) != name {
			continue
		}
		exists = true
		if h.Rrtype == qtype {
			m.Answer = append(m.Answer, rr)
		}
	}
	if !exists {
		m.Rcode = dns.RcodeNameError
	}
	return m
}
