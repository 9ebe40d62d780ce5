package discover

import (
	"net/netip"
	"strings"

	"golang.org/x/net/idna"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
)

// lookupProfile is IDNA 2008 as a resolver wants names: lower case, in
// A-label form (xn--...), each label checked. It is built per call: the
// package keeps no state.
func lookupProfile() *idna.Profile {
	return idna.New(idna.MapForLookup(), idna.BidiRule(), idna.StrictDomainName(true), idna.ValidateLabels(true), idna.VerifyDNSLength(true))
}

// Host returns a host name as the network wants it: an IP address as it
// is, a name in lower-case A-label (xn--) form without a trailing dot. It
// fails with what is wrong, for a name no resolver could look up.
func Host(name string) (string, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return "", i18n.Errorf("discover_err_no_host", nil)
	}
	bare := strings.TrimSuffix(strings.TrimPrefix(name, "["), "]")
	if _, err := netip.ParseAddr(bare); err == nil {
		return bare, nil
	}
	ascii, err := lookupProfile().ToASCII(strings.TrimSuffix(name, "."))
	if err != nil {
		return "", i18n.Wrap("discover_err_bad_host", i18n.D{"Name": i18n.Quoted(name)}, err)
	}
	if !strings.Contains(ascii, ".") && ascii != "localhost" {
		return "", i18n.Errorf("discover_err_short_host", i18n.D{"Name": i18n.Quoted(name)})
	}
	return ascii, nil
}

// Domain is the domain of a sender address, as DNS wants it (A-labels),
// with the address checked by config's rule for sender addresses.
func Domain(address string) (string, error) {
	if err := config.CheckAddress(address); err != nil {
		return "", i18n.Wrap("discover_err_address", i18n.D{"Address": i18n.Quoted(address)}, err)
	}
	at := strings.LastIndexByte(address, '@')
	if at < 0 {
		return "", i18n.Errorf("discover_err_no_domain", i18n.D{"Address": i18n.Quoted(address)})
	}
	d, err := Host(address[at+1:])
	if err != nil {
		return "", i18n.Wrap("discover_err_domain", i18n.D{"Address": i18n.Quoted(address)}, err)
	}
	if _, err := netip.ParseAddr(d); err == nil {
		return "", i18n.Errorf("discover_err_ip_domain", i18n.D{"Address": i18n.Quoted(address)})
	}
	if !strings.Contains(d, ".") {
		return "", i18n.Errorf("discover_err_short_domain", i18n.D{"Address": i18n.Quoted(address)})
	}
	return d, nil
}
