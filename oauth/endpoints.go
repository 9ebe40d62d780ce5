package oauth

import (
	"context"
	"net"
	"net/http"
	"net/url"
	"strings"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/clientcredentials"
	"golang.org/x/oauth2/jwt"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
)

// Providers' endpoints and the scopes SMTP needs.
const (
	microsoftAuthority = "https://login.microsoftonline.com"
	googleTokenURL     = "https://oauth2.googleapis.com/token"
	googleDeviceURL    = "https://oauth2.googleapis.com/device/code"

	// ScopeMicrosoftAppOnly is Exchange Online's scope for an app acting
	// as itself (client credentials): the app's SMTP.SendAsApp permission.
	ScopeMicrosoftAppOnly = "https://outlook.office365.com/.default"
	// ScopeMicrosoftDelegated is SMTP for a signed-in user; offline_access
	// brings the refresh token.
	ScopeMicrosoftDelegated = "https://outlook.office.com/SMTP.Send offline_access"
	// ScopeGoogle is the one scope Gmail's SMTP accepts.
	ScopeGoogle = "https://mail.google.com/"
)

// endpoints is where a provider's tokens come from.
type endpoints struct {
	token, device string
	style         oauth2.AuthStyle
}

// endpointsFor works out the endpoints: the settings' own, else the
// provider's (Microsoft's under the tenant).
func endpointsFor(o config.OAuth2, authority string) (endpoints, error) {
	var e endpoints
	switch o.OAuth2Provider {
	case config.ProviderMicrosoft:
		if authority == "" {
			authority = microsoftAuthority
		}
		base := strings.TrimSuffix(authority, "/") + "/" + url.PathEscape(o.OAuth2Tenant) + "/oauth2/v2.0/"
		e = endpoints{token: base + "token", device: base + "devicecode", style: oauth2.AuthStyleInParams}
	case config.ProviderGoogle:
		e = endpoints{token: googleTokenURL, device: googleDeviceURL, style: oauth2.AuthStyleInParams}
	case config.ProviderCustom:
	default:
		return e, i18n.Errorf("oauth_err_bad_provider", i18n.D{"Provider": i18n.Quoted(o.OAuth2Provider)})
	}
	if o.OAuth2TokenURL != "" {
		e.token = o.OAuth2TokenURL
	}
	if o.OAuth2DeviceURL != "" {
		e.device = o.OAuth2DeviceURL
	}
	return e, nil
}

// defaultScopes are what a provider wants for SMTP by the flow.
func defaultScopes(provider, flow string) []string {
	switch {
	case provider == config.ProviderMicrosoft && flow == config.FlowClientCredentials:
		return []string{ScopeMicrosoftAppOnly}
	case provider == config.ProviderMicrosoft:
		return strings.Fields(ScopeMicrosoftDelegated)
	case provider == config.ProviderGoogle:
		return []string{ScopeGoogle}
	case flow == config.FlowDeviceCode:
		// What any OAuth server needs to give the refresh token the
		// device_code flow keeps.
		return []string{"offline_access"}
	}
	return nil
}

func (s *Source) clientCredentials() *clientcredentials.Config {
	return &clientcredentials.Config{ClientID: s.set.OAuth2ClientID, ClientSecret: s.set.ClientSecret,
		TokenURL: s.end.token, Scopes: s.scopes(), AuthStyle: s.end.style}
}

// serviceAccount is Google's JWT bearer grant: a JWT signed with the
// service account's key, acting as the mailbox (domain-wide delegation).
func (s *Source) serviceAccount(ctx context.Context) (*oauth2.Token, error) {
	key, err := config.ServiceAccountKey(s.set.OAuth2ServiceAccountFile)
	if err != nil {
		return nil, i18n.Wrap("oauth_err_service_account_file", nil, err)
	}
	conf := &jwt.Config{Email: key.ClientEmail, PrivateKey: []byte(key.PrivateKey), PrivateKeyID: key.PrivateKeyID,
		Subject: s.set.Mailbox, Scopes: s.scopes(), TokenURL: s.end.token}
	return conf.TokenSource(ctx).Token()
}

// httpsOnly refuses any request, redirects included, that would carry a
// secret or token in clear over the network: https, or http to this
// machine only.
type httpsOnly struct{ next http.RoundTripper }

func (t httpsOnly) RoundTrip(r *http.Request) (*http.Response, error) {
	if r.URL.Scheme != "https" && (r.URL.Scheme != "http" || !isLoopback(r.URL.Hostname())) {
		return nil, i18n.Errorf("oauth_err_https_only", i18n.D{"URL": r.URL.Scheme + "://" + r.URL.Host})
	}
	next := t.next
	if next == nil {
		next = http.DefaultTransport
	}
	return next.RoundTrip(r)
}

func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
