package config

import (
	"encoding/json"
	"fmt"
	"net/url"
	"slices"
	"strings"
)

// checkOAuth2 checks the OAuth 2.0 settings of a server that logs in with a
// token: a provider and a flow that fit together, and every key that flow
// needs, each missing or contradictory key named on its own.
func checkOAuth2(l *problemList, bad map[string]bool, s Server, keyOf func(string) string) {
	o := s.OAuth2
	for _, src := range passwordSources(s) {
		l.warnf(keyOf(src), "is not used: auth = %q logs in with an OAuth 2.0 token, not a password: remove it", s.Auth)
	}
	provider := checkChoice(l, keyOf("oauth2_provider"), o.OAuth2Provider, OAuth2Providers(), "who issues the token")
	flow := checkChoice(l, keyOf("oauth2_flow"), o.OAuth2Flow, OAuth2Flows(), "how the token is obtained")
	checkProviderFlow(l, s, provider, flow, keyOf)
	for _, k := range []struct{ name, value string }{{"oauth2_token_url", o.OAuth2TokenURL}, {"oauth2_device_url", o.OAuth2DeviceURL}} {
		if k.value != "" && !bad[keyOf(k.name)] {
			if msg := endpointProblem(k.value); msg != "" {
				l.errorf(keyOf(k.name), "%s", msg)
			}
		}
	}
	if flow == "" {
		return
	}
	if flow == FlowServiceAccount {
		for _, k := range []string{"oauth2_client_id", "oauth2_client_secret", "oauth2_client_secret_env", "oauth2_client_secret_command"} {
			if f, _ := s.field(k); !f.isZero() {
				l.warnf(keyOf(k), "is not used by the service_account flow, which takes the client from oauth2_service_account_file: remove it")
			}
		}
	} else if o.OAuth2ClientID == "" {
		l.errorf(keyOf("oauth2_client_id"), "is not set, but oauth2_flow = %q needs one: set the application (client) id of the app registered with the provider", flow)
	}
	if flow != FlowServiceAccount {
		checkOneSource(l, bad, keyOf, "client secret", clientSecretSources(o), flow == FlowClientCredentials,
			"oauth2_client_secret", "oauth2_client_secret, oauth2_client_secret_env or oauth2_client_secret_command")
	}
	refresh := refreshTokenSources(o)
	if flow == FlowRefreshToken {
		checkOneSource(l, bad, keyOf, "refresh token", refresh, true, "oauth2_refresh_token_env", "oauth2_refresh_token_env or oauth2_refresh_token_command")
	} else {
		for _, k := range refresh {
			l.warnf(keyOf(k.name), "is used only by oauth2_flow = \"refresh_token\": remove it")
		}
	}
	switch {
	case flow == FlowServiceAccount && o.OAuth2ServiceAccountFile == "":
		l.errorf(keyOf("oauth2_service_account_file"), "is not set, but oauth2_flow = \"service_account\" needs the service account's JSON key file")
	case flow == FlowServiceAccount && !bad[keyOf("oauth2_service_account_file")]:
		if _, err := ServiceAccountKey(o.OAuth2ServiceAccountFile); err != nil {
			l.errorf(keyOf("oauth2_service_account_file"), "%v", err)
		}
	case flow != FlowServiceAccount && o.OAuth2ServiceAccountFile != "":
		l.warnf(keyOf("oauth2_service_account_file"), "is used only by oauth2_flow = \"service_account\": remove it")
	}
	if flow != FlowDeviceCode && o.OAuth2DeviceURL != "" {
		l.warnf(keyOf("oauth2_device_url"), "is used only by oauth2_flow = \"device_code\": remove it")
	}
}

