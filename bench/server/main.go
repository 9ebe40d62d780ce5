// Command server runs mailer/smtptest's loopback SMTP server for the
// whole-process benchmark: STARTTLS with its own CA and one account. It
// prints its address on the first line of stdout once it listens, writes
// the CA where -ca says, and runs until it is killed.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/smtpconf/smtpconf/mailer/smtptest"
)

func main() {
	if err := serve(); err != nil {
		fmt.Fprintln(os.Stderr, "bench server:", err)
		os.Exit(1)
	}
}

func serve() error {
	caPath := flag.String("ca", "ca.pem", "where to write the CA certificate (PEM)")
	user := flag.String("user", "bench@example.com", "the account's user name")
	pass := flag.String("pass", "bench-password", "the account's password")
	plain := flag.Bool("plain", false, "plain SMTP without STARTTLS")
	flag.Parse()

	opts := []smtptest.Option{smtptest.WithUser(*user, *pass), smtptest.RequireAuth()}
	if *plain {
		opts = append(opts, smtptest.WithSecurity(smtptest.Plain))
	}
	srv, err := smtptest.Start(opts...)
	if err != nil {
		return fmt.Errorf("starting the server: %w", err)
	}
	defer srv.Close()
	if err := srv.WriteCA(*caPath); err != nil {
		return fmt.Errorf("writing the CA: %w", err)
	}
	fmt.Println(srv.Addr)

	stop := make(chan os.Signal, 1)
	signal.Notify(stop, os.Interrupt, syscall.SIGTERM)
	<-stop
	return nil
}
