package mailer

import (
	"context"
	"net"
	"testing"
)

// nxdomainResolver is a real resolver that asks a DNS server on loopback
// which answers every question with NXDOMAIN.
func nxdomainResolver(t testing.TB) *net.Resolver { return fakeDNS(t, nil) }

// loopbackResolver is a real resolver that asks a DNS server on loopback
// which gives every name the address 127.0.0.1: a name that is not
// "localhost" reaches a test server, as a remote server's name would.
func loopbackResolver(t testing.TB) *net.Resolver { return fakeDNS(t, net.IPv4(127, 0, 0, 1)) }

// fakeDNS answers every A question with ip (other types get no answer),
// or every question with NXDOMAIN when ip is nil.
func fakeDNS(t testing.TB, ip net.IP) *net.Resolver {
	t.Helper()
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { pc.Close() })
	go func() {
		buf := make([]byte, 1500)
		for {
			n, from, err := pc.ReadFrom(buf)
			if err != nil {
				return
			}
			if resp := dnsAnswer(buf[:n], ip); resp != nil {
				_, _ = pc.WriteTo(resp, from)
			}
		}
	}()
	addr := pc.LocalAddr().String()
	return &net.Resolver{PreferGo: true, Dial: func(ctx context.Context, _, _ string) (net.Conn, error) {
		var d net.Dialer
		return d.DialContext(ctx, "udp", addr)
	}}
}

// dnsAnswer answers a query of one question: NXDOMAIN when ip is nil, else
// ip for an A question and nothing for any other type.
func dnsAnswer(q []byte, ip net.IP) []byte {
	if len(q) < 12 {
		return nil
	}
	resp := append([]byte(nil), q...)
	resp[2] = 0x80 | resp[2]&0x01 // response, recursion desired as asked
	if ip == nil {
		resp[3] = 0x80 | 3 // recursion available, NXDOMAIN
		return resp
	}
	resp[3] = 0x80 // recursion available, no error
	end := 12      // the question: a name of labels, then type and class
	for end < len(q) && q[end] != 0 {
		end += int(q[end]) + 1
	}
	end += 5
	if end > len(q) {
		return nil
	}
	resp = resp[:end]
	resp[6], resp[7], resp[8], resp[9], resp[10], resp[11] = 0, 0, 0, 0, 0, 0 // no answers, authority or extra records yet
	if q[end-4] != 0 || q[end-3] != 1 {                                       // not type A
		return resp
	}
	resp[7] = 1
	return append(resp,
		0xc0, 12, // the name in the question
		0, 1, 0, 1, // type A, class IN
		0, 0, 0, 60, // TTL
		0, 4, ip.To4()[0], ip.To4()[1], ip.To4()[2], ip.To4()[3])
}
