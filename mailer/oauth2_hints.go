package mailer

import (
	"errors"
	"fmt"
	"net"
	"net/url"
	"strings"

	"github.com/smtpconf/smtpconf/config"
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
	kind, hint := TokenHint(err, s)
	return &Error{Step: StepToken, Kind: kind, Hint: hint, Err: err}
}

// TokenHint classifies a failure to get a token (from a conversation or
// from `smtpconf login`) and names the fix, in the admin's words: the
// Microsoft Entra error numbers (AADSTS) admins meet each get their own.
func TokenHint(err error, s config.Server) (Kind, string) {
	o := s.OAuth2
	var oe *oauth.Error
	errors.As(err, &oe)
	code, aadsts := "", ""
	if oe != nil {
		code, aadsts = oe.Code, oe.AADSTS
	}
	secretKeys := "oauth2_client_secret (or oauth2_client_secret_env / oauth2_client_secret_command)"
	switch {
	case errors.Is(err, oauth.ErrNotSignedIn):
		return KindTokenSignIn, "nobody has signed in for this mailbox yet: run `smtpconf login` once (it shows a code to enter in a browser) and the refresh token is kept in the token file beside the config"
	case errors.Is(err, oauth.ErrDeviceCodeExpired):
		return KindTokenSignIn, "the code was not entered in time: run `smtpconf login` again and enter the new code before its countdown ends"
	case errors.Is(err, oauth.ErrNoRefreshToken):
		return KindTokenConsent, "the sign-in brought no refresh token to keep: add offline_access to oauth2_scope (with the provider's SMTP scope), and allow the app refresh tokens at the provider"
	case errors.Is(err, oauth.ErrDeviceCodeDeclined):
		return KindTokenSignIn, "the sign-in was declined in the browser: run `smtpconf login` again and accept, signed in as " + s.Username
	case aadsts == "AADSTS7000215" || aadsts == "AADSTS7000222":
		return KindTokenClient, "the client secret is wrong or has expired: in the Entra admin center, App registrations → your app → Certificates & secrets, create a new client secret and put its Value (not its Secret ID) in " + secretKeys
	case aadsts == "AADSTS700016":
		return KindTokenClient, fmt.Sprintf("no application %s in tenant %s: check oauth2_client_id (the app's Application (client) ID) and oauth2_tenant; an app registered in another tenant needs an admin of %s to consent to it first", o.OAuth2ClientID, o.OAuth2Tenant, o.OAuth2Tenant)
	case aadsts == "AADSTS90002" || aadsts == "AADSTS900023":
		return KindTokenClient, fmt.Sprintf("Microsoft knows no tenant %q: set oauth2_tenant to the tenant's primary domain (example.onmicrosoft.com) or its Tenant ID from the Entra admin center's Overview", o.OAuth2Tenant)
	case aadsts == "AADSTS65001" || aadsts == "AADSTS500011" || code == "consent_required":
		return KindTokenConsent, consentHint(o)
	case aadsts == "AADSTS7000218":
		return KindTokenClient, "device code sign-in needs a public client: in the Entra admin center, App registrations → your app → Authentication, set \"Allow public client flows\" to Yes (or give the client secret)"
	case code == "invalid_grant" && o.OAuth2Flow == config.FlowDeviceCode:
		return KindTokenSignIn, "the refresh token was revoked or has expired (a password change, an admin revoking sessions, or 90 days unused): sign in again with `smtpconf login`"
	case code == "invalid_grant" && o.OAuth2Flow == config.FlowRefreshToken:
		return KindTokenSignIn, "the refresh token was revoked or has expired: get a new one and give it by oauth2_refresh_token_env or oauth2_refresh_token_command (or use oauth2_flow = \"device_code\" and `smtpconf login`, which keeps it up to date)"
	case code == "invalid_grant" && o.OAuth2Flow == config.FlowServiceAccount:
		return KindTokenClient, "Google refused the service account's signed request: check that the key in oauth2_service_account_file is current (not deleted in the Cloud console) and that this machine's clock is right"
	case code == "unauthorized_client" && o.OAuth2Flow == config.FlowServiceAccount:
		return KindTokenConsent, consentHint(o)
	case code == "invalid_client" || code == "unauthorized_client":
		return KindTokenClient, "the provider refused the application: check oauth2_client_id and the client secret in " + secretKeys + ", and that the app is registered with " + providerName(o)
	case code == "invalid_scope":
		return KindTokenConsent, "the provider refused the scope: leave oauth2_scope empty for the provider's default, or ask for one the app is allowed"
	case oe != nil && code == "" && isNetworkError(oe.Err):
		return KindToken, fmt.Sprintf("the token endpoint of %s could not be reached or did not answer: check the network, a proxy or firewall in between, and oauth2_token_url if set", providerName(o))
	}
	return KindToken, fmt.Sprintf("%s refused to give a token: its answer above says why", providerName(o))
}

