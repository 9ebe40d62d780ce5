package header

import (
	"slices"
	"testing"
)

func TestSplitKeepsTheBytes(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{name: "crlf message", in: "To: a@example.com\r\nSubject: hi\r\n\r\nbody\r\n.\r\n", want: "To: a@example.com\r\nSubject: hi\r\n\r\nbody\r\n.\r\n"},
		{name: "lf message with a folded field", in: "To: a@example.com,\n\tb@example.com\nSubject: hi\n\nbody\n", want: "To: a@example.com,\n\tb@example.com\nSubject: hi\n\nbody\n"},
		{name: "header without body gets its separator", in: "Subject: hi\n", want: "Subject: hi\n\n"},
		{name: "body without header gets a separator", in: "just text\nmore\n", want: "\njust text\nmore\n"},
		{name: "last field without a line end", in: "Subject: hi", want: "Subject: hi\r\n\r\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(Split([]byte(tt.in)).Bytes()); got != tt.want {
				t.Fatalf("Bytes() = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestEditsTouchOnlyTheirFields(t *testing.T) {
	m := Split([]byte("To: a@example.com\nBcc: secret@example.com,\n  other@example.com\nbcc: third@example.com\nSubject: s\n\nBcc: in the body stays\n"))
	if got := m.Values("bcc"); !slices.Equal(got, []string{"secret@example.com,  other@example.com", "third@example.com"}) {
		t.Fatalf("Values(bcc) = %q", got)
	}
	m.Remove("Bcc")
	m.Prepend("Date", "Mon, 30 Nov 2026 21:00:00 +0000")
	want := "Date: Mon, 30 Nov 2026 21:00:00 +0000\nTo: a@example.com\nSubject: s\n\nBcc: in the body stays\n"
	if got := string(m.Bytes()); got != want {
		t.Fatalf("Bytes() = %q, want %q", got, want)
	}
	if !m.Has("subject") || m.Has("bcc") {
		t.Fatal("Has does not match the fields")
	}
}
