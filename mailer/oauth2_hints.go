package mailer

import (
	"errors"
	"net"
	"net/url"
	"strings"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/internal/termsafe"
	"github.com/smtpconf/smtpconf/oauth"
)

// Kinds of failure to get an OAuth 2.0 token.
const (
	// KindTokenClient: the provider refused the application: wrong client
	// id, client secret or tenant.
	KindTokenClient Kind = "token-client"
	// KindTokenConsent: the application's permission was not granted.
	KindTokenConsent Kind = "token-consent"
	// KindTokenSignIn: someone has to sign in (again): no sign-in yet, a
	// revoked or expired refresh token, a device code that expired or was
	// declined.
	KindTokenSignIn Kind = "token-sign-in"
	// KindToken: any other failure to get a token (the provider could
	// not be reached, or refused for another reason).
	KindToken Kind = "token"
)

// tokenError classifies a failure to get a token, with its hint.
func tokenError(err error, s config.Server) *Error {
	kind, hint := tokenHint(err, s)
	e := &Error{Step: StepToken, Kind: kind, Err: err}
	e.setHint(hint)
	return e
}

// TokenHint classifies a failure to get a token (from a conversation or
// from `smtpconf login`) and names the fix, in the admin's words, in
// English: the Microsoft Entra error numbers (AADSTS) admins meet each get
// their own.
func TokenHint(err error, s config.Server) (Kind, string) { return TokenHintIn(err, s, i18n.English) }

// TokenHintIn is TokenHint with the fix in language l.
func TokenHintIn(err error, s config.Server, l i18n.Lang) (Kind, string) {
	kind, hint := tokenHint(err, s)
	return kind, termsafe.String(hint.In(l))
}

func tokenHint(err error, s config.Server) (Kind, *i18n.Error) {
	o := s.OAuth2
	var oe *oauth.Error
	errors.As(err, &oe)
	code, aadsts := "", ""
	if oe != nil {
		code, aadsts = oe.Code, oe.AADSTS
	}
	d := i18n.D{"User": s.Username, "ClientID": o.OAuth2ClientID, "Tenant": o.OAuth2Tenant, "Provider": providerName(o)}
	switch {
	case errors.Is(err, oauth.ErrNotSignedIn):
		return KindTokenSignIn, i18n.Errorf("mailer_hint_token_not_signed_in", nil)
	case errors.Is(err, oauth.ErrDeviceCodeExpired):
		return KindTokenSignIn, i18n.Errorf("mailer_hint_token_code_expired", nil)
	case errors.Is(err, oauth.ErrNoRefreshToken):
		return KindTokenConsent, i18n.Errorf("mailer_hint_token_no_refresh", nil)
	case errors.Is(err, oauth.ErrDeviceCodeDeclined):
		return KindTokenSignIn, i18n.Errorf("mailer_hint_token_declined", d)
	case aadsts == "AADSTS7000215" || aadsts == "AADSTS7000222":
		return KindTokenClient, i18n.Errorf("mailer_hint_token_secret_wrong", d)
	case aadsts == "AADSTS700016":
		return KindTokenClient, i18n.Errorf("mailer_hint_token_no_app", d)
	case aadsts == "AADSTS90002" || aadsts == "AADSTS900023":
		d["Tenant"] = i18n.Quoted(o.OAuth2Tenant)
		return KindTokenClient, i18n.Errorf("mailer_hint_token_no_tenant", d)
	case aadsts == "AADSTS65001" || aadsts == "AADSTS500011" || code == "consent_required":
		return KindTokenConsent, consentHint(o)
	case aadsts == "AADSTS7000218":
		return KindTokenClient, i18n.Errorf("mailer_hint_token_public_client", nil)
	case code == "invalid_grant" && o.OAuth2Flow == config.FlowDeviceCode:
		return KindTokenSignIn, i18n.Errorf("mailer_hint_token_revoked_device", nil)
	case code == "invalid_grant" && o.OAuth2Flow == config.FlowRefreshToken:
		return KindTokenSignIn, i18n.Errorf("mailer_hint_token_revoked_refresh", nil)
	case code == "invalid_grant" && o.OAuth2Flow == config.FlowServiceAccount:
		return KindTokenClient, i18n.Errorf("mailer_hint_token_service_account_grant", nil)
	case code == "unauthorized_client" && o.OAuth2Flow == config.FlowServiceAccount:
		return KindTokenConsent, consentHint(o)
	case code == "invalid_client" || code == "unauthorized_client":
		return KindTokenClient, i18n.Errorf("mailer_hint_token_client", d)
	case code == "invalid_scope":
		return KindTokenConsent, i18n.Errorf("mailer_hint_token_scope", nil)
	case oe != nil && code == "" && isNetworkError(oe.Err):
		return KindToken, i18n.Errorf("mailer_hint_token_unreachable", d)
	}
	return KindToken, i18n.Errorf("mailer_hint_token_refused", d)
}

