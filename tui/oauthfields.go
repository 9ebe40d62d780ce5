package tui

import (
	"slices"
	"strings"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/mailer"
)

// The OAuth 2.0 settings on the form and in the first-time setup: which of
// them show for a provider and flow, the flows a provider offers, and the
// wizard's "sign in with" choice that fills in a provider's server.

// isOAuthKey tells whether k is one of the OAuth 2.0 settings, which
// follow the username (the mailbox) in formKeys and replace the password.
func isOAuthKey(k string) bool { return strings.HasPrefix(k, "smtp.oauth2_") }

// signInKey is the first-time setup's choice between a password and a
// provider's OAuth 2.0 sign-in. It is no setting: choosing fills settings.
const signInKey = "wizard.signin"

// Values of the sign-in choice.
const (
	signInPassword = "password"
	signInM365     = config.ProviderMicrosoft
	signInGoogle   = config.ProviderGoogle
)

// flowLabel says what a flow means to the admin choosing one.
func flowLabel(l i18n.Lang, flow string) string {
	switch flow {
	case config.FlowClientCredentials:
		return l.T("tuiform_flow_client_credentials", nil)
	case config.FlowDeviceCode:
		return l.T("tuiform_flow_device_code", nil)
	case config.FlowRefreshToken:
		return l.T("tuiform_flow_refresh_token", nil)
	case config.FlowServiceAccount:
		return l.T("tuiform_flow_service_account", nil)
	}
	return flow
}

// providerFlows are the flows each provider offers for sending mail:
// Google has no client credentials for Gmail and no device flow for its
// scope.
func providerFlows(provider string) []string {
	if provider == config.ProviderGoogle {
		return []string{config.FlowServiceAccount, config.FlowRefreshToken}
	}
	return []string{config.FlowClientCredentials, config.FlowDeviceCode, config.FlowRefreshToken}
}

// addOAuthFields gives the OAuth fields their choices and makes the
// sign-in choice; newDraft calls it once, speakOAuth words them.
func (d *draft) addOAuthFields() {
	for _, p := range config.OAuth2Providers() {
		d.fields["smtp.oauth2_provider"].choices = append(d.fields["smtp.oauth2_provider"].choices, choice{p, p})
	}
	in := newField(signInKey, kindChoice)
	in.choices = []choice{{signInPassword, signInPassword}, {signInM365, signInM365}, {signInGoogle, signInGoogle}}
	d.fields[signInKey] = in
	d.fitFlows()
}

// speakOAuth puts the words of the draft's language on the OAuth fields
// and the sign-in choice.
func (d *draft) speakOAuth() {
	l := d.lang
	provider := d.fields["smtp.oauth2_provider"]
	for i, c := range provider.choices {
		provider.choices[i].label = providerChoiceIn(l, c.value)
	}
	d.fitFlows()
	// config's help names the file's values (client_credentials, custom);
	// the form shows these choices by label, so its help says the labels.
	provider.help = l.T("tuiform_oauth2_provider_help", nil)
	d.fields["smtp.oauth2_flow"].help = l.T("tuiform_oauth2_flow_help", nil)
	d.fields["smtp.oauth2_tenant"].input.Placeholder = l.T("tuiform_example", i18n.D{"Value": "example.onmicrosoft.com"})
	d.fields["smtp.oauth2_tenant"].example = true
	d.fields["smtp.oauth2_scope"].input.Placeholder = l.T("tuiform_oauth2_scope_default", nil)
	d.fields["smtp.oauth2_refresh_token_env"].input.Placeholder = l.T("tuiform_example", i18n.D{"Value": "SMTP_REFRESH_TOKEN"})
	d.fields["smtp.oauth2_refresh_token_env"].example = true

	in := d.fields[signInKey]
	in.label = l.T("tuiform_signin_label", nil)
	in.help = l.T("tuiform_signin_help", nil)
	for i, c := range in.choices {
		switch c.value {
		case signInPassword:
			in.choices[i].label = l.T("tuiform_signin_password", nil)
		case signInM365:
			in.choices[i].label = "Microsoft 365 (OAuth)"
		case signInGoogle:
			in.choices[i].label = "Google (OAuth)"
		}
	}
}

// fitFlows offers the flows of the provider chosen. A flow the file has
// that the provider does not offer stays on offer, so that loading never
// changes it: validation names it instead.
func (d *draft) fitFlows() {
	f := d.fields["smtp.oauth2_flow"]
	current := f.value()
	flows := providerFlows(d.fields["smtp.oauth2_provider"].value())
	if current != "" && !slices.Contains(flows, current) && current == d.savedText["smtp.oauth2_flow"] {
		flows = append(flows, current)
	}
	f.choices = nil
	for _, fl := range flows {
		f.choices = append(f.choices, choice{fl, flowLabel(d.lang, fl)})
	}
	f.setValue(current)
}

