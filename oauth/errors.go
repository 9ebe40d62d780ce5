package oauth

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"golang.org/x/oauth2"

	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/internal/termsafe"
)

// Error is a failure to get a token: what the provider said (its RFC 6749
// error code and description) or why it could not be asked. It never holds
// a token, a secret or a refresh token.
type Error struct {
	Provider, Flow string
	// Code is the provider's error code: invalid_client, invalid_grant,
	// expired_token...; empty when the provider was not reached.
	Code string
	// Description is the provider's explanation, shortened to its first
	// sentence block (Microsoft appends trace and correlation ids).
	Description string
	// AADSTS is Microsoft Entra's error number ("AADSTS7000215") when the
	// description has one.
	AADSTS string
	// Status is the HTTP status of the refusal, 0 when there was none.
	Status int
	Err    error
}

// Sentinel errors a caller can test for with errors.Is.
var (
	// ErrNotSignedIn: the device_code flow has no refresh token yet.
	ErrNotSignedIn error = i18n.Errorf("oauth_err_not_signed_in", nil)
	// ErrDeviceCodeExpired: nobody entered the code before it expired.
	ErrDeviceCodeExpired error = i18n.Errorf("oauth_err_device_code_expired", nil)
	// ErrDeviceCodeDeclined: the user declined the sign-in.
	ErrDeviceCodeDeclined error = i18n.Errorf("oauth_err_declined", nil)
	// ErrNoRefreshToken: the sign-in brought no refresh token to keep.
	ErrNoRefreshToken error = i18n.Errorf("oauth_err_no_refresh_token", nil)
)

func (e *Error) Error() string { return e.In(i18n.English) }

// In is the error in language l: the provider's code and description as
// it sent them, our words about the cause in l.
func (e *Error) In(l i18n.Lang) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s, %s", e.Provider, e.Flow)
	switch {
	case e.Code != "" && e.Description != "":
		fmt.Fprintf(&b, ": %s: %s", e.Code, e.Description)
	case e.Code != "":
		fmt.Fprintf(&b, ": %s", e.Code)
	case e.Err != nil:
		fmt.Fprintf(&b, ": %s", i18n.Text(e.Err, l))
	}
	return b.String()
}

func (e *Error) Unwrap() error { return e.Err }

// maxDescription bounds how much of a provider's description is kept.
const maxDescription = 400

// aadsts finds Microsoft Entra's error number in a description.
func aadsts(d string) string {
	i := strings.Index(d, "AADSTS")
	if i < 0 {
		return ""
	}
	end := i + len("AADSTS")
	for end < len(d) && d[end] >= '0' && d[end] <= '9' {
		end++
	}
	if end == i+len("AADSTS") {
		return ""
	}
	return d[i:end]
}

// explain turns a failure of golang.org/x/oauth2 into an *Error, keeping
// the provider's words but not its response body, which may echo what was
// sent.
func (s *Source) explain(err error) error {
	e := &Error{Provider: s.set.OAuth2Provider, Flow: s.set.OAuth2Flow, Err: err}
	var re *oauth2.RetrieveError
	if errors.As(err, &re) {
		code, desc := re.ErrorCode, re.ErrorDescription
		if code == "" {
			// golang.org/x/oauth2/jwt leaves the RFC 6749 error body
			// unparsed.
			var body struct {
				Error       string `json:"error"`
				Description string `json:"error_description"`
			}
			if json.Unmarshal(re.Body, &body) == nil {
				code, desc = body.Error, body.Description
			}
		}
		e.Code = termsafe.String(code)
		e.Description = shorten(desc)
		if re.Response != nil {
			e.Status = re.Response.StatusCode
		}
		e.AADSTS = aadsts(e.Description)
		if e.Code == "" {
			e.Code = fmt.Sprintf("HTTP %d", e.Status)
		}
		switch e.Code {
		case "expired_token", "code_expired":
			e.Err = ErrDeviceCodeExpired
		case "access_denied", "authorization_declined":
			e.Err = ErrDeviceCodeDeclined
		default:
			e.Err = errors.New(e.Code)
		}
	}
	return s.scrub(e)
}

// shorten keeps a description's first lines, before Microsoft's "Trace
// ID: ..." block, made safe to print.
func shorten(d string) string {
	if i := strings.Index(d, " Trace ID:"); i > 0 {
		d = d[:i]
	}
	d = strings.Join(strings.Fields(d), " ")
	if len(d) > maxDescription {
		d = strings.ToValidUTF8(d[:maxDescription], "") + "…"
	}
	return termsafe.String(d)
}

// scrub makes sure none of the secrets this Source knows is in the error,
// whatever a provider echoed.
func (s *Source) scrub(e *Error) error {
	for _, sec := range []string{s.set.ClientSecret, s.set.RefreshToken, s.refresh} {
		if sec == "" {
			continue
		}
		e.Description = strings.ReplaceAll(e.Description, sec, "<redacted>")
		if e.Err != nil && strings.Contains(e.Err.Error(), sec) {
			e.Err = errors.New(strings.ReplaceAll(e.Err.Error(), sec, "<redacted>"))
		}
	}
	return e
}
