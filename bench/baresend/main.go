// Command baresend is the floor of the whole-process benchmark: the least a
// Go program can do to send one message with go-smtp (dial, STARTTLS or
// plain, AUTH PLAIN, MAIL, RCPT, DATA, QUIT), with no configuration file,
// no validation and no reporting.
package main

import (
	"crypto/tls"
	"crypto/x509"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

func main() {
	if err := send(); err != nil {
		fmt.Fprintln(os.Stderr, "baresend:", err)
		os.Exit(1)
	}
}

func send() error {
	addr := flag.String("addr", "127.0.0.1:2525", "server address")
	startTLS := flag.Bool("starttls", false, "upgrade with STARTTLS")
	caFile := flag.String("ca", "", "CA certificate (PEM) to trust for STARTTLS")
	user := flag.String("user", "", "AUTH PLAIN user; empty: no AUTH")
	pass := flag.String("pass", "", "AUTH PLAIN password")
	from := flag.String("from", "bench@example.com", "MAIL FROM")
	to := flag.String("to", "x@example.com", "RCPT TO")
	flag.Parse()

	var c *smtp.Client
	var err error
	if *startTLS {
		cfg := &tls.Config{ServerName: strings.Split(*addr, ":")[0]}
		if *caFile != "" {
			pem, err := os.ReadFile(*caFile)
			if err != nil {
				return fmt.Errorf("reading the CA: %w", err)
			}
			cfg.RootCAs = x509.NewCertPool()
			cfg.RootCAs.AppendCertsFromPEM(pem)
		}
		c, err = smtp.DialStartTLS(*addr, cfg)
	} else {
		c, err = smtp.Dial(*addr)
	}
	if err != nil {
		return fmt.Errorf("connecting to %s: %w", *addr, err)
	}
	defer c.Close()
	if *user != "" {
		if err := c.Auth(sasl.NewPlainClient("", *user, *pass)); err != nil {
			return fmt.Errorf("auth: %w", err)
		}
	}
	if err := c.Mail(*from, nil); err != nil {
		return fmt.Errorf("mail: %w", err)
	}
	if err := c.Rcpt(*to, nil); err != nil {
		return fmt.Errorf("rcpt: %w", err)
	}
	w, err := c.Data()
	if err != nil {
		return fmt.Errorf("data: %w", err)
	}
	msg := "From: " + *from + "\r\nTo: " + *to + "\r\nSubject: bench\r\n\r\nbench\r\n"
	if _, err := w.Write([]byte(msg)); err != nil {
		return fmt.Errorf("writing the message: %w", err)
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("data: %w", err)
	}
	if err := c.Quit(); err != nil {
		return fmt.Errorf("quit: %w", err)
	}
	return nil
}