// oauthTexts are what the OAuth fields show for settings; the client
// secret, like the password, is always empty (empty keeps the saved one).
func oauthTexts(c config.Config, texts map[string]string) {
	o := c.SMTP.OAuth2
	for k, v := range map[string]string{
		"smtp.oauth2_provider": o.OAuth2Provider, "smtp.oauth2_tenant": o.OAuth2Tenant,
		"smtp.oauth2_flow": o.OAuth2Flow, "smtp.oauth2_client_id": o.OAuth2ClientID,
		"smtp.oauth2_client_secret":         "",
		"smtp.oauth2_refresh_token_env":     o.OAuth2RefreshTokenEnv,
		"smtp.oauth2_refresh_token_command": o.OAuth2RefreshTokenCommand,
		"smtp.oauth2_token_url":             o.OAuth2TokenURL, "smtp.oauth2_device_url": o.OAuth2DeviceURL,
		"smtp.oauth2_service_account_file": o.OAuth2ServiceAccountFile, "smtp.oauth2_scope": o.OAuth2Scope,
	} {
		texts[k] = v
	}
}

// usesOAuth tells whether the auth chosen logs in with a token: a token
// mechanism, or, as config has it (Server.UsesOAuth2), automatic with a
// provider in the file. The file's provider decides, as the form's
// provider row always shows one.
func (d *draft) usesOAuth() bool {
	auth := config.Auth(d.fields["smtp.auth"].value())
	if slices.Contains(config.OAuth2Auths(), auth) {
		return true
	}
	return (auth == config.AuthAuto || auth == "") && d.saved.SMTP.OAuth2Provider != ""
}

// visibleOAuth is draft.visible for the OAuth fields, once a server of
// the admin's own is chosen; ok is false for other keys.
func (d *draft) visibleOAuth(k string) (show, ok bool) {
	value := func(k string) string { return d.fields[k].value() }
	provider, flow := value("smtp.oauth2_provider"), value("smtp.oauth2_flow")
	switch k {
	case signInKey:
		return true, true
	case "smtp.password":
		return value("smtp.auth") != string(config.AuthNone) && !d.usesOAuth(), true
	}
	if !isOAuthKey(k) {
		return false, false
	}
	if !d.usesOAuth() {
		return false, true
	}
	switch k {
	case "smtp.oauth2_tenant":
		return provider == config.ProviderMicrosoft, true
	case "smtp.oauth2_client_id":
		return flow != config.FlowServiceAccount, true
	case "smtp.oauth2_client_secret":
		// A public client signing in on a device has no secret, unless
		// the file gives one.
		return flow != config.FlowServiceAccount &&
			(flow != config.FlowDeviceCode || d.fields[k].source != "" || d.saved.SMTP.OAuth2ClientSecret != ""), true
	case "smtp.oauth2_refresh_token_env", "smtp.oauth2_refresh_token_command":
		return flow == config.FlowRefreshToken, true
	case "smtp.oauth2_token_url":
		return provider == config.ProviderCustom, true
	case "smtp.oauth2_device_url":
		return provider == config.ProviderCustom && flow == config.FlowDeviceCode, true
	case "smtp.oauth2_service_account_file":
		return flow == config.FlowServiceAccount, true
	}
	return true, true
}

// signInOf is the sign-in choice that fits settings: the provider's when
// it logs in with a token from Microsoft or Google.
func signInOf(s config.Server) string {
	if s.UsesOAuth2() && (s.OAuth2Provider == config.ProviderMicrosoft || s.OAuth2Provider == config.ProviderGoogle) {
		return s.OAuth2Provider
	}
	return signInPassword
}

// applySignIn fills in what a sign-in choice implies: a provider's
// server, port and security, the token login and the provider with a
// flow it offers; a password login after a token one goes back to
// automatic. The fields the choice fills count as left by the admin.
func (d *draft) applySignIn(v string) {
	set := func(k, v string) {
		d.fields[k].setValue(v)
		d.touched[k] = true
	}
	var host, flow string
	switch v {
	case signInM365:
		host, flow = "smtp.office365.com", config.FlowClientCredentials
	case signInGoogle:
		host, flow = "smtp.gmail.com", config.FlowServiceAccount
	default:
		if d.usesOAuth() {
			set("smtp.auth", string(config.AuthAuto))
		}
		return
	}
	set("smtp.host", host)
	set("smtp.protocol", string(config.ProtocolSMTP))
	set("smtp.port", "587")
	set("smtp.starttls", "true")
	d.portTyped = false
	set("smtp.auth", string(config.AuthXOAuth2))
	set("smtp.oauth2_provider", v)
	d.fitFlows()
	if !slices.Contains(providerFlows(v), d.fields["smtp.oauth2_flow"].value()) {
		set("smtp.oauth2_flow", flow)
	}
}

// needsSignIn tells whether the settings sign in with the device code
// flow, so that an admin must sign in once before mail can go.
func (d *draft) needsSignIn() bool {
	s := d.cfg.Effective()
	return s.UsesOAuth2() && s.OAuth2Flow == config.FlowDeviceCode
}

// mailerOptions are the options every check, test and sign-in of this
// session runs with: the token file beside the config edited, and the
// session's language for what the mailer says.
func (u *ui) mailerOptions(d *draft) mailer.Options {
	o := u.opts.OAuth2
	o.TokenFile = config.TokenFilePath(d.file.Path)
	return mailer.Options{OAuth2: o, Lang: u.lang()}
}
