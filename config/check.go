package config

import (
	"crypto/x509"
	"encoding/pem"
	"io"
	"net"
	"net/mail"
	"net/netip"
	"os"
	"strconv"
	"strings"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// addressProblem says what is wrong with an e-mail address setting, or nil.
// The value must be the bare address: a display name would let the file
// claim to be "Bank" <x@y>, and the name has its own key.
func addressProblem(v string, isSender bool) *i18n.Error {
	if strings.TrimSpace(v) != v {
		return i18n.Errorf("config_address_spaces", i18n.D{"Value": i18n.Quoted(v)})
	}
	a, err := mail.ParseAddress(v)
	if err != nil {
		return i18n.Errorf("config_address_invalid", i18n.D{"Value": i18n.Quoted(v)})
	}
	if canonical := strings.Trim((&mail.Address{Address: a.Address}).String(), "<>"); a.Name != "" || (a.Address != v && canonical != v) {
		if isSender && a.Name != "" {
			return i18n.Errorf("config_address_sender_name", i18n.D{"Address": a.Address})
		}
		return i18n.Errorf("config_address_only", i18n.D{"Address": a.Address})
	}
	return nil
}

// hostProblem says what is wrong with a server name or address, or nil:
// it takes DNS names, short names, IPv4 and IPv6 (bracketed or not).
func hostProblem(h string) *i18n.Error {
	q := i18n.Quoted(h)
	if strings.ContainsAny(h, " \t") {
		return i18n.Errorf("config_host_spaces", i18n.D{"Value": q})
	}
	if strings.Contains(h, "://") {
		return i18n.Errorf("config_host_url", i18n.D{"Value": q})
	}
	if name, port, err := net.SplitHostPort(h); err == nil {
		if _, perr := strconv.Atoi(port); perr == nil {
			return i18n.Errorf("config_host_port", i18n.D{"Value": q, "Host": i18n.Quoted(name), "Port": port})
		}
	}
	if inner, ok := strings.CutPrefix(h, "["); ok {
		inner, ok = strings.CutSuffix(inner, "]")
		if a, err := netip.ParseAddr(inner); ok && err == nil && a.Is6() {
			return nil
		}
		if a, err := netip.ParseAddr(inner); ok && err == nil {
			return i18n.Errorf("config_host_brackets_ipv4", i18n.D{"Value": q, "Address": a.String()})
		}
		return i18n.Errorf("config_host_brackets_invalid", i18n.D{"Value": q})
	}
	if _, err := netip.ParseAddr(h); err == nil {
		return nil
	}
	if strings.Contains(h, ":") {
		return i18n.Errorf("config_host_ipv6_invalid", i18n.D{"Value": q})
	}
	a, err := ASCIIName(h)
	if err != nil {
		return i18n.Errorf("config_host_idna_invalid", i18n.D{"Value": q})
	}
	return dnsNameProblem(a)
}

// dnsNameProblem checks a name by the DNS rules: at most 253 characters,
// labels of 1 to 63 letters, digits, hyphens (not first or last) and, as
// Go's resolver accepts, underscores.
func dnsNameProblem(h string) *i18n.Error {
	name := strings.TrimSuffix(h, ".")
	q := i18n.Quoted(h)
	if strings.Trim(name, "0123456789.") == "" {
		return i18n.Errorf("config_dns_ipv4_invalid", i18n.D{"Value": q})
	}
	if len(name) > 253 {
		return i18n.Errorf("config_dns_too_long", i18n.D{"Value": q})
	}
	for _, label := range strings.Split(name, ".") {
		switch {
		case label == "":
			return i18n.Errorf("config_dns_empty_label", i18n.D{"Value": q})
		case len(label) > 63:
			return i18n.Errorf("config_dns_label_too_long", i18n.D{"Value": q})
		case label[0] == '-' || label[len(label)-1] == '-':
			return i18n.Errorf("config_dns_hyphen", i18n.D{"Value": q})
		}
		for _, r := range label {
			switch {
			case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_':
			case r > 127:
				return i18n.Errorf("config_dns_non_ascii", i18n.D{"Value": q})
			default:
				return i18n.Errorf("config_dns_bad_char", i18n.D{"Value": q, "Char": strconv.QuoteRune(r)})
			}
		}
	}
	return nil
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

// caFileProblem reads a CA bundle and says what is wrong with it, or nil.
// It reads only regular files, so a path such as /dev/zero or a FIFO
// cannot make validation hang.
func caFileProblem(path string) *i18n.Error {
	data, err := readRegularFile(path, maxCAFile)
	if err != nil {
		return i18n.Wrap("config_ca_file_unreadable", nil, err)
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
			return i18n.Wrap("config_ca_file_bad_cert", i18n.D{"Path": path}, err)
		}
		certs++
	}
	if certs == 0 {
		return i18n.Errorf("config_ca_file_no_cert", i18n.D{"Path": path})
	}
	return nil
}

// readRegularFile reads at most limit bytes of a regular file.
func readRegularFile(path string, limit int64) ([]byte, error) {
	// Stat before opening: opening a FIFO for reading blocks.
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, i18n.Errorf("config_file_not_regular", i18n.D{"Path": path})
	}
	if info.Size() > limit {
		return nil, i18n.Errorf("config_file_too_large", i18n.D{"Path": path, "MiB": limit >> 20})
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
//
// The error is an *i18n.Error: i18n.Text renders it in a language.
func CheckAddress(addr string) error {
	if strings.ContainsAny(addr, "\r\n\x00") {
		return i18n.Errorf("config_address_line_break", nil)
	}
	if m := addressProblem(addr, false); m != nil {
		return m
	}
	return nil
}
