package config

import (
	"crypto/x509"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"net"
	"net/mail"
	"net/netip"
	"os"
	"strconv"
	"strings"
)

// addressProblem says what is wrong with an e-mail address setting, or "".
// The value must be the bare address: a display name would let the file
// claim to be "Bank" <x@y>, and the name has its own key.
func addressProblem(v string, isSender bool) string {
	if strings.TrimSpace(v) != v {
		return fmt.Sprintf("%q has spaces around it: remove them", v)
	}
	a, err := mail.ParseAddress(v)
	if err != nil {
		return fmt.Sprintf("%q is not an e-mail address: write it like noreply@example.com", v)
	}
	if canonical := strings.Trim((&mail.Address{Address: a.Address}).String(), "<>"); a.Name != "" || (a.Address != v && canonical != v) {
		if isSender && a.Name != "" {
			return fmt.Sprintf("write only the address (%s); put the name in sender_name", a.Address)
		}
		return fmt.Sprintf("write only the address (%s), without a name or brackets", a.Address)
	}
	return ""
}

// hostProblem says what is wrong with a server name or address, or "":
// it takes DNS names, short names, IPv4 and IPv6 (bracketed or not).
func hostProblem(h string) string {
	if strings.ContainsAny(h, " \t") {
		return fmt.Sprintf("%q contains spaces: write only the server name, e.g. mail.example.com", h)
	}
	if strings.Contains(h, "://") {
		return fmt.Sprintf("%q is a URL: write only the server name; the protocol goes in protocol and the port in port", h)
	}
	if name, port, err := net.SplitHostPort(h); err == nil {
		if _, perr := strconv.Atoi(port); perr == nil {
			return fmt.Sprintf("%q includes a port: set host = %q and port = %s", h, name, port)
		}
	}
	if inner, ok := strings.CutPrefix(h, "["); ok {
		inner, ok = strings.CutSuffix(inner, "]")
		if a, err := netip.ParseAddr(inner); ok && err == nil && a.Is6() {
			return ""
		}
		if a, err := netip.ParseAddr(inner); ok && err == nil {
			return fmt.Sprintf("%q: brackets are only for IPv6 addresses: write %s", h, a)
		}
		return fmt.Sprintf("%q is not an IPv6 address in brackets: write the address, e.g. [2001:db8::25], or the server's name", h)
	}
	if _, err := netip.ParseAddr(h); err == nil {
		return ""
	}
	if strings.Contains(h, ":") {
		return fmt.Sprintf("%q is not a valid IPv6 address or server name: write a name such as mail.example.com, or a full IPv6 address such as 2001:db8::25", h)
	}
	a, err := ASCIIName(h)
	if err != nil {
		return fmt.Sprintf("%q is not a valid internationalised name: check the spelling, or write its xn-- form", h)
	}
	return dnsNameProblem(a)
}

// dnsNameProblem checks a name by the DNS rules: at most 253 characters,
// labels of 1 to 63 letters, digits, hyphens (not first or last) and, as
// Go's resolver accepts, underscores.
func dnsNameProblem(h string) string {
	name := strings.TrimSuffix(h, ".")
	if strings.Trim(name, "0123456789.") == "" {
		return fmt.Sprintf("%q is not a valid IPv4 address: it needs four numbers from 0 to 255, e.g. 192.0.2.25, or write the server's name", h)
	}
	if len(name) > 253 {
		return fmt.Sprintf("%q is longer than the 253 characters a DNS name may have: check the name", h)
	}
	for _, label := range strings.Split(name, ".") {
		switch {
		case label == "":
			return fmt.Sprintf("%q has an empty part between dots: remove the extra dot", h)
		case len(label) > 63:
			return fmt.Sprintf("%q has a part longer than the 63 characters DNS allows between dots: check the name", h)
		case label[0] == '-' || label[len(label)-1] == '-':
			return fmt.Sprintf("%q has a part that starts or ends with a hyphen, which DNS does not allow: check the spelling", h)
		}
		for _, r := range label {
			switch {
			case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_':
			case r > 127:
				return fmt.Sprintf("%q has non-ASCII letters: write the name in its xn-- (punycode) form", h)
			default:
				return fmt.Sprintf("%q contains %q, which a server name cannot have", h, r)
			}
		}
	}
	return ""
}

// PasswordInClearAllowed tells whether a password may be sent to s over a
// connection without TLS: the admin opted in (allow_insecure_auth), or the
// host is this machine, where the password never reaches the network. It is
// the rule Validate applies, for the mailer to apply it the same way.
func PasswordInClearAllowed(s Server) bool {
	return s.AllowInsecureAuth || isLoopback(s.Host)
}

// isLoopback tells whether a host is this machine, where a password in
// clear never reaches the network.
func isLoopback(h string) bool {
	h = strings.TrimSuffix(strings.ToLower(h), ".")
	if h == "localhost" || strings.HasSuffix(h, ".localhost") {
		return true
	}
	h = strings.TrimSuffix(strings.TrimPrefix(h, "["), "]")
	a, err := netip.ParseAddr(h)
	return err == nil && a.Unmap().IsLoopback()
}

// isEnvName tells whether s can name an environment variable in a shell.
func isEnvName(s string) bool {
	for i, r := range s {
		switch {
		case r == '_', r >= 'A' && r <= 'Z', r >= 'a' && r <= 'z':
		case r >= '0' && r <= '9' && i > 0:
		default:
			return false
		}
	}
	return s != ""
}

// maxCAFile bounds how much of tls_ca_file is read: the system's whole
// bundle is a few hundred KiB.
const maxCAFile = 16 << 20

// caFileProblem reads a CA bundle and says what is wrong with it, or "".
// It reads only regular files, so a path such as /dev/zero or a FIFO
// cannot make validation hang.
func caFileProblem(path string) string {
	data, err := readRegularFile(path, maxCAFile)
	if err != nil {
		return fmt.Sprintf("cannot be read: %v", err)
	}
	certs := 0
	for {
		var block *pem.Block
		block, data = pem.Decode(data)
		if block == nil {
			break
		}
		if block.Type != "CERTIFICATE" {
			continue
		}
		if _, err := x509.ParseCertificate(block.Bytes); err != nil {
			return fmt.Sprintf("%s holds a certificate that does not parse: %v", path, err)
		}
		certs++
	}
	if certs == 0 {
		return fmt.Sprintf("%s holds no PEM certificate (-----BEGIN CERTIFICATE-----): point it at the CA's certificate in PEM form", path)
	}
	return ""
}

// readRegularFile reads at most limit bytes of a regular file.
func readRegularFile(path string, limit int64) ([]byte, error) {
	// Stat before opening: opening a FIFO for reading blocks.
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("%s is not a regular file", path)
	}
	if info.Size() > limit {
		return nil, fmt.Errorf("%s is larger than %d MiB", path, limit>>20)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, limit))
}

// CheckAddress applies the rule of the file's address settings (sender,
// test_recipient) to an address from elsewhere, such as a recipient given on
// the command line: a bare address, without a name or brackets, and without a
// line break or NUL, which could inject SMTP commands. The error says what is
// wrong and what to write.
func CheckAddress(addr string) error {
	if strings.ContainsAny(addr, "\r\n\x00") {
		return errors.New("contains a line break or NUL character, which could inject SMTP commands: remove it")
	}
	if msg := addressProblem(addr, false); msg != "" {
		return errors.New(msg)
	}
	return nil
}
