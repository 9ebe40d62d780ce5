package discover

import (
	"context"
	"strings"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// mx looks the MX records up: a provider in the table names its
// submission servers; the MX host itself may be guessed later.
func (d *discovery) mx(ctx context.Context) stepResult {
	title := "MX " + d.domain
	d.start(StepMX, title)
	var r stepResult
	records, err := d.net.resolver.LookupMX(ctx, d.domain)
	switch {
	case len(records) == 0 && (err == nil || isNotFound(err)):
		d.end(&r, Event{Step: StepMX, Title: title, Status: StatusNothing, Detail: d.o.Lang.T("discover_detail_no_mx", nil)})
		return r
	case len(records) == 0:
		d.end(&r, Event{Step: StepMX, Title: title, Status: StatusFailed, Detail: i18n.Text(err, d.o.Lang)})
		return r
	case len(records) == 1 && records[0].Host == ".":
		d.end(&r, Event{Step: StepMX, Title: title, Status: StatusRefused,
			Detail: d.o.Lang.T("discover_detail_null_mx", i18n.D{"Domain": d.domain})})
		return r
	}
	table, err := providers()
	if err != nil {
		d.end(&r, Event{Step: StepMX, Title: title, Status: StatusFailed, Detail: err.Error()})
		return r
	}
	var named []string
	for _, rec := range records[:min(len(records), maxRecords)] {
		host, herr := Host(rec.Host)
		if herr != nil {
			continue
		}
		r.mxHosts = append(r.mxHosts, host)
		named = append(named, host)
		if len(r.found) > 0 {
			continue // one provider is enough
		}
		p, servers, ok := providerFor(table, host)
		if !ok {
			continue
		}
		var notes []string
		for _, id := range p.Notes {
			notes = append(notes, d.o.Lang.T(id, nil))
		}
		for _, s := range servers {
			r.found = append(r.found, Candidate{Host: s.Host, Port: s.Port, Security: s.Security, Source: SourceProvider,
				From: d.o.Lang.T("discover_from_mx", i18n.D{"Domain": d.domain, "Provider": p.Name}), Provider: p.Name, Notes: notes, Username: d.fill(p.Username)})
		}
		named[len(named)-1] += " (" + p.Name + ")"
	}
	ev := Event{Step: StepMX, Title: title, Status: StatusFound, Detail: strings.Join(named, ", ")}
	if len(r.found) == 0 {
		ev.Detail = d.o.Lang.T("discover_detail_mx_unknown", i18n.D{"Hosts": ev.Detail})
	}
	d.end(&r, ev)
	return r
}

// fill puts the address into a username template (Mozilla's placeholders);
// a template with others it does not know gives no username.
func (d *discovery) fill(template string) string {
	local, _, _ := strings.Cut(d.address, "@")
	s := strings.NewReplacer("%EMAILADDRESS%", d.address, "%EMAILLOCALPART%", local, "%EMAILDOMAIN%", d.domain).Replace(template)
	if strings.Contains(s, "%") {
		return ""
	}
	return s
}
