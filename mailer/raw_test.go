package mailer

import (
	"errors"
	"regexp"
	"strings"
	"testing"

	"github.com/smtpconf/smtpconf/mailer/smtptest"
)

func TestSendRawKeepsTheMessageAndAddsWhatIsMissing(t *testing.T) {
	tests := []struct {
		name     string
		server   []smtptest.Option
		to       []string
		raw      string
		wantData *regexp.Regexp // the delivered bytes
		want8Bit bool
		wantUTF8 bool
		wantErr  error
		wantKind Kind
	}{
		{
			name:     "complete message goes out byte for byte with CRLF and dot-stuffing undone",
			to:       []string{"rcpt@example.net"},
			raw:      "Date: Mon, 30 Nov 2026 21:00:00 +0000\nMessage-ID: <1@example.com>\nFrom: App <app@example.com>\nTo: rcpt@example.net\nSubject: s\n\nline one\n.leading dot\n.\nend\n",
			wantData: regexp.MustCompile(`^Date: Mon, 30 Nov 2026 21:00:00 \+0000\r\nMessage-ID: <1@example.com>\r\nFrom: App <app@example.com>\r\nTo: rcpt@example.net\r\nSubject: s\r\n\r\nline one\r\n.leading dot\r\n.\r\nend\r\n$`),
		},
		{
			name:     "Date, Message-ID and From are added from the settings",
			to:       []string{"rcpt@example.net"},
			raw:      "To: rcpt@example.net\r\nSubject: s\r\n\r\nbody\r\n",
			wantData: regexp.MustCompile(`^Date: [A-Z][a-z]{2}, .*\r\nMessage-ID: <[0-9a-f]{32}@example.com>\r\nFrom: "Example App" <app@example.com>\r\nTo: rcpt@example.net\r\nSubject: s\r\n\r\nbody\r\n$`),
		},
		{
			name:     "8-bit body goes with BODY=8BITMIME",
			to:       []string{"rcpt@example.net"},
			raw:      "From: app@example.com\nDate: x\nMessage-ID: <2@example.com>\n\nGrüße\n",
			wantData: regexp.MustCompile(`\r\n\r\nGrüße\r\n$`),
			want8Bit: true,
		},
		{
			name:     "8-bit body without 8BITMIME is refused",
			server:   []smtptest.Option{smtptest.WithoutStartTLS(), smtptest.Without8BitMIME()},
			to:       []string{"rcpt@example.net"},
			raw:      "Subject: s\n\nGrüße\n",
			wantErr:  ErrNeeds8BitMIME,
			wantKind: KindMessage,
		},
		{
			name:     "UTF-8 header goes with SMTPUTF8",
			server:   []smtptest.Option{smtptest.WithSMTPUTF8()},
			to:       []string{"rcpt@example.net"},
			raw:      "Subject: Grüße\n\nbody\n",
			wantData: regexp.MustCompile(`Subject: Grüße\r\n`),
			want8Bit: true,
			wantUTF8: true,
		},
		{
			name:     "UTF-8 header without SMTPUTF8 is refused",
			to:       []string{"rcpt@example.net"},
			raw:      "Subject: Grüße\n\nbody\n",
			wantErr:  ErrNeedsSMTPUTF8,
			wantKind: KindMessage,
		},
		{
			name:     "a line over 998 octets is refused",
			to:       []string{"rcpt@example.net"},
			raw:      "Subject: s\n\n" + strings.Repeat("x", 999) + "\n",
			wantErr:  ErrLineTooLong,
			wantKind: KindMessage,
		},
		{
			name:    "no recipient",
			raw:     "Subject: s\n\nbody\n",
			wantErr: ErrNoRecipient,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv, cfg := newServer(t, tt.server...)
			cfg.SenderName = "Example App"
			err := Send(timeoutCtx(t), cfg, Message{To: tt.to, Raw: []byte(tt.raw)})
			msgs := srv.Messages()
			if tt.wantErr != nil {
				var e *Error
				if !errors.Is(err, tt.wantErr) || !errors.As(err, &e) {
					t.Fatalf("err = %v, want %v", err, tt.wantErr)
				}
				if tt.wantKind != "" && (e.Kind != tt.wantKind || e.Hint == "") {
					t.Fatalf("kind %q hint %q, want kind %q and a hint", e.Kind, e.Hint, tt.wantKind)
				}
				if msg, _ := Explain(err); tt.wantKind == KindMessage && !strings.HasPrefix(msg, "The message cannot be sent as it is: ") {
					t.Errorf("Explain says %q; it should blame the message, not a step of the conversation", msg)
				}
				if len(msgs) != 0 {
					t.Fatalf("delivered %q despite the error", msgs[0].Data)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(msgs) != 1 {
				t.Fatalf("server holds %d messages, want 1", len(msgs))
			}
			m := msgs[0]
			if !tt.wantData.Match(m.Data) {
				t.Errorf("delivered %q, want it to match %s", m.Data, tt.wantData)
			}
			if m.From != cfg.Sender || strings.Join(m.To, ",") != strings.Join(tt.to, ",") {
				t.Errorf("envelope %s → %q, want %s → %q", m.From, m.To, cfg.Sender, tt.to)
			}
			if m.UTF8 != tt.wantUTF8 {
				t.Errorf("SMTPUTF8 = %t, want %t", m.UTF8, tt.wantUTF8)
			}
			if tt.want8Bit && !m.EightBitMIME {
				t.Error("BODY=8BITMIME was not given")
			}
		})
	}
}
