package mailer_test

import (
	"context"
	"fmt"
	"time"

	"github.com/smtpconf/smtpconf/mailer"
	"github.com/smtpconf/smtpconf/mailer/smtptest"
)

// Send delivers one message through the settings' server. Here the server is
// smtptest's, on loopback, asking for STARTTLS and a login; an application
// passes config.Load(path)'s Config.Effective() instead.
func ExampleSend() {
	srv, err := smtptest.Start(smtptest.WithUser("app@example.com", "app-password"))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer srv.Close()
	settings := srv.Config() // STARTTLS, verified against the server's CA, AUTH PLAIN

	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	err = mailer.Send(ctx, settings, mailer.Message{
		To:      []string{"user@example.com"},
		Subject: "Your invoice",
		Body:    "It is attached.\n",
	})
	if err != nil {
		// An *mailer.Error: mailer.Explain(err) gives the message and a hint.
		fmt.Println(err)
		return
	}
	for _, m := range srv.Messages() {
		fmt.Println("delivered to", m.To, "logged in as", m.User)
	}
	// Output: delivered to [user@example.com] logged in as app@example.com
}

// Check walks the whole conversation up to RCPT TO and then resets it:
// nothing is delivered. Each step is in the result, as Progress saw it live.
func ExampleCheck() {
	srv, err := smtptest.Start(smtptest.WithUser("app@example.com", "app-password"))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer srv.Close()

	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	res := mailer.Check(ctx, srv.Config(), "admin@example.com", mailer.Options{LocalName: "app.example.com"})
	for _, step := range res.Steps {
		fmt.Println(step.Name, step.Status)
	}
	if !res.OK {
		msg, hint := mailer.Explain(res.Err)
		fmt.Println("error:", msg, "hint:", hint)
	}
	fmt.Println("ok:", res.OK, "delivered:", len(srv.Messages()))
	// Output:
	// resolve ok
	// connect ok
	// greeting ok
	// ehlo ok
	// starttls ok
	// ehlo_tls ok
	// auth ok
	// mail ok
	// rcpt ok
	// quit ok
	// ok: true delivered: 0
}
