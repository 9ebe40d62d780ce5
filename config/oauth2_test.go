package config

import (
	"strings"
	"testing"
)

// validMicrosoft is Microsoft 365 app-only access: client credentials with
// the secret from the environment.
func validMicrosoft() Config {
	c := validCustom()
	c.SMTP.Host = "smtp.office365.com"
	c.SMTP.Password = ""
	c.SMTP.Auth = AuthXOAuth2
	c.SMTP.OAuth2 = OAuth2{OAuth2Provider: ProviderMicrosoft, OAuth2Tenant: "firma.onmicrosoft.com",
		OAuth2Flow: FlowClientCredentials, OAuth2ClientID: "0b5e7c1a-1111-2222-3333-444455556666", OAuth2ClientSecretEnv: "SMTP_OAUTH_SECRET"}
	return c
}

const serviceAccountJSON = `{"type": "service_account", "client_email": "mailer@firma.iam.gserviceaccount.com", "private_key": "-----BEGIN PRIVATE KEY-----\nMII\n-----END PRIVATE KEY-----\n"}`

func TestValidateOAuth2(t *testing.T) {
	keyFile := writeTemp(t, "sa.json", serviceAccountJSON)
	notAKey := writeTemp(t, "other.json", `{"type": "authorized_user"}`)
	tests := []struct {
		name   string
		change func(*Server)
		errors map[string]string // key → part of its error
		warns  map[string]string
	}{
		{name: "microsoft client credentials is valid", change: func(*Server) {}},
		{name: "auto with a provider uses OAuth", change: func(s *Server) { s.Auth = AuthAuto }},
		{name: "oauthbearer with a custom server and a refresh token", change: func(s *Server) {
			s.Auth = AuthOAuthBearer
			s.OAuth2 = OAuth2{OAuth2Provider: ProviderCustom, OAuth2Flow: FlowRefreshToken, OAuth2ClientID: "c",
				OAuth2TokenURL: "https://auth.example.com/token", OAuth2RefreshTokenCommand: "pass show rt"}
		}},
		{name: "google service account", change: func(s *Server) {
			s.OAuth2 = OAuth2{OAuth2Provider: ProviderGoogle, OAuth2Flow: FlowServiceAccount, OAuth2ServiceAccountFile: keyFile}
		}},
		{name: "every missing key is named", change: func(s *Server) { s.OAuth2 = OAuth2{}; s.Username = "" },
			errors: map[string]string{"smtp.username": "mailbox", "smtp.oauth2_provider": "is not set", "smtp.oauth2_flow": "is not set"}},
		{name: "microsoft needs a tenant, a client id and for client credentials a secret", change: func(s *Server) {
			s.OAuth2 = OAuth2{OAuth2Provider: ProviderMicrosoft, OAuth2Flow: FlowClientCredentials}
		}, errors: map[string]string{"smtp.oauth2_tenant": "tenant", "smtp.oauth2_client_id": "is not set", "smtp.oauth2_client_secret": "client secret"}},
		{name: "device code needs no secret", change: func(s *Server) {
			s.OAuth2.OAuth2Flow = FlowDeviceCode
			s.OAuth2.OAuth2ClientSecretEnv = ""
		}},
		{name: "custom device code without a device endpoint", change: func(s *Server) {
			s.OAuth2 = OAuth2{OAuth2Provider: ProviderCustom, OAuth2Flow: FlowDeviceCode, OAuth2ClientID: "c", OAuth2TokenURL: "https://auth.example.com/token"}
		}, errors: map[string]string{"smtp.oauth2_device_url": "device authorization endpoint"}},
		{name: "custom without a token endpoint", change: func(s *Server) {
			s.OAuth2.OAuth2Provider, s.OAuth2.OAuth2Tenant = ProviderCustom, ""
		}, errors: map[string]string{"smtp.oauth2_token_url": "token endpoint"}},
		{name: "client credentials for google is refused", change: func(s *Server) {
			s.OAuth2.OAuth2Provider, s.OAuth2.OAuth2Tenant = ProviderGoogle, ""
		}, errors: map[string]string{"smtp.oauth2_flow": "service_account"}},
		{name: "service account for microsoft is refused", change: func(s *Server) {
			s.OAuth2.OAuth2Flow = FlowServiceAccount
			s.OAuth2.OAuth2ServiceAccountFile = keyFile
		}, errors: map[string]string{"smtp.oauth2_flow": "Google's"},
			warns: map[string]string{"smtp.oauth2_client_id": "not used", "smtp.oauth2_client_secret_env": "not used"}},
		{name: "service account without a key file", change: func(s *Server) {
			s.OAuth2 = OAuth2{OAuth2Provider: ProviderGoogle, OAuth2Flow: FlowServiceAccount}
		}, errors: map[string]string{"smtp.oauth2_service_account_file": "JSON key"}},
		{name: "service account key file that is no key", change: func(s *Server) {
			s.OAuth2 = OAuth2{OAuth2Provider: ProviderGoogle, OAuth2Flow: FlowServiceAccount, OAuth2ServiceAccountFile: notAKey}
		}, errors: map[string]string{"smtp.oauth2_service_account_file": "not a service account key"}},
		{name: "two secret sources", change: func(s *Server) { s.OAuth2.OAuth2ClientSecret = "s3cret" },
			errors: map[string]string{"smtp.oauth2_client_secret_env": "as well as oauth2_client_secret"}},
		{name: "bad variable name and blank command", change: func(s *Server) {
			s.OAuth2.OAuth2ClientSecretEnv = "SMTP-SECRET"
			s.OAuth2.OAuth2Flow = FlowRefreshToken
			s.OAuth2.OAuth2RefreshTokenCommand = "  "
		}, errors: map[string]string{"smtp.oauth2_client_secret_env": "not an environment variable name", "smtp.oauth2_refresh_token_command": "blank"}},
		{name: "refresh token flow without a refresh token", change: func(s *Server) { s.OAuth2.OAuth2Flow = FlowRefreshToken },
			errors: map[string]string{"smtp.oauth2_refresh_token_env": "refresh token"}},
		{name: "token endpoint over http to another host", change: func(s *Server) {
			s.OAuth2.OAuth2TokenURL = "http://auth.example.com/token"
		}, errors: map[string]string{"smtp.oauth2_token_url": "clear"}},
		{name: "token endpoint over http on loopback", change: func(s *Server) {
			s.OAuth2.OAuth2TokenURL = "http://127.0.0.1:8080/token"
		}},
		{name: "token endpoint with credentials in it", change: func(s *Server) {
			s.OAuth2.OAuth2TokenURL = "https://app:secret@auth.example.com/token"
		}, errors: map[string]string{"smtp.oauth2_token_url": "not in the URL"}},
		{name: "unknown provider and flow", change: func(s *Server) {
			s.OAuth2.OAuth2Provider, s.OAuth2.OAuth2Flow = "microsft", "client-credentials"
		}, errors: map[string]string{"smtp.oauth2_provider": `did you mean "microsoft"`, "smtp.oauth2_flow": `did you mean "client_credentials"`}},
		{name: "a password beside OAuth is unused", change: func(s *Server) { s.Password = "old" },
			warns: map[string]string{"smtp.password": "not used"}},
		{name: "keys of other flows are unused", change: func(s *Server) {
			s.OAuth2.OAuth2RefreshTokenEnv = "RT"
			s.OAuth2.OAuth2ServiceAccountFile = keyFile
			s.OAuth2.OAuth2DeviceURL = "https://login.example.com/device"
		}, warns: map[string]string{"smtp.oauth2_refresh_token_env": "only", "smtp.oauth2_service_account_file": "only", "smtp.oauth2_device_url": "only"}},
		{name: "tenant for google is unused", change: func(s *Server) {
			s.OAuth2.OAuth2Provider, s.OAuth2.OAuth2Flow = ProviderGoogle, FlowDeviceCode
		}, warns: map[string]string{"smtp.oauth2_tenant": "only"}},
		{name: "a token never crosses the network in clear", change: func(s *Server) { s.StartTLS = false },
			errors: map[string]string{"smtp.auth": "token would cross the network in clear"}},
		{name: "OAuth keys with a password login are unused", change: func(s *Server) { s.Auth, s.Password = AuthPlain, "pw" },
			warns: map[string]string{"smtp.oauth2_provider": "not used with auth"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := validMicrosoft()
			tt.change(&c.SMTP.Server)
			ps := Validate(c)
			check := func(got Problems, want map[string]string, what string) {
				t.Helper()
				for key, part := range want {
					found := got.For(key)
					if len(found) == 0 || !strings.Contains(found.String(), part) {
						t.Errorf("want %s on %s containing %q, got:\n%s", what, key, part, ps)
					}
				}
				if len(got) != len(want) {
					t.Errorf("want %d %ss, got:\n%s", len(want), what, ps)
				}
			}
			check(ps.Errors(), tt.errors, "error")
			check(ps.Warnings(), tt.warns, "warning")
			if strings.Contains(ps.String(), "s3cret") {
				t.Errorf("a problem shows the client secret:\n%s", ps)
			}
		})
	}
}

func TestUsesOAuth2(t *testing.T) {
	for _, tt := range []struct {
		auth     Auth
		provider string
		want     bool
	}{
		{AuthXOAuth2, "", true}, {AuthOAuthBearer, "", true}, {AuthAuto, "google", true},
		{AuthAuto, "", false}, {AuthPlain, "google", false}, {AuthNone, "microsoft", false},
	} {
		s := Server{Auth: tt.auth, OAuth2: OAuth2{OAuth2Provider: tt.provider}}
		if got := s.UsesOAuth2(); got != tt.want {
			t.Errorf("auth %q, provider %q: UsesOAuth2 = %v, want %v", tt.auth, tt.provider, got, tt.want)
		}
	}
}