// isNetworkError tells whether the provider could not be reached or did
// not answer, as opposed to refusing.
func isNetworkError(err error) bool {
	var ue *url.Error
	var ne net.Error
	return errors.As(err, &ue) || errors.As(err, &ne)
}

func providerName(o config.OAuth2) *i18n.Error {
	switch o.OAuth2Provider {
	case config.ProviderMicrosoft:
		return i18n.Errorf("mailer_phrase_provider_microsoft", i18n.D{"Tenant": o.OAuth2Tenant})
	case config.ProviderGoogle:
		return i18n.Errorf("mailer_phrase_provider_google", nil)
	}
	return i18n.Errorf("mailer_phrase_provider_other", nil)
}

func consentHint(o config.OAuth2) *i18n.Error {
	d := i18n.D{"Tenant": o.OAuth2Tenant}
	switch {
	case o.OAuth2Provider == config.ProviderMicrosoft && o.OAuth2Flow == config.FlowClientCredentials:
		return i18n.Errorf("mailer_hint_consent_app", d)
	case o.OAuth2Provider == config.ProviderMicrosoft:
		return i18n.Errorf("mailer_hint_consent_delegated", d)
	case o.OAuth2Provider == config.ProviderGoogle:
		return i18n.Errorf("mailer_hint_consent_google", nil)
	}
	return i18n.Errorf("mailer_hint_consent_other", nil)
}

// tokenSecretHint names the fix for a client secret or refresh token that
// could not be read from its variable or command.
func tokenSecretHint(err error) *i18n.Error {
	var pe *PasswordError
	if !errors.As(err, &pe) {
		return i18n.Errorf("mailer_hint_token_secret", nil)
	}
	d := i18n.D{"Name": pe.Name, "Source": pe.Source}
	if strings.HasSuffix(pe.Source, "_env") {
		return i18n.Errorf("mailer_hint_token_secret_env", d)
	}
	return i18n.Errorf("mailer_hint_token_secret_command", d)
}

// refineAuthHint words a refused login for OAuth 2.0 and Microsoft 365,
// where the server's "535 5.7.3 Authentication unsuccessful" means
// different things: a token that Exchange does not let send as the
// mailbox, SMTP AUTH disabled, or basic auth retired.
func (c *conversation) refineAuthHint(e *Error) {
	// auth-disabled is how the reply itself classifies 5.7.139; the
	// wording here adds the cmdlets and, for a password, OAuth.
	if e.Step != StepAuth || (e.Kind != KindAuthFailed && e.Kind != KindAuthDisabled) {
		return
	}
	var r *ReplyError
	errors.As(e.Err, &r)
	text := ""
	if r != nil {
		text = strings.ToLower(r.Text)
	}
	s := c.s
	mailbox := s.Username
	d := i18n.D{"Mailbox": mailbox, "ClientID": s.OAuth2ClientID}
	switch {
	case e.EnhancedCode == "5.7.139" && strings.Contains(text, "basic authentication is disabled"):
		e.setHint(oauthInsteadHint())
	case e.EnhancedCode == "5.7.139" && s.UsesOAuth2():
		e.setHint(i18n.Errorf("mailer_hint_m365_smtp_auth_disabled", d))
	case e.EnhancedCode == "5.7.139":
		// MC786329: basic auth for SMTP is retired, so OAuth is named too.
		d["OAuth"] = oauthInsteadHint()
		e.setHint(i18n.Errorf("mailer_hint_m365_smtp_auth_disabled_password", d))
	case s.UsesOAuth2() && s.OAuth2Provider == config.ProviderMicrosoft && s.OAuth2Flow == config.FlowClientCredentials:
		e.setHint(i18n.Errorf("mailer_hint_m365_app_token", d))
	case s.UsesOAuth2() && s.OAuth2Provider == config.ProviderMicrosoft:
		e.setHint(i18n.Errorf("mailer_hint_m365_user_token", d))
	case s.UsesOAuth2() && s.OAuth2Provider == config.ProviderGoogle:
		e.setHint(i18n.Errorf("mailer_hint_gmail_token", d))
	case s.UsesOAuth2():
		e.setHint(i18n.Errorf("mailer_hint_token_refused_by_server", d))
	case config.IsMicrosoft365Host(s.Host):
		e.setHint(oauthInsteadHint())
	}
}

// oauthInsteadHint is for a password login to Microsoft 365, whose basic
// auth for SMTP is retired (MC786329).
func oauthInsteadHint() *i18n.Error { return i18n.Errorf("mailer_hint_oauth_instead", nil) }
