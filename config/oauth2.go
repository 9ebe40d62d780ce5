package config

import (
	"encoding/json"
	"net/url"
	"slices"
	"strings"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// checkOAuth2 checks the OAuth 2.0 settings of a server that logs in with a
// token: a provider and a flow that fit together, and every key that flow
// needs, each missing or contradictory key named on its own.
func checkOAuth2(l *problemList, bad map[string]bool, s Server, keyOf func(string) string) {
	o := s.OAuth2
	for _, src := range passwordSources(s) {
		l.warn(keyOf(src), i18n.Errorf("config_oauth_password_unused", i18n.D{"Auth": i18n.Quoted(string(s.Auth))}))
	}
	provider := checkChoice(l, keyOf("oauth2_provider"), o.OAuth2Provider, OAuth2Providers(),
		i18n.Errorf("config_oauth_provider_missing", i18n.D{"Choices": strings.Join(OAuth2Providers(), ", ")}))
	flow := checkChoice(l, keyOf("oauth2_flow"), o.OAuth2Flow, OAuth2Flows(),
		i18n.Errorf("config_oauth_flow_missing", i18n.D{"Choices": strings.Join(OAuth2Flows(), ", ")}))
	checkProviderFlow(l, s, provider, flow, keyOf)
	for _, k := range []struct{ name, value string }{{"oauth2_token_url", o.OAuth2TokenURL}, {"oauth2_device_url", o.OAuth2DeviceURL}} {
		if k.value != "" && !bad[keyOf(k.name)] {
			if m := endpointProblem(k.value); m != nil {
				l.fail(keyOf(k.name), m)
			}
		}
	}
	if flow == "" {
		return
	}
	if flow == FlowServiceAccount {
		for _, k := range []string{"oauth2_client_id", "oauth2_client_secret", "oauth2_client_secret_env", "oauth2_client_secret_command"} {
			if f, _ := s.field(k); !f.isZero() {
				l.warn(keyOf(k), i18n.Errorf("config_oauth_sa_unused", nil))
			}
		}
	} else if o.OAuth2ClientID == "" {
		l.fail(keyOf("oauth2_client_id"), i18n.Errorf("config_oauth_client_id_missing", i18n.D{"Flow": i18n.Quoted(flow)}))
	}
	if flow != FlowServiceAccount {
		checkOneSource(l, bad, keyOf, clientSecret, clientSecretSources(o), flow == FlowClientCredentials, "oauth2_client_secret")
	}
	refresh := refreshTokenSources(o)
	if flow == FlowRefreshToken {
		checkOneSource(l, bad, keyOf, refreshToken, refresh, true, "oauth2_refresh_token_env")
	} else {
		for _, k := range refresh {
			l.warn(keyOf(k.name), i18n.Errorf("config_oauth_refresh_only", nil))
		}
	}
	switch {
	case flow == FlowServiceAccount && o.OAuth2ServiceAccountFile == "":
		l.fail(keyOf("oauth2_service_account_file"), i18n.Errorf("config_oauth_sa_file_missing", nil))
	case flow == FlowServiceAccount && !bad[keyOf("oauth2_service_account_file")]:
		if _, err := ServiceAccountKey(o.OAuth2ServiceAccountFile); err != nil {
			l.fail(keyOf("oauth2_service_account_file"), asMessage(err))
		}
	case flow != FlowServiceAccount && o.OAuth2ServiceAccountFile != "":
		l.warn(keyOf("oauth2_service_account_file"), i18n.Errorf("config_oauth_sa_only", nil))
	}
	if flow != FlowDeviceCode && o.OAuth2DeviceURL != "" {
		l.warn(keyOf("oauth2_device_url"), i18n.Errorf("config_oauth_device_only", nil))
	}
}

// asMessage is err as a catalog message: itself when it is one, else a
// message that shows it as it came.
func asMessage(err error) *i18n.Error {
	if m, ok := err.(*i18n.Error); ok { //nolint:errorlint // only the error itself is its text
		return m
	}
	return i18n.Wrap("config_as_is", nil, err)
}

// checkChoice returns value when it is one of choices, after naming the
// key's problem when it is not set (missing says so) or not one of them.
func checkChoice(l *problemList, key, value string, choices []string, missing *i18n.Error) string {
	if value == "" {
		l.fail(key, missing)
		return ""
	}
	if !slices.Contains(choices, value) {
		l.fail(key, i18n.Errorf("config_choice_invalid", i18n.D{"Value": i18n.Quoted(value),
			"Choices": strings.Join(choices, ", "), "Suggest": didYouMean(value, choices)}))
		return ""
	}
	return value
}

// checkProviderFlow checks what each provider needs and refuses what it
// does not have.
func checkProviderFlow(l *problemList, s Server, provider, flow string, keyOf func(string) string) {
	o := s.OAuth2
	switch provider {
	case ProviderMicrosoft:
		if o.OAuth2Tenant == "" {
			l.fail(keyOf("oauth2_tenant"), i18n.Errorf("config_oauth_tenant_missing", nil))
		}
		if flow == FlowServiceAccount {
			l.fail(keyOf("oauth2_flow"), i18n.Errorf("config_oauth_microsoft_sa", nil))
		}
	case ProviderGoogle:
		switch flow {
		case FlowClientCredentials:
			l.fail(keyOf("oauth2_flow"), i18n.Errorf("config_oauth_google_cc", nil))
		case FlowDeviceCode:
			// Google's device flow allows a short list of scopes, and
			// Gmail's (https://mail.google.com/) is not among them.
			l.fail(keyOf("oauth2_flow"), i18n.Errorf("config_oauth_google_device", nil))
		}
	case ProviderCustom:
		if o.OAuth2TokenURL == "" {
			l.fail(keyOf("oauth2_token_url"), i18n.Errorf("config_oauth_token_url_missing", nil))
		}
		if flow == FlowDeviceCode && o.OAuth2DeviceURL == "" {
			l.fail(keyOf("oauth2_device_url"), i18n.Errorf("config_oauth_device_url_missing", nil))
		}
		if flow == FlowServiceAccount {
			l.fail(keyOf("oauth2_flow"), i18n.Errorf("config_oauth_custom_sa", nil))
		}
	}
	if provider != ProviderMicrosoft && provider != "" && o.OAuth2Tenant != "" {
		l.warn(keyOf("oauth2_tenant"), i18n.Errorf("config_oauth_tenant_only", nil))
	}
}

// source is one setting a secret can come from, and its value.
type source struct{ name, value string }

// setSources keeps the sources that are set, in file order.
func setSources(all ...source) []source {
	var set []source
	for _, src := range all {
		if src.value != "" {
			set = append(set, src)
		}
	}
	return set
}

func clientSecretSources(o OAuth2) []source {
	return setSources(source{"oauth2_client_secret", o.OAuth2ClientSecret},
		source{"oauth2_client_secret_env", o.OAuth2ClientSecretEnv},
		source{"oauth2_client_secret_command", o.OAuth2ClientSecretCommand})
}

func refreshTokenSources(o OAuth2) []source {
	return setSources(source{"oauth2_refresh_token_env", o.OAuth2RefreshTokenEnv},
		source{"oauth2_refresh_token_command", o.OAuth2RefreshTokenCommand})
}

// secret names which secret checkOneSource checks, so that each of its
// messages is a whole sentence in the catalog.
type secret int

const (
	clientSecret secret = iota
	refreshToken
)

func (w secret) missing() *i18n.Error {
	if w == refreshToken {
		return i18n.Errorf("config_oauth_refresh_token_missing", nil)
	}
	return i18n.Errorf("config_oauth_client_secret_missing", nil)
}

func (w secret) twice(first string) *i18n.Error {
	if w == refreshToken {
		return i18n.Errorf("config_oauth_refresh_token_twice", i18n.D{"First": first})
	}
	return i18n.Errorf("config_oauth_client_secret_twice", i18n.D{"First": first})
}

func (w secret) blank() *i18n.Error {
	if w == refreshToken {
		return i18n.Errorf("config_oauth_refresh_token_blank", nil)
	}
	return i18n.Errorf("config_oauth_client_secret_blank", nil)
}

// checkOneSource checks that at most one of a secret's sources is set (and
// one when required: first names the key the message points at), and that
// its variable and command are usable.
func checkOneSource(l *problemList, bad map[string]bool, keyOf func(string) string, what secret, set []source, required bool, first string) {
	switch {
	case len(set) == 0 && required:
		l.fail(keyOf(first), what.missing())
	case len(set) > 1:
		for _, extra := range set[1:] {
			l.fail(keyOf(extra.name), what.twice(set[0].name))
		}
	}
	for _, src := range set {
		key := keyOf(src.name)
		switch {
		case bad[key]:
		case strings.HasSuffix(src.name, "_env") && !isEnvName(src.value):
			l.fail(key, i18n.Errorf("config_oauth_env_invalid", i18n.D{"Value": i18n.Quoted(src.value)}))
		case strings.HasSuffix(src.name, "_command") && strings.TrimSpace(src.value) == "":
			l.fail(key, what.blank())
		}
	}
}

// IsMicrosoft365Host tells whether a host is Exchange Online's SMTP
// endpoint, where passwords stop working at the end of December 2026.
func IsMicrosoft365Host(host string) bool {
	h := strings.TrimSuffix(strings.ToLower(host), ".")
	return h == "smtp.office365.com" || h == "smtp-mail.outlook.com" || strings.HasSuffix(h, ".mail.protection.outlook.com")
}

// endpointProblem says what is wrong with a token or device endpoint: it
// must be https, or http on this machine, where the secret never reaches
// the network.
func endpointProblem(raw string) *i18n.Error {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return i18n.Errorf("config_endpoint_not_url", i18n.D{"Value": i18n.Quoted(raw)})
	}
	switch {
	case u.Scheme == "https":
	case u.Scheme == "http" && isLoopback(u.Hostname()):
	case u.Scheme == "http":
		return i18n.Errorf("config_endpoint_http", i18n.D{"Value": i18n.Quoted(raw)})
	default:
		return i18n.Errorf("config_endpoint_not_https", i18n.D{"Value": i18n.Quoted(raw)})
	}
	if u.User != nil {
		return i18n.Errorf("config_endpoint_userinfo", nil)
	}
	return nil
}

