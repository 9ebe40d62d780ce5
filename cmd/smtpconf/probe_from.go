package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/smtpconf/smtpconf/discover"
	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/internal/termsafe"
)

// runDiscovery is `probe --from`: the discovery's steps as they end, then
// the report of every host that answered, best first.
func runDiscovery(cmd *cobra.Command, g *globals, fl *probeFlags, ps probeSetup) error {
	out := cmd.OutOrStdout()
	o := discover.Options{Timeout: ps.timeout, Resolver: ps.resolver, AllowLoopback: fl.allowLoopback, Lang: g.lang}
	if !fl.json {
		_, _ = fmt.Fprintln(out, g.lang.T("cli_probe_looking", i18n.D{"Address": termsafe.String(fl.from)}))
		o.Trace = func(ev discover.Event) { printEvent(out, ev) }
	}
	res, err := discover.Discover(cmd.Context(), fl.from, o)
	if err != nil {
		// Domain already accepted the address; this is a bug's safety net.
		return usage(i18n.Wrap("cli_probe_from_invalid", nil, err))
	}
	cancelled := errors.Is(cmd.Context().Err(), context.Canceled)
	if fl.json {
		if err := writeJSON(out, discoveryJSON(res, cancelled, g.lang)); err != nil {
			return i18n.Wrap("cli_write_result_failed", nil, err)
		}
	} else {
		printFound(out, g, res)
		if cancelled {
			_, _ = fmt.Fprintln(out, g.lang.T("cli_cancelled", nil))
		}
	}
	if len(res.Found) == 0 || cancelled {
		return reported(exitFailed)
	}
	return nil
}

// printEvent prints a step of the discovery as it ends.
func printEvent(w io.Writer, ev discover.Event) {
	mark := map[discover.Status]string{
		discover.StatusFound: "✓", discover.StatusNothing: "-", discover.StatusFailed: "✗", discover.StatusRefused: "!",
	}[ev.Status]
	if mark == "" {
		return // running: the line comes when it ends
	}
	line := mark + " " + ev.Title
	if ev.Detail != "" {
		line += ": " + ev.Detail
	}
	_, _ = fmt.Fprintln(w, termsafe.String(line))
}

// printFound prints each host that answered, best first, with where it
// came from, what the admin must know, and its probe report.
func printFound(w io.Writer, g *globals, res *discover.Result) {
	if len(res.Found) == 0 {
		_, _ = fmt.Fprintln(w, "\n"+g.lang.T("cli_probe_nothing_found", i18n.D{"Domain": res.Domain}))
		return
	}
	for i, f := range res.Found {
		_, _ = fmt.Fprintf(w, "\n%d. %s\n", i+1, termsafe.String(f.Summary()))
		for _, n := range f.Notes {
			printMessage(w, "   "+g.lang.T("cli_line_note", i18n.D{"Text": termsafe.String(n)}))
		}
		s, _ := f.Settings(res.Address)
		rep := *f.Report
		rep.Proposal = &s
		printProbeReport(w, g, &rep)
	}
}

// discoveryJSONOut is `probe --from --json`, documented in docs/cli.md.
type discoveryJSONOut struct {
	Schema     int             `json:"schema"`
	OK         bool            `json:"ok"`
	Address    string          `json:"address"`
	Domain     string          `json:"domain"`
	Trace      []eventJSON     `json:"trace"`
	Candidates []candidateJSON `json:"candidates"`
	Found      []foundJSON     `json:"found"`
	Cancelled  bool            `json:"cancelled,omitempty"`
}

type eventJSON struct {
	Step   string `json:"step"`
	Title  string `json:"title"`
	Status string `json:"status"`
	Detail string `json:"detail"`
}

type candidateJSON struct {
	Host     string   `json:"host"`
	Port     int      `json:"port"`
	Security string   `json:"security"`
	Source   string   `json:"source"`
	From     string   `json:"from"`
	Provider string   `json:"provider"`
	Notes    []string `json:"notes"`
	Username string   `json:"username"`
}

// foundJSON is a host that answered: its probe report, and where it came
// from (the candidate's own port and security are the source's claim; the
// proposal is what answered).
type foundJSON struct {
	hostReportJSON
	Source   string   `json:"source"`
	From     string   `json:"from"`
	Provider string   `json:"provider"`
	Notes    []string `json:"notes"`
	Username string   `json:"username"`
}

func discoveryJSON(res *discover.Result, cancelled bool, l i18n.Lang) discoveryJSONOut {
	out := discoveryJSONOut{Schema: 1, OK: len(res.Found) > 0, Address: termsafe.String(res.Address), Domain: res.Domain,
		Trace: []eventJSON{}, Candidates: []candidateJSON{}, Found: []foundJSON{}, Cancelled: cancelled}
	for _, ev := range res.Trace {
		out.Trace = append(out.Trace, eventJSON{Step: string(ev.Step), Title: termsafe.String(ev.Title), Status: string(ev.Status), Detail: termsafe.String(ev.Detail)})
	}
	for _, c := range res.Candidates {
		out.Candidates = append(out.Candidates, candidateOf(c))
	}
	for _, f := range res.Found {
		s, _ := f.Settings(res.Address)
		rep := *f.Report
		rep.Proposal = &s
		c := candidateOf(f.Candidate)
		out.Found = append(out.Found, foundJSON{hostReportJSON: hostJSON(&rep, l), Source: c.Source, From: c.From,
			Provider: c.Provider, Notes: c.Notes, Username: c.Username})
	}
	return out
}

func candidateOf(c discover.Candidate) candidateJSON {
	return candidateJSON{Host: c.Host, Port: c.Port, Security: string(c.Security), Source: string(c.Source),
		From: termsafe.String(c.From), Provider: c.Provider, Notes: safeList(c.Notes), Username: termsafe.String(c.Username)}
}
