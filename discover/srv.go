package discover

import (
	"context"
	"fmt"
	"strings"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// maxRecords bounds how many SRV or MX records are followed.
const maxRecords = 5

// srv asks for _SERVICE._tcp.DOMAIN (RFC 6186: submission, STARTTLS on
// its port; RFC 8314: submissions, TLS from the first byte).
func (d *discovery) srv(ctx context.Context, service string, sec Security) stepResult {
	name := "_" + service + "._tcp." + d.domain
	title := "SRV " + name
	d.start(StepSRV, title)
	var r stepResult
	_, records, err := d.net.resolver.LookupSRV(ctx, service, "tcp", d.domain)
	switch {
	case len(records) == 0 && isNotFound(err):
		d.end(&r, Event{Step: StepSRV, Title: title, Status: StatusNothing, Detail: d.o.Lang.T("discover_detail_no_record", nil)})
		return r
	case len(records) == 0 && err != nil:
		d.end(&r, Event{Step: StepSRV, Title: title, Status: StatusFailed, Detail: i18n.Text(err, d.o.Lang)})
		return r
	case len(records) == 1 && records[0].Target == ".":
		// RFC 6186 section 3.4: the service is decidedly not offered.
		d.end(&r, Event{Step: StepSRV, Title: title, Status: StatusNothing, Detail: d.o.Lang.T("discover_detail_srv_none", nil)})
		return r
	}
	var found, bad []string
	for _, rec := range records[:min(len(records), maxRecords)] {
		host, herr := Host(rec.Target)
		if herr != nil || rec.Port == 0 || rec.Target == "." {
			bad = append(bad, fmt.Sprintf("%s:%d", rec.Target, rec.Port))
			continue
		}
		r.found = append(r.found, Candidate{Host: host, Port: int(rec.Port), Security: sec, Source: SourceSRV,
			From: d.o.Lang.T("discover_from_srv", i18n.D{"Name": name}), Username: d.address})
		found = append(found, fmt.Sprintf("%s:%d", host, rec.Port))
	}
	ev := Event{Step: StepSRV, Title: title, Status: StatusFound, Detail: strings.Join(found, ", ")}
	if len(found) == 0 {
		ev.Status = StatusRefused
	}
	if len(bad) > 0 {
		ignored := d.o.Lang.T("discover_detail_srv_ignored", i18n.D{"Records": strings.Join(bad, ", ")})
		ev.Detail = strings.TrimPrefix(ev.Detail+"; "+ignored, "; ")
	}
	d.end(&r, ev)
	return r
}
