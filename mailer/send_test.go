package mailer

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/smtpconf/smtpconf/mailer/smtptest"
)

func TestSendToSeveralRecipients(t *testing.T) {
	to := []string{"a@example.net", "Bea <b@example.net>", "c@example.org"}
	cases := []struct {
		name     string
		rejected []string
		// delivered lists the envelope recipients the server must hold; nil
		// when nothing may be delivered.
		delivered []string
	}{
		{name: "all_accepted", delivered: []string{"a@example.net", "b@example.net", "c@example.org"}},
		{name: "one_rejected_fails_the_send_and_names_it", rejected: []string{"b@example.net"}},
		{name: "first_rejected", rejected: []string{"a@example.net"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			srv, cfg := newServer(t, smtptest.RejectRecipients(c.rejected...))
			err := Send(timeoutCtx(t), cfg, Message{To: to, Subject: "Report", Body: "Numbers.\n"})
			msgs := srv.Messages()
			if c.delivered != nil {
				if err != nil {
					t.Fatal(err)
				}
				if len(msgs) != 1 || !slices.Equal(msgs[0].To, c.delivered) {
					t.Fatalf("server holds %+v, want one message to %q", msgs, c.delivered)
				}
				return
			}
			var e *Error
			if !errors.As(err, &e) || e.Kind != KindRecipientRejected || e.Step != StepRcpt || e.Code != 550 {
				t.Fatalf("err = %v, want a 550 recipient rejection", err)
			}
			for _, where := range []string{err.Error(), explained(err)} {
				if !strings.Contains(where, "<"+c.rejected[0]+">") {
					t.Errorf("%q does not name the rejected recipient %s", where, c.rejected[0])
				}
			}
			var reply *ReplyError
			if !errors.As(err, &reply) || reply.EnhancedCode != "5.1.1" {
				t.Errorf("the server's reply is lost: %v", err)
			}
			// A half-addressed message would reach some and not others
			// without the caller knowing who: nothing is delivered.
			if len(msgs) != 0 {
				t.Fatalf("delivered %+v despite the rejected recipient", msgs)
			}
		})
	}
}

func explained(err error) string {
	msg, hint := Explain(err)
	return msg + " " + hint
}

func TestSendRefusesAMessageWithoutRecipients(t *testing.T) {
	srv, cfg := newServer(t)
	err := Send(timeoutCtx(t), cfg, Message{Subject: "s", Body: "b"})
	if !errors.Is(err, ErrNoRecipient) {
		t.Fatalf("err = %v, want ErrNoRecipient", err)
	}
	if len(srv.Messages()) != 0 {
		t.Fatal("delivered a message to nobody")
	}
}
