package termsafe

import (
	"encoding/json"
	"testing"
)

func TestString(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain text is unchanged", "250 mail.example.com ready", "250 mail.example.com ready"},
		{"tab is kept", "a\tb", "a\tb"},
		{"clear screen", "220 \x1b[2J hi", `220 \x1b[2J hi`},
		{"OSC 52 clipboard write", "\x1b]52;c;aGk=\x07", `\x1b]52;c;aGk=\x07`},
		{"OSC 8 link", "\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\", `\x1b]8;;http://x\x1b\link\x1b]8;;\x1b\`},
		{"window title", "\x1b]0;pwned\x07", `\x1b]0;pwned\x07`},
		{"C1 CSI, OSC and ST", "a\u009b2Jb\u009d0;t\u009c", `a\u009b2Jb\u009d0;t\u009c`},
		{"DEL", "a\x7fb", `a\x7fb`},
		{"line breaks in a single line", "a\r\nb", `a\x0d\x0ab`},
		{"invalid UTF-8", "a\xffb", `a\xffb`},
		{"non-ASCII letters are kept", "Müller ✓ 日本", "Müller ✓ 日本"},
		{"backslash is inert and kept", `C:\new`, `C:\new`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := String(tt.in); got != tt.want {
				t.Errorf("String(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if Safe(tt.in) != (tt.in == tt.want) {
				t.Errorf("Safe(%q) = %v", tt.in, Safe(tt.in))
			}
		})
	}
}

func TestLines(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"LF and CRLF kept", "a\nb\r\nc", "a\nb\r\nc"},
		{"lone CR escaped", "a\rb", `a\x0db`},
		{"escape inside lines", "a\n\x1b[31mred\n", "a\n\\x1b[31mred\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Lines(tt.in); got != tt.want {
				t.Errorf("Lines(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzString(f *testing.F) {
	f.Add("\x1b]52;c;x\x07\u009b")
	f.Fuzz(func(t *testing.T, s string) {
		out := String(s)
		if !Safe(out) {
			t.Fatalf("String(%q) = %q is not safe", s, out)
		}
		if !Safe(Lines(s)) && !safeLines(Lines(s)) {
			t.Fatalf("Lines(%q) is not safe", s)
		}
	})
}

func TestJSONEscapesWhatEncodingJSONLeavesRaw(t *testing.T) {
	in := "a\u009b2J\u009d0;t\u009c\x7f ä \x1b"
	enc, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	got := JSON(enc)
	if want := `"a\u009b2J\u009d0;t\u009c\u007f ä \u001b"`; string(got) != want {
		t.Errorf("JSON(%s) = %s, want %s", enc, got, want)
	}
	var back string
	if err := json.Unmarshal(got, &back); err != nil || back != in {
		t.Errorf("decodes to %q, %v; want the original text %q", back, err, in)
	}
	plain := []byte(`{"a":"Müller ✓"}`)
	if got := JSON(plain); string(got) != string(plain) {
		t.Errorf("JSON changed safe output: %s", got)
	}
}
