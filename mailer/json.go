package mailer

import (
	"encoding/json"
	"errors"
	"time"

	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/internal/termsafe"
)

// jsonStep is a Step as scripts read it.
type jsonStep struct {
	Name       StepName `json:"name"`
	Title      string   `json:"title"`
	Status     Status   `json:"status"`
	DurationMS float64  `json:"duration_ms"`
	Detail     string   `json:"detail,omitempty"`
	Error      string   `json:"error,omitempty"`
}

type jsonTLS struct {
	Version           string    `json:"version,omitempty"`
	CipherSuite       string    `json:"cipher_suite,omitempty"`
	Subject           string    `json:"subject,omitempty"`
	Issuer            string    `json:"issuer,omitempty"`
	DNSNames          []string  `json:"dns_names,omitempty"`
	IPAddresses       []string  `json:"ip_addresses,omitempty"`
	NotBefore         time.Time `json:"not_before,omitzero"`
	NotAfter          time.Time `json:"not_after,omitzero"`
	FingerprintSHA256 string    `json:"fingerprint_sha256,omitempty"`
	Verified          bool      `json:"verified"`
}

type jsonResult struct {
	OK           bool       `json:"ok"`
	Steps        []jsonStep `json:"steps"`
	TLS          *jsonTLS   `json:"tls,omitempty"`
	Mechanism    string     `json:"mechanism,omitempty"`
	Reply        string     `json:"reply,omitempty"`
	Warnings     []string   `json:"warnings"`
	Error        string     `json:"error,omitempty"`
	Hint         string     `json:"hint,omitempty"`
	Kind         Kind       `json:"kind,omitempty"`
	Step         StepName   `json:"failed_step,omitempty"`
	Code         int        `json:"code,omitempty"`
	EnhancedCode string     `json:"enhanced_code,omitempty"`
}

// MarshalJSON gives the result in the language of the conversation (see
// Failure): its message, hint, titles, details and warnings; names, kinds
// and statuses are the same in every language. It gives the result in the shape smtpconf's --json output
// documents: {"ok", "steps": [{"name","title","status","duration_ms",
// "detail","error"}], "tls", "mechanism", "reply", "warnings", "error",
// "hint"} plus the error's kind, step and codes. It has a value receiver
// so that a Result inside another struct, or passed by value, keeps this
// shape rather than Go's field names.
func (r Result) MarshalJSON() ([]byte, error) {
	out := jsonResult{OK: r.OK, Steps: []jsonStep{}, Mechanism: r.Mechanism, Reply: r.Reply, Warnings: r.Warnings, Hint: r.Hint}
	if out.Warnings == nil {
		out.Warnings = []string{}
	}
	for _, s := range r.Steps {
		js := jsonStep{Name: s.Name, Title: s.Title, Status: s.Status, DurationMS: float64(s.Duration.Microseconds()) / 1000, Detail: s.Detail}
		if s.Err != nil {
			js.Error = i18n.Text(s.Err, r.lang)
		}
		out.Steps = append(out.Steps, js)
	}
	if t := r.TLS; t != nil {
		out.TLS = &jsonTLS{t.Version, t.CipherSuite, t.Subject, t.Issuer, t.DNSNames, t.IPAddresses, t.NotBefore, t.NotAfter, t.FingerprintSHA256, t.Verified}
	}
	if r.Err != nil {
		out.Error, out.Hint = r.Failure()
		var e *Error
		if errors.As(r.Err, &e) {
			out.Kind, out.Step, out.Code, out.EnhancedCode = e.Kind, e.Step, e.Code, e.EnhancedCode
		}
	}
	b, err := json.Marshal(out)
	// encoding/json leaves C1 and DEL raw: a script printing the JSON
	// would pass them to a terminal.
	return termsafe.JSON(b), err
}