// checkChoice returns value when it is one of choices, after naming the
// key's problem when it is not set or not one of them.
func checkChoice(l *problemList, key, value string, choices []string, what string) string {
	if value == "" {
		l.errorf(key, "is not set, but OAuth 2.0 needs to know %s: set one of %s", what, strings.Join(choices, ", "))
		return ""
	}
	if !slices.Contains(choices, value) {
		l.errorf(key, "%q is not one of %s%s", value, strings.Join(choices, ", "), didYouMean(value, choices))
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
			l.errorf(keyOf("oauth2_tenant"), "is not set, but oauth2_provider = \"microsoft\" needs the tenant's name or id, e.g. example.onmicrosoft.com (Entra admin center → Overview → Tenant ID)")
		}
		if flow == FlowServiceAccount {
			l.errorf(keyOf("oauth2_flow"), "service_account is Google's domain-wide delegation: with microsoft use client_credentials (an app with Exchange's SMTP.SendAsApp permission) or device_code")
		}
	case ProviderGoogle:
		if flow == FlowClientCredentials {
			l.errorf(keyOf("oauth2_flow"), "google has no client_credentials grant for Gmail: use service_account (Workspace domain-wide delegation), device_code or refresh_token")
		}
	case ProviderCustom:
		if o.OAuth2TokenURL == "" {
			l.errorf(keyOf("oauth2_token_url"), "is not set, but oauth2_provider = \"custom\" needs the token endpoint, e.g. https://auth.example.com/oauth/token")
		}
		if flow == FlowDeviceCode && o.OAuth2DeviceURL == "" {
			l.errorf(keyOf("oauth2_device_url"), "is not set, but oauth2_flow = \"device_code\" with a custom provider needs the device authorization endpoint, e.g. https://auth.example.com/oauth/device_authorization")
		}
		if flow == FlowServiceAccount {
			l.errorf(keyOf("oauth2_flow"), "service_account is Google's domain-wide delegation: with a custom provider use client_credentials, device_code or refresh_token")
		}
	}
	if provider != ProviderMicrosoft && provider != "" && o.OAuth2Tenant != "" {
		l.warnf(keyOf("oauth2_tenant"), "is used only by oauth2_provider = \"microsoft\": remove it")
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

// checkOneSource checks that at most one of a secret's sources is set (and
// one when required: first names the key the message points at), and that
// its variable and command are usable.
func checkOneSource(l *problemList, bad map[string]bool, keyOf func(string) string, what string, set []source, required bool, first, choices string) {
	switch {
	case len(set) == 0 && required:
		l.errorf(keyOf(first), "is not set, but this flow needs the %s: set %s", what, choices)
	case len(set) > 1:
		for _, extra := range set[1:] {
			l.errorf(keyOf(extra.name), "is set as well as %s: keep only one %s source", set[0].name, what)
		}
	}
	for _, src := range set {
		key := keyOf(src.name)
		switch {
		case bad[key]:
		case strings.HasSuffix(src.name, "_env") && !isEnvName(src.value):
			l.errorf(key, "%q is not an environment variable name: use letters, digits and _, e.g. SMTP_OAUTH_SECRET", src.value)
		case strings.HasSuffix(src.name, "_command") && strings.TrimSpace(src.value) == "":
			l.errorf(key, "is blank: set the command that prints the %s, or remove the key", what)
		}
	}
}

// endpointProblem says what is wrong with a token or device endpoint: it
// must be https, or http on this machine, where the secret never reaches
// the network.
func endpointProblem(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return fmt.Sprintf("%q is not a URL: write it like https://auth.example.com/oauth/token", raw)
	}
	switch {
	case u.Scheme == "https":
	case u.Scheme == "http" && isLoopback(u.Hostname()):
	case u.Scheme == "http":
		return fmt.Sprintf("%q is http: the client secret and tokens would cross the network in clear; use https (http is accepted only on this machine)", raw)
	default:
		return fmt.Sprintf("%q is not an https URL: write it like https://auth.example.com/oauth/token", raw)
	}
	if u.User != nil {
		return "holds a user name or password: the client id and secret go in their own keys, not in the URL"
	}
	return ""
}

// maxServiceAccountKey bounds how much of a key file is read: Google's
// are about 2.3 KiB.
const maxServiceAccountKey = 64 << 10

// ServiceAccountKey reads a Google service account's JSON key file and
// checks that it is one, so that validate and the token source read it the
// same way. The error never holds the key.
func ServiceAccountKey(path string) ([]byte, error) {
	data, err := readRegularFile(path, maxServiceAccountKey)
	if err != nil {
		return nil, fmt.Errorf("cannot be read: %w: point it at the JSON key downloaded from the Google Cloud console (IAM → Service accounts → Keys)", err)
	}
	var key struct {
		Type        string `json:"type"`
		ClientEmail string `json:"client_email"`
		PrivateKey  string `json:"private_key"`
	}
	if err := json.Unmarshal(data, &key); err != nil {
		return nil, fmt.Errorf("%s is not JSON: point it at the service account's JSON key file", path)
	}
	if key.Type != "service_account" || key.ClientEmail == "" || key.PrivateKey == "" {
		return nil, fmt.Errorf("%s is not a service account key (it needs \"type\": \"service_account\", client_email and private_key): create a JSON key for the service account in the Google Cloud console", path)
	}
	return data, nil
}
