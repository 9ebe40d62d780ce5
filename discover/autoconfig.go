package discover

import (
	"bytes"
	"context"
	"crypto/tls"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

const (
	// maxAutoconfig bounds a config-v1.1.xml; real ones are a few KiB.
	maxAutoconfig = 64 << 10
	// maxRedirects bounds the redirects followed, each on the domain.
	maxRedirects = 3
	// maxOutgoing bounds the outgoingServer entries taken from one file.
	maxOutgoing = 8
)

func (d *discovery) autoconfigURL() string {
	return "https://autoconfig." + d.domain + "/mail/config-v1.1.xml?emailaddress=" + url.QueryEscape(d.address)
}

func (d *discovery) wellKnownURL() string {
	return "https://" + d.domain + "/.well-known/autoconfig/mail/config-v1.1.xml"
}

// autoconfig fetches a Mozilla autoconfig file and takes its SMTP
// outgoingServer entries.
func (d *discovery) autoconfig(ctx context.Context, u string) stepResult {
	where := strings.SplitN(u, "?", 2)[0]
	title := "Autoconfig " + where
	d.start(StepAutoconfig, title)
	var r stepResult
	body, err := d.fetch(ctx, u)
	var status *statusError
	switch {
	case errors.As(err, &status) && status.code == http.StatusNotFound:
		d.end(&r, Event{Step: StepAutoconfig, Title: title, Status: StatusNothing, Detail: d.o.Lang.T("discover_detail_no_file", nil)})
		return r
	case isNotFound(err):
		d.end(&r, Event{Step: StepAutoconfig, Title: title, Status: StatusNothing, Detail: i18n.Text(err, d.o.Lang)})
		return r
	case isRefused(err):
		d.end(&r, Event{Step: StepAutoconfig, Title: title, Status: StatusRefused, Detail: i18n.Text(err, d.o.Lang)})
		return r
	case err != nil:
		d.end(&r, Event{Step: StepAutoconfig, Title: title, Status: StatusFailed, Detail: i18n.Text(err, d.o.Lang)})
		return r
	}
	r.found, err = d.parseAutoconfig(body, where)
	switch {
	case err != nil:
		d.end(&r, Event{Step: StepAutoconfig, Title: title, Status: StatusRefused, Detail: i18n.Text(err, d.o.Lang)})
	case len(r.found) == 0:
		d.end(&r, Event{Step: StepAutoconfig, Title: title, Status: StatusNothing, Detail: d.o.Lang.T("discover_detail_no_outgoing", nil)})
	default:
		var names []string
		for _, c := range r.found {
			names = append(names, fmt.Sprintf("%s:%d %s", c.Host, c.Port, c.Security))
		}
		d.end(&r, Event{Step: StepAutoconfig, Title: title, Status: StatusFound, Detail: strings.Join(names, ", ")})
	}
	return r
}

// statusError is an HTTP answer other than 200.
type statusError struct{ code int }

func (e *statusError) Error() string { return fmt.Sprintf("HTTP status %d", e.code) }

// fetch GETs u over HTTPS only: redirects are followed at most
// maxRedirects times, and only to https:// on the domain itself or below
// it; the body is read up to maxAutoconfig, a larger one refused.
func (d *discovery) fetch(ctx context.Context, u string) ([]byte, error) {
	transport := &http.Transport{
		DialContext:            d.net.dial,
		TLSClientConfig:        &tls.Config{RootCAs: d.o.RootCAs, MinVersion: tls.VersionTLS12},
		DisableKeepAlives:      true,
		MaxResponseHeaderBytes: 16 << 10,
		// No proxy from the environment: the addresses reached are the
		// ones checked.
		Proxy: nil,
	}
	defer transport.CloseIdleConnections()
	client := &http.Client{Transport: transport, CheckRedirect: d.checkRedirect}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, i18n.Wrap("discover_err_autoconfig_url", nil, err)
	}
	req.Header.Set("User-Agent", "smtpconf")
	resp, err := client.Do(req)
	if err != nil {
		// The step's title names the URL; *url.Error would repeat it.
		var uerr *url.Error
		if errors.As(err, &uerr) {
			err = uerr.Err
		}
		return nil, err //nolint:wrapcheck // see above
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, &statusError{code: resp.StatusCode}
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxAutoconfig+1))
	if cerr := ctx.Err(); cerr != nil {
		// Cut short by the deadline: whether the read saw the cancelled
		// request or a clean end is a race; either way the file is incomplete.
		err = cerr
	}
	if err != nil {
		return nil, i18n.Wrap("discover_err_reading", i18n.D{"URL": resp.Request.URL.String()}, err)
	}
	if len(body) > maxAutoconfig {
		return nil, &refusedError{msg: i18n.Errorf("discover_refused_too_large", i18n.D{"KiB": maxAutoconfig >> 10})}
	}
	return body, nil
}

