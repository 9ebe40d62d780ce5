// Command sendmail-app is how an application sends mail with smtpconf's
// mailer package: it reads the file `smtpconf` wrote and sends through the
// server configured there. It is a module of its own, importing
// github.com/smtpconf/smtpconf as any application would.
//
//	sendmail-app -config /etc/smtpconf/config.toml -to user@example.com
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/mailer"
)

func main() {
	path := flag.String("config", config.DefaultPath(), "the config file smtpconf wrote")
	to := flag.String("to", "", "the recipient")
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := sendWelcome(ctx, *path, *to); err != nil {
		msg, hint := mailer.Explain(err)
		if msg == "" {
			msg = err.Error()
		}
		fmt.Fprintln(os.Stderr, "sendmail-app:", msg)
		if hint != "" {
			fmt.Fprintln(os.Stderr, "hint:", hint)
		}
		os.Exit(1)
	}
}

// sendWelcome loads and validates the settings, then sends one message.
func sendWelcome(ctx context.Context, path, to string) error {
	f, err := config.Load(path)
	if err != nil {
		return err
	}
	if err := f.Validate().Err(); err != nil {
		return err
	}
	return mailer.Send(ctx, f.Config.Effective(), mailer.Message{
		To:      []string{to},
		Subject: "Welcome",
		Body:    "Your account is ready.\n",
	})
}