// isNetworkError tells whether the provider could not be reached or did
// not answer, as opposed to refusing.
func isNetworkError(err error) bool {
	var ue *url.Error
	var ne net.Error
	return errors.As(err, &ue) || errors.As(err, &ne)
}

func providerName(o config.OAuth2) string {
	switch o.OAuth2Provider {
	case config.ProviderMicrosoft:
		return "Microsoft Entra (tenant " + o.OAuth2Tenant + ")"
	case config.ProviderGoogle:
		return "Google"
	}
	return "the OAuth server"
}

func consentHint(o config.OAuth2) string {
	switch {
	case o.OAuth2Provider == config.ProviderMicrosoft && o.OAuth2Flow == config.FlowClientCredentials:
		return "the app's permission was not granted: in the Entra admin center, App registrations → your app → API permissions, add Office 365 Exchange Online → Application permissions → SMTP.SendAsApp, then \"Grant admin consent for " + o.OAuth2Tenant + "\""
	case o.OAuth2Provider == config.ProviderMicrosoft:
		return "consent is missing: in the Entra admin center, App registrations → your app → API permissions, add Microsoft Graph → Delegated → SMTP.Send and offline_access, then \"Grant admin consent for " + o.OAuth2Tenant + "\" (or sign in once as a user who may consent)"
	case o.OAuth2Provider == config.ProviderGoogle:
		return "the service account may not act for this mailbox: in the Google Admin console, Security → Access and data control → API controls → Domain-wide delegation, add the service account's client ID with the scope https://mail.google.com/"
	}
	return "the app was not granted the scope: ask the OAuth server's admin to allow it"
}

// tokenSecretHint names the fix for a client secret or refresh token that
// could not be read from its variable or command.
func tokenSecretHint(err error) string {
	var pe *PasswordError
	if !errors.As(err, &pe) {
		return "fix the oauth2 secret settings as the message says"
	}
	if strings.HasSuffix(pe.Source, "_env") {
		return fmt.Sprintf("export %s in the environment smtpconf or the application runs in, or set %s to a variable that holds the value", pe.Name, pe.Source)
	}
	return fmt.Sprintf("fix %s: run it by hand; it must print the value on its first line and succeed within the timeout", pe.Source)
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
	switch {
	case e.EnhancedCode == "5.7.139" && strings.Contains(text, "basic authentication is disabled"):
		e.Hint = oauthInsteadHint
	case e.EnhancedCode == "5.7.139":
		e.Hint = fmt.Sprintf("SMTP AUTH is disabled for the tenant or for %s: an Exchange admin enables it for the mailbox with Set-CASMailbox -Identity %s -SmtpClientAuthenticationDisabled $false (or for the tenant with Set-TransportConfig -SmtpClientAuthenticationDisabled $false; Microsoft 365 admin center → Users → Mail → Authenticated SMTP)", mailbox, mailbox)
		if !s.UsesOAuth2() {
			e.Hint += "; " + oauthInsteadHint
		}
	case s.UsesOAuth2() && s.OAuth2Provider == config.ProviderMicrosoft && s.OAuth2Flow == config.FlowClientCredentials:
		e.Hint = fmt.Sprintf("Exchange Online accepted no login with the app's valid token for %s: the app's service principal needs permission on the mailbox. In Exchange Online PowerShell: New-ServicePrincipal -AppId %s -ObjectId <the Enterprise application's Object ID>, then Add-MailboxPermission -Identity %s -User <that service principal's Object ID> -AccessRights FullAccess; the app also needs the SMTP.SendAsApp permission with admin consent", mailbox, s.OAuth2ClientID, mailbox)
	case s.UsesOAuth2() && s.OAuth2Provider == config.ProviderMicrosoft:
		e.Hint = fmt.Sprintf("Exchange Online refused the signed-in user's token for %s: username must be the mailbox that signed in (or one it has Send As on), and SMTP AUTH must be enabled for it (Set-CASMailbox -Identity %s -SmtpClientAuthenticationDisabled $false)", mailbox, mailbox)
	case s.UsesOAuth2() && s.OAuth2Provider == config.ProviderGoogle:
		e.Hint = fmt.Sprintf("Gmail refused the token for %s: username must be the mailbox the token is for (for service_account: a mailbox of the Workspace domain, with the service account allowed https://mail.google.com/ in the Admin console's domain-wide delegation)", mailbox)
	case s.UsesOAuth2():
		e.Hint = fmt.Sprintf("the server refused the token for %s: username must be the mailbox the token is for, and the token's scope must allow SMTP (oauth2_scope)", mailbox)
	case config.IsMicrosoft365Host(s.Host):
		e.Hint = oauthInsteadHint
	}
}

// oauthInsteadHint is for a password login to Microsoft 365, whose basic
// auth for SMTP is retired (MC786329).
const oauthInsteadHint = "Microsoft 365 no longer accepts passwords for SMTP (basic auth is off for Exchange Online tenants from the end of December 2026): switch to OAuth 2.0 with auth = \"xoauth2\", oauth2_provider = \"microsoft\", oauth2_tenant and oauth2_client_id (README: Microsoft 365 and Google)"
