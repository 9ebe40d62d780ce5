package discover

import (
	"crypto/tls"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/smtpconf/smtpconf/internal/testcert"
	"github.com/smtpconf/smtpconf/internal/testdns"
	"github.com/smtpconf/smtpconf/mailer/smtptest"
)

// world is a small Internet on loopback for one test: a real DNS server
// (miekg/dns) answering for the test domains, HTTPS servers with a test
// CA, and SMTP servers, reached by name through Options.Dial, which maps
// "host:port" to the loopback server standing in for it.
type world struct {
	t       testing.TB
	records []string          // zone-file syntax
	routes  map[string]string // "host:port" → loopback address
	smtpCAs []byte
	https   *testcert.Authority
}

func newWorld(t testing.TB) *world {
	t.Helper()
	return &world{t: t, routes: map[string]string{}}
}

// dns adds records in zone-file syntax ("mail.example.test. A 127.0.0.1").
func (w *world) dns(lines ...string) { w.records = append(w.records, lines...) }

// loopbackA gives host the address 127.0.0.1, unless it has one already.
func (w *world) loopbackA(host string) {
	for _, r := range w.records {
		if f := strings.Fields(r); len(f) >= 2 && strings.EqualFold(f[0], host+".") && f[1] == "A" {
			return
		}
	}
	w.dns(host + ". A 127.0.0.1")
}

// smtp starts an SMTP server standing in for host:port, with a certificate
// for host signed by a CA the probe trusts (TLSCAFile).
func (w *world) smtp(hostport string, opts ...smtptest.Option) *smtptest.Server {
	w.t.Helper()
	host, _, err := net.SplitHostPort(hostport)
	if err != nil {
		w.t.Fatal(err)
	}
	srv := smtptest.NewServer(w.t, append([]smtptest.Option{smtptest.WithUser("app", "secret"), smtptest.WithCertNames(host)}, opts...)...)
	w.routes[hostport] = srv.Addr
	w.smtpCAs = append(w.smtpCAs, srv.CAPEM()...)
	w.loopbackA(host)
	return srv
}

// serveHTTPS starts an HTTPS server for host:443 with the world's HTTPS CA.
func (w *world) serveHTTPS(host string, h http.Handler) {
	w.t.Helper()
	if w.https == nil {
		ca, err := testcert.New("autoconfig CA", testcert.Good, "autoconfig.example.test", "example.test", "evil.test")
		if err != nil {
			w.t.Fatal(err)
		}
		w.https = ca
	}
	srv := httptest.NewUnstartedServer(h)
	srv.TLS = &tls.Config{Certificates: []tls.Certificate{w.https.Server}, MinVersion: tls.VersionTLS12}
	srv.StartTLS()
	w.t.Cleanup(srv.Close)
	w.routes[host+":443"] = srv.Listener.Addr().String()
	w.loopbackA(host)
}

// options starts the DNS server and returns discovery options that use
// it, reach the world's servers and trust their CAs.
func (w *world) options(timeout time.Duration) Options {
	w.t.Helper()
	dnsAddr := testdns.Start(w.t, w.records...)
	resolver, err := NewResolver(dnsAddr)
	if err != nil {
		w.t.Fatal(err)
	}
	caFile := filepath.Join(w.t.TempDir(), "smtp-ca.pem")
	if err := os.WriteFile(caFile, w.smtpCAs, 0o600); err != nil {
		w.t.Fatal(err)
	}
	o := Options{Timeout: timeout, Resolver: resolver, Dial: smtptest.Routes(w.t, w.routes), TLSCAFile: caFile, AllowLoopback: true, LocalName: "client.test"}
	if w.https != nil {
		o.RootCAs = w.https.Pool
	}
	return o
}

// autoconfigXML is a config-v1.1.xml naming one SMTP server.
func autoconfigXML(host string, port int, socketType string) string {
	return fmt.Sprintf(`<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="example.test">
    <domain>example.test</domain>
    <incomingServer type="imap"><hostname>imap.example.test</hostname><port>993</port><socketType>SSL</socketType></incomingServer>
    <outgoingServer type="smtp">
      <hostname>%s</hostname>
      <port>%d</port>
      <socketType>%s</socketType>
      <authentication>password-cleartext</authentication>
      <username>%%EMAILADDRESS%%</username>
    </outgoingServer>
  </emailProvider>
</clientConfig>`, host, port, socketType)
}

// serveFile answers GET path with body, 404 otherwise.
func serveFile(path, body string) http.Handler {
	return http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		if r.URL.Path != path {
			http.NotFound(rw, r)
			return
		}
		_, _ = rw.Write([]byte(body))
	})
}

// eventOf is the trace's final event of a step whose title contains what.
func eventOf(res *Result, step Step, what string) (Event, bool) {
	for _, ev := range res.Trace {
		if ev.Step == step && strings.Contains(ev.Title, what) {
			return ev, true
		}
	}
	return Event{}, false
}
