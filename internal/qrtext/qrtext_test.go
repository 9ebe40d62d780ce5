package qrtext

import (
	"strings"
	"testing"
)

func TestFitting(t *testing.T) {
	const url = "https://microsoft.com/devicelogin"
	whole := Fitting(url, 200, 200)
	lines := strings.Split(whole, "\n")
	if whole == "" || !strings.ContainsAny(whole, "▀▄█") {
		t.Fatalf("no QR code with room to spare: %q", whole)
	}
	w, h := len([]rune(lines[0])), len(lines)
	for _, tc := range []struct {
		name          string
		target        string
		width, height int
		want          bool
	}{
		{"ExactlyFits", url, w, h, true},
		{"OneColumnShort", url, w - 1, h, false},
		{"OneRowShort", url, w, h - 1, false},
		{"EmptyTarget", "", 200, 200, false},
		{"UnsafeTarget", "https://evil.example/\x1b]52;c;aGk=\a", 200, 200, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Fitting(tc.target, tc.width, tc.height) != ""; got != tc.want {
				t.Errorf("Fitting(%q, %d, %d) drew a code: %v, want %v", tc.target, tc.width, tc.height, got, tc.want)
			}
		})
	}
}