func (d *discovery) checkRedirect(req *http.Request, via []*http.Request) error {
	to := req.URL.Redacted()
	switch {
	case len(via) > maxRedirects:
		return &refusedError{msg: i18n.Errorf("discover_refused_redirects", i18n.D{"Max": maxRedirects})}
	case req.URL.Scheme != "https":
		return &refusedError{msg: i18n.Errorf("discover_refused_not_https", i18n.D{"URL": to})}
	case !onDomain(req.URL.Hostname(), d.domain):
		return &refusedError{msg: i18n.Errorf("discover_refused_other_domain", i18n.D{"URL": to, "Domain": d.domain})}
	}
	return nil
}

// onDomain tells whether host is domain or a name below it.
func onDomain(host, domain string) bool {
	host = strings.ToLower(strings.TrimSuffix(host, "."))
	return host == domain || strings.HasSuffix(host, "."+domain)
}

// clientConfig is the part of Mozilla's config-v1.1.xml smtpconf reads.
type clientConfig struct {
	XMLName   xml.Name `xml:"clientConfig"`
	Providers []struct {
		Outgoing []struct {
			Type           string   `xml:"type,attr"`
			Hostname       string   `xml:"hostname"`
			Port           int      `xml:"port"`
			SocketType     string   `xml:"socketType"`
			Username       string   `xml:"username"`
			Authentication []string `xml:"authentication"`
		} `xml:"outgoingServer"`
	} `xml:"emailProvider"`
}

// parseAutoconfig takes the SMTP outgoingServer entries. encoding/xml
// expands no entity a document defines (an entity-expansion bomb is an
// error, not a gigabyte) and the body is bounded before it gets here.
func (d *discovery) parseAutoconfig(body []byte, where string) ([]Candidate, error) {
	var cfg clientConfig
	if err := xml.NewDecoder(bytes.NewReader(body)).Decode(&cfg); err != nil {
		return nil, i18n.Wrap("discover_err_bad_xml", nil, err)
	}
	var out []Candidate
	for _, p := range cfg.Providers {
		for _, o := range p.Outgoing {
			if len(out) == maxOutgoing {
				return out, nil
			}
			if o.Type != "smtp" {
				continue
			}
			host, err := Host(d.fill(strings.TrimSpace(o.Hostname)))
			if err != nil || o.Port < 1 || o.Port > 65535 {
				continue
			}
			c := Candidate{Host: host, Port: o.Port, Security: socketType(o.SocketType), Source: SourceAutoconfig,
				From: d.o.Lang.T("discover_from_autoconfig", i18n.D{"URL": where}), Username: d.fill(strings.TrimSpace(o.Username))}
			if oauthOnly(o.Authentication) {
				c.Notes = append(c.Notes, d.o.Lang.T("discover_note_oauth_only", nil))
			}
			out = append(out, c)
		}
	}
	return out, nil
}

func socketType(s string) Security {
	switch strings.ToUpper(strings.TrimSpace(s)) {
	case "SSL", "TLS":
		return SecurityTLS
	case "STARTTLS":
		return SecurityStartTLS
	case "PLAIN":
		return SecurityPlain
	}
	return SecurityUnknown
}

func oauthOnly(methods []string) bool {
	if len(methods) == 0 {
		return false
	}
	for _, m := range methods {
		if !strings.EqualFold(strings.TrimSpace(m), "OAuth2") {
			return false
		}
	}
	return true
}
