// Package qrtext draws a QR code of a sign-in address as terminal text,
// for `smtpconf login` and the configurator's sign-in screen alike.
package qrtext

import (
	"strings"

	qrcode "github.com/skip2/go-qrcode"

	"github.com/smtpconf/smtpconf/internal/termsafe"
)

// Fitting is a QR code of target drawn with half-block characters, when
// it fits whole in width×height cells; otherwise "", since a cut code
// cannot be scanned. An address that is not safe to print gets none
// either: the code would carry what the terminal was spared.
func Fitting(target string, width, height int) string {
	if target == "" || !termsafe.Safe(target) {
		return ""
	}
	q, err := qrcode.New(target, qrcode.Low)
	if err != nil {
		return ""
	}
	art := strings.TrimRight(q.ToSmallString(false), "\n")
	lines := strings.Split(art, "\n")
	if len(lines) > height || len([]rune(lines[0])) > width {
		return ""
	}
	return art
}
