package discover

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/internal/termsafe"
	"github.com/smtpconf/smtpconf/mailer"
)

// Discover finds and probes the outgoing-mail server for a sender address.
// The error is for an address it cannot work with; everything a lookup or
// a probe finds, or fails to find, is in the Result's Trace.
func Discover(ctx context.Context, address string, o Options) (*Result, error) {
	domain, err := Domain(address)
	if err != nil {
		return nil, err
	}
	if o.Timeout <= 0 {
		o.Timeout = config.DefaultTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, o.Timeout)
	defer cancel()
	d := &discovery{o: o, address: address, domain: domain, net: newNetwork(o)}
	res := &Result{Address: address, Domain: domain}
	res.Candidates = d.gather(ctx)
	res.Probed = d.probeAll(ctx, res.Candidates)
	for _, p := range res.Probed {
		if p.Report.Proposal != nil {
			res.Found = append(res.Found, p)
		}
	}
	// Stable: equal grade and source keep the order asked.
	slices.SortStableFunc(res.Found, func(a, b Probed) int {
		return cmp.Or(cmp.Compare(b.Report.Grade, a.Report.Grade), cmp.Compare(a.Source.rank(), b.Source.rank()))
	})
	res.Trace = d.trace
	return res, nil
}

// discovery is one run of Discover.
type discovery struct {
	o       Options
	address string
	domain  string
	net     *network

	mu    sync.Mutex // serialises Options.Trace calls from the concurrent steps
	trace []Event    // the final events in step order, written by Discover's goroutine only
}

// report hands an event, already made safe, to Options.Trace, one at a time.
func (d *discovery) report(ev Event) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.o.Trace != nil {
		d.o.Trace(ev)
	}
}

// stepResult is what a lookup step found: its final events and
// candidates, kept in the step's slot so the trace reads in the order the
// steps are asked, whichever ran faster.
type stepResult struct {
	events  []Event
	found   []Candidate
	mxHosts []string // the MX step's hosts, for guessing
}

// start reports a step as running.
func (d *discovery) start(step Step, title string) {
	d.report(Event{Step: step, Title: title, Status: StatusRunning})
}

// end reports how a step ended and keeps the event for the trace.
func (d *discovery) end(r *stepResult, ev Event) {
	ev.Detail = termsafe.String(ev.Detail)
	r.events = append(r.events, ev)
	d.report(ev)
}

// gather asks every source at once, bounded by half the timeout so the
// probes keep the other half, and lists the candidates in source order.
func (d *discovery) gather(ctx context.Context) []Candidate {
	ctx, cancel := context.WithTimeout(ctx, d.o.Timeout/2)
	defer cancel()
	lookups := []func(context.Context) stepResult{
		func(ctx context.Context) stepResult { return d.srv(ctx, "submissions", SecurityTLS) },
		func(ctx context.Context) stepResult { return d.srv(ctx, "submission", SecurityStartTLS) },
		func(ctx context.Context) stepResult { return d.autoconfig(ctx, d.autoconfigURL()) },
		func(ctx context.Context) stepResult { return d.autoconfig(ctx, d.wellKnownURL()) },
		d.mx,
	}
	results := make([]stepResult, len(lookups))
	var wg sync.WaitGroup
	for i, lookup := range lookups {
		wg.Go(func() { results[i] = lookup(ctx) })
	}
	wg.Wait()
	var out []Candidate
	for _, r := range results {
		d.trace = append(d.trace, r.events...)
		out = append(out, r.found...)
	}
	guesses := d.guesses(out, results[len(results)-1])
	d.trace = append(d.trace, guesses.events...)
	return append(out, guesses.found...)
}

