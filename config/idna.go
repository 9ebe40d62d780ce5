package config

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/idna"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// ASCIIName is a host or mail domain as DNS and SMTP carry it: an
// internationalised name (bücher.example) in its IDNA form
// (xn--bcher-kva.example), anything else as it is.
func ASCIIName(name string) (string, error) {
	if isASCII(name) {
		return name, nil
	}
	a, err := idna.Lookup.ToASCII(name)
	if err != nil {
		return "", i18n.Wrap("config_idna_invalid", i18n.D{"Value": i18n.Quoted(name)}, err)
	}
	return a, nil
}

// ASCIIAddress is an address with its domain in IDNA form. The local part
// stays as it is: a non-ASCII one needs a server that offers SMTPUTF8.
func ASCIIAddress(addr string) (string, error) {
	i := strings.LastIndexByte(addr, '@')
	if i < 0 {
		return addr, nil
	}
	d, err := ASCIIName(addr[i+1:])
	if err != nil {
		return "", err
	}
	return addr[:i+1] + d, nil
}

// NeedsSMTPUTF8 tells whether an address has non-ASCII letters before the
// @, which only a server that offers SMTPUTF8 (RFC 6531) takes.
func NeedsSMTPUTF8(addr string) bool {
	i := strings.LastIndexByte(addr, '@')
	return i > 0 && !isASCII(addr[:i])
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// domainOf is the part of an address after the last @, lower-cased, in
// IDNA form when it converts.
func domainOf(addr string) string {
	i := strings.LastIndexByte(addr, '@')
	if i < 0 {
		return ""
	}
	d := strings.TrimSuffix(addr[i+1:], ".")
	if a, err := ASCIIName(d); err == nil {
		d = a
	}
	return strings.ToLower(d)
}