// maxServiceAccountKey bounds how much of a key file is read: Google's
// are about 2.3 KiB.
const maxServiceAccountKey = 64 << 10

// ServiceAccount is what smtpconf uses of a Google service account's JSON
// key file. PrivateKey is a secret: never print it.
type ServiceAccount struct {
	ClientEmail  string `json:"client_email"`
	PrivateKey   string `json:"private_key"`
	PrivateKeyID string `json:"private_key_id"`
}

// ServiceAccountKey reads a Google service account's JSON key file and
// checks that it is one, so that validate and the token source read it the
// same way. The error never holds the key; it is an *i18n.Error, which
// i18n.Text renders in a language.
func ServiceAccountKey(path string) (ServiceAccount, error) {
	data, err := readRegularFile(path, maxServiceAccountKey)
	if err != nil {
		return ServiceAccount{}, i18n.Wrap("config_sa_unreadable", nil, err)
	}
	var key struct {
		Type string `json:"type"`
		ServiceAccount
	}
	if err := json.Unmarshal(data, &key); err != nil {
		return ServiceAccount{}, i18n.Errorf("config_sa_not_json", i18n.D{"Path": path})
	}
	if key.Type != "service_account" || key.ClientEmail == "" || key.PrivateKey == "" {
		return ServiceAccount{}, i18n.Errorf("config_sa_not_key", i18n.D{"Path": path})
	}
	return key.ServiceAccount, nil
}
