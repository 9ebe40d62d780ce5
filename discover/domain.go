package discover

import (
	"fmt"
	"net/netip"
	"strings"

	"golang.org/x/net/idna"

	"github.com/smtpconf/smtpconf/config"
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
		return "", fmt.Errorf("no host name given")
	}
	bare := strings.TrimSuffix(strings.TrimPrefix(name, "["), "]")
	if _, err := netip.ParseAddr(bare); err == nil {
		return bare, nil
	}
	ascii, err := lookupProfile().ToASCII(strings.TrimSuffix(name, "."))
	if err != nil {
		return "", fmt.Errorf("%q is not a valid host name: %w", name, err)
	}
	if !strings.Contains(ascii, ".") && ascii != "localhost" {
		return "", fmt.Errorf("%q is not a full host name: give the name with its domain (smtp.example.com)", name)
	}
	return ascii, nil
}

// Domain is the domain of a sender address, as DNS wants it (A-labels),
// with the address checked by config's rule for sender addresses.
func Domain(address string) (string, error) {
	if err := config.CheckAddress(address); err != nil {
		return "", fmt.Errorf("%q: %w", address, err)
	}
	at := strings.LastIndexByte(address, '@')
	if at < 0 {
		return "", fmt.Errorf("%q has no @domain: give the address mail will come from (noreply@example.com)", address)
	}
	d, err := Host(address[at+1:])
	if err != nil {
		return "", fmt.Errorf("the domain of %q: %w", address, err)
	}
	if _, err := netip.ParseAddr(d); err == nil {
		return "", fmt.Errorf("%q ends in an IP address, which has no DNS records to discover the server from", address)
	}
	if !strings.Contains(d, ".") {
		return "", fmt.Errorf("the domain of %q is not a full host name: give an address at a public domain (noreply@example.com)", address)
	}
	return d, nil
}
