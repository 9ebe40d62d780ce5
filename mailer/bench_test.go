package mailer

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"fmt"
	"os"
	"runtime"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/mailer/smtptest"
)

// The benchmarks compare mailer with the least a Go program can do with
// go-smtp against the same loopback server with the same security
// (STARTTLS verified against the server's CA read from a file, as
// tls_ca_file is, then AUTH PLAIN). What mailer adds on top (steps,
// classification, the composed test message) should cost little: the
// target is at most 1.25 times the bare client.
//
// Each of BenchmarkCheck and BenchmarkSendTest measures itself, then the
// bare client as many times against the same server, and reports the
// bare figures and the ratio (x-bare), so both come from the same run.

const (
	benchUser = "bench@example.com"
	benchPass = "bench-password"
	benchRcpt = "x@example.com"
)

func benchServer(b *testing.B) (*smtptest.Server, config.Server) {
	b.Helper()
	srv := smtptest.NewServer(b, smtptest.WithUser(benchUser, benchPass), smtptest.RequireAuth())
	cfg := srv.Config()
	// AUTH PLAIN, as the bare client does (auto would choose CRAM-MD5).
	cfg.Auth = config.AuthPlain
	return srv, cfg
}

// bareTLSConfig is what tls_ca_file amounts to for a bare client: the CA
// file read and parsed on every connection, as mailer does.
func bareTLSConfig(srv *smtptest.Server) (*tls.Config, error) {
	pemBytes, err := os.ReadFile(srv.CAFile())
	if err != nil {
		return nil, fmt.Errorf("read CA: %w", err)
	}
	pool := x509.NewCertPool()
	if !pool.AppendCertsFromPEM(pemBytes) {
		return nil, fmt.Errorf("%s holds no certificate", srv.CAFile())
	}
	return &tls.Config{ServerName: srv.Host, RootCAs: pool, MinVersion: tls.VersionTLS12}, nil
}

// bareConversation is one bare go-smtp session: STARTTLS, AUTH PLAIN,
// MAIL, RCPT, then DATA (send) or RSET (check), then QUIT.
func bareConversation(srv *smtptest.Server, send bool) error {
	cfg, err := bareTLSConfig(srv)
	if err != nil {
		return err
	}
	c, err := smtp.DialStartTLS(srv.Addr, cfg)
	if err != nil {
		return fmt.Errorf("dial: %w", err)
	}
	defer c.Close()
	if err := c.Auth(sasl.NewPlainClient("", benchUser, benchPass)); err != nil {
		return fmt.Errorf("auth: %w", err)
	}
	if err := c.Mail(benchUser, nil); err != nil {
		return fmt.Errorf("mail: %w", err)
	}
	if err := c.Rcpt(benchRcpt, nil); err != nil {
		return fmt.Errorf("rcpt: %w", err)
	}
	if send {
		w, err := c.Data()
		if err != nil {
			return fmt.Errorf("data: %w", err)
		}
		if _, err := w.Write([]byte("From: " + benchUser + "\r\nTo: " + benchRcpt + "\r\nSubject: bench\r\n\r\nbench\r\n")); err != nil {
			return fmt.Errorf("write message: %w", err)
		}
		if err := w.Close(); err != nil {
			return fmt.Errorf("end of message: %w", err)
		}
	} else if err := c.Reset(); err != nil {
		return fmt.Errorf("rset: %w", err)
	}
	if err := c.Quit(); err != nil {
		return fmt.Errorf("quit: %w", err)
	}
	return nil
}

func BenchmarkBareGoSMTP(b *testing.B) {
	for _, mode := range []struct {
		name string
		send bool
	}{{"check", false}, {"send", true}} {
		b.Run(mode.name, func(b *testing.B) {
			srv, _ := benchServer(b)
			b.ReportAllocs()
			for b.Loop() {
				if err := bareConversation(srv, mode.send); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// floorResult is what the bare client cost per conversation.
type floorResult struct {
	nsPerOp, allocsPerOp float64
}

// floor runs the bare client n times against srv, after the caller's timed
// loop (b.Loop stops the timer when it ends). testing.Benchmark cannot be
// used here: it takes the lock the running benchmark holds and deadlocks.
func floor(b *testing.B, srv *smtptest.Server, send bool, n int) floorResult {
	b.Helper()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	for range n {
		if err := bareConversation(srv, send); err != nil {
			b.Fatalf("bare go-smtp: %v", err)
		}
	}
	elapsed := time.Since(start)
	runtime.ReadMemStats(&after)
	return floorResult{
		nsPerOp:     float64(elapsed.Nanoseconds()) / float64(n),
		allocsPerOp: float64(after.Mallocs-before.Mallocs) / float64(n),
	}
}

// reportAgainst measures the floor as many times as b ran and adds its
// figures and the ratio to b's.
func reportAgainst(b *testing.B, srv *smtptest.Server, send bool) {
	b.Helper()
	nsPerOp := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
	bare := floor(b, srv, send, b.N)
	b.ReportMetric(bare.nsPerOp, "bare-ns/op")
	b.ReportMetric(bare.allocsPerOp, "bare-allocs/op")
	b.ReportMetric(nsPerOp/bare.nsPerOp, "x-bare")
}

func BenchmarkCheck(b *testing.B) {
	srv, cfg := benchServer(b)
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if r := Check(ctx, cfg, benchRcpt, Options{}); !r.OK {
			b.Fatalf("check: %v (steps %s)", r.Err, stepNames(r))
		}
	}
	reportAgainst(b, srv, false)
}

func BenchmarkSendTest(b *testing.B) {
	srv, cfg := benchServer(b)
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if r := SendTest(ctx, cfg, benchRcpt, Options{}); !r.OK {
			b.Fatalf("send: %v (steps %s)", r.Err, stepNames(r))
		}
	}
	if got := len(srv.Messages()); got != b.N {
		b.Fatalf("the server received %d messages, want %d", got, b.N)
	}
	reportAgainst(b, srv, true)
}
