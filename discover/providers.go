package discover

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"strings"
)

// providersJSON is the provider table: which MX hosts belong to which mail
// provider, and the submission servers that provider documents. Facts,
// kept in one data file; TestProviderTable has a case for every entry.
//
//go:embed providers.json
var providersJSON []byte

// provider is one entry of the table.
type provider struct {
	Name     string           `json:"name"`
	MX       []string         `json:"mx"`
	Servers  []providerServer `json:"servers"`
	Username string           `json:"username"`
	// Notes are message IDs of the discover catalog (discover_note_*),
	// worded in the discovery's language: the one table of IDs the code
	// does not name literally, so TestProviderNotesAreInTheCatalog checks them.
	Notes []string `json:"notes"`
}

type providerServer struct {
	Host     string   `json:"host"`
	Port     int      `json:"port"`
	Security Security `json:"security"`
}

// providers reads the table. It is parsed when a discovery needs it, not
// at package init; a table that does not parse is a build mistake that
// TestProviderTable catches.
func providers() ([]provider, error) {
	var table struct {
		Providers []provider `json:"providers"`
	}
	if err := json.Unmarshal(providersJSON, &table); err != nil {
		return nil, fmt.Errorf("the provider table does not parse: %w", err)
	}
	return table.Providers, nil
}

// providerFor finds the provider whose MX patterns match an MX host, and
// the submission candidates it documents for it.
func providerFor(table []provider, mx string) (provider, []providerServer, bool) {
	mx = strings.ToLower(strings.TrimSuffix(mx, "."))
	for _, p := range table {
		for _, pattern := range p.MX {
			captured, ok := matchHost(pattern, mx)
			if !ok {
				continue
			}
			servers := make([]providerServer, 0, len(p.Servers))
			for _, s := range p.Servers {
				host := strings.ReplaceAll(s.Host, "{mx}", mx)
				if captured != "" {
					host = strings.ReplaceAll(host, "{1}", captured)
				}
				s.Host = host
				servers = append(servers, s)
			}
			return p, servers, true
		}
	}
	return provider{}, nil, false
}

// matchHost matches a host against a pattern, label by label from the
// right: a leading "*" matches one or more labels, an inner "*" exactly
// one, which is returned (the region of inbound-smtp.*.amazonaws.com).
func matchHost(pattern, host string) (captured string, ok bool) {
	pl := strings.Split(pattern, ".")
	hl := strings.Split(host, ".")
	leadingStar := pl[0] == "*"
	if leadingStar {
		pl = pl[1:]
		if len(hl) <= len(pl) {
			return "", false
		}
	} else if len(hl) != len(pl) {
		return "", false
	}
	hl = hl[len(hl)-len(pl):]
	for i, label := range pl {
		switch {
		case label == "*":
			captured = hl[i]
		case label != hl[i]:
			return "", false
		}
	}
	return captured, true
}