// guesses are smtp.DOMAIN and mail.DOMAIN, and the MX host when no
// provider is known for it (a provider's MX host takes mail for its
// customers, not mail from them), each unless a source already named it.
func (d *discovery) guesses(named []Candidate, mx stepResult) stepResult {
	d.start(StepGuess, d.o.Lang.T("discover_title_guesses", nil))
	var r stepResult
	hosts := []string{"smtp." + d.domain, "mail." + d.domain}
	if !slices.ContainsFunc(named, func(c Candidate) bool { return c.Source == SourceProvider }) {
		hosts = append(hosts, mx.mxHosts[:min(len(mx.mxHosts), 1)]...)
	}
	var added []string
	for _, h := range hosts {
		if slices.ContainsFunc(named, func(c Candidate) bool { return c.Host == h }) || slices.Contains(added, h) {
			continue
		}
		added = append(added, h)
		from := d.o.Lang.T("discover_from_guess", i18n.D{"Domain": d.domain})
		if !strings.HasSuffix(h, "."+d.domain) {
			from = d.o.Lang.T("discover_from_guess_mx", i18n.D{"Domain": d.domain})
		}
		r.found = append(r.found, Candidate{Host: h, Source: SourceGuess, From: from, Username: d.address})
	}
	d.end(&r, Event{Step: StepGuess, Title: d.o.Lang.T("discover_title_guesses", nil), Status: StatusFound, Detail: strings.Join(added, ", ")})
	return r
}

// probeAll probes every candidate host at once, each once with the ports
// its candidates name, with what is left of the timeout.
func (d *discovery) probeAll(ctx context.Context, cands []Candidate) []Probed {
	var probed []Probed
	for _, c := range cands {
		i := slices.IndexFunc(probed, func(p Probed) bool { return p.Host == c.Host })
		if i < 0 {
			probed = append(probed, Probed{Candidate: c, Sources: []Candidate{c}, lang: d.o.Lang})
			continue
		}
		probed[i].Sources = append(probed[i].Sources, c)
		if probed[i].Username == "" {
			probed[i].Username = c.Username
		}
	}
	var wg sync.WaitGroup
	for i := range probed {
		wg.Go(func() { d.probe(ctx, &probed[i]) })
	}
	wg.Wait()
	for _, p := range probed {
		d.trace = append(d.trace, p.event())
	}
	return probed
}

func (d *discovery) probe(ctx context.Context, p *Probed) {
	d.start(StepProbe, p.title())
	var also []int
	for _, c := range p.Sources {
		if c.Port != 0 {
			also = append(also, c.Port)
		}
	}
	rep := &mailer.ProbeReport{Host: p.Host}
	if err := d.net.check(ctx, p.Host); err != nil {
		rep.Reason = i18n.Text(err, d.o.Lang)
		if isRefused(err) {
			p.Refused = rep.Reason
		}
	} else {
		// Discover set the deadline: the probe gets what is left of it.
		dl, _ := ctx.Deadline()
		rep = mailer.ProbeWith(ctx, p.Host, mailer.ProbeOptions{Timeout: max(time.Until(dl), time.Millisecond), Also: also,
			TLSCAFile: d.o.TLSCAFile, Resolver: d.net.resolver, Dial: d.net.dial, LocalName: d.o.LocalName, Lang: d.o.Lang})
	}
	p.Report = rep
	d.report(p.event())
}

func (p Probed) title() string {
	return p.lang.T("discover_title_probe", i18n.D{"Host": p.Host, "From": p.From})
}

// event is a probe's final event.
func (p Probed) event() Event {
	ev := Event{Step: StepProbe, Title: p.title(), Status: StatusNothing, Detail: p.Report.Reason}
	switch {
	case p.Report.Proposal != nil:
		ev.Status = StatusFound
		s := p.Report.Proposal
		ev.Detail = p.lang.T("discover_detail_probe_found", i18n.D{"Port": s.Port, "Security": security(*s, p.lang), "Reason": p.Report.Reason})
	case p.Refused != "":
		ev.Status = StatusRefused
	}
	ev.Detail = termsafe.String(ev.Detail)
	return ev
}

// security names a proposal's protection.
func security(s config.Server, l i18n.Lang) string {
	switch {
	case s.Protocol == config.ProtocolSMTPS:
		return "TLS"
	case s.StartTLS:
		return "STARTTLS"
	default:
		return l.T("discover_plain_text", nil)
	}
}
