package mailer

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-smtp"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/oauthtest"
	"github.com/smtpconf/smtpconf/mailer/smtptest"
	"github.com/smtpconf/smtpconf/oauth"
)

const (
	oTenant    = "firma.onmicrosoft.com"
	oOther     = "other.onmicrosoft.com"
	oApp       = "0b5e7c1a-mailer-app"
	oSecret    = "Qx8~the-app-secret"
	oPublic    = "device-app"
	oMailbox   = "noreply@firma.de"
	oNoRights  = "unpermitted-app"
	oNoSecret2 = "Zz9~second-secret"
)

// exchange is an authorization server and a mail server that checks the
// tokens against it as Exchange Online does: a token must verify against
// the tenant's keys, and an app acting as itself may send only as the
// mailboxes it was given (Add-MailboxPermission); every refusal is
// "535 5.7.3 Authentication unsuccessful", whatever the reason.
type exchange struct{ *oauthtest.Provider }

func newExchange(t *testing.T, opts ...smtptest.Option) *exchange {
	t.Helper()
	grants := map[string][]string{oApp: {oMailbox}}
	return &exchange{oauthtest.StartProvider(t, oauthtest.ProviderOptions{
		Tenants: []string{oTenant, oOther},
		Clients: []oauthtest.Client{{Tenant: oTenant, ID: oApp, Secret: oSecret}, {Tenant: oTenant, ID: oNoRights, Secret: oNoSecret2},
			{Tenant: oTenant, ID: oPublic}, {Tenant: oOther, ID: oApp, Secret: oSecret}},
		Accept: func(subject, mailbox string) bool {
			return subject == mailbox || slices.Contains(grants[subject], mailbox)
		},
		Refusal:    "Authentication unsuccessful [AM0PR10CA0021.EURPRD10.PROD.OUTLOOK.COM]",
		Mechanisms: []string{smtptest.MechLogin, smtptest.MechXOAuth2, smtptest.MechOAuthBearer},
		SMTP:       opts,
	})}
}

// settings log in to the mail server as the mailbox with Microsoft's
// client credentials.
func (x *exchange) settings() config.Server {
	s := x.SMTP.Config()
	s.Sender, s.Username, s.Auth = oMailbox, oMailbox, config.AuthXOAuth2
	s.OAuth2 = config.OAuth2{OAuth2Provider: config.ProviderMicrosoft, OAuth2Tenant: oTenant,
		OAuth2Flow: config.FlowClientCredentials, OAuth2ClientID: oApp, OAuth2ClientSecret: oSecret}
	return s
}

func (x *exchange) options(r *recorder, tokenFile string) Options {
	o := r.options()
	o.OAuth2 = oauth.Options{HTTPClient: x.Auth.HTTPClient(), MicrosoftAuthority: x.Auth.URL, Now: x.Auth.Clock.Now, TokenFile: tokenFile}
	return o
}

// signIn plays `smtpconf login` and the admin approving the code.
func (x *exchange) signIn(t *testing.T, s config.Server, tokenFile string) {
	t.Helper()
	src, _, err := NewTokenSource(context.Background(), s, Options{OAuth2: oauth.Options{HTTPClient: x.Auth.HTTPClient(), MicrosoftAuthority: x.Auth.URL, TokenFile: tokenFile}})
	if err != nil {
		t.Fatal(err)
	}
	if err := src.Login(timeoutCtx(t), func(dc oauth.DeviceCode) {
		if err := x.Auth.Approve(oTenant, dc.UserCode, oMailbox); err != nil {
			t.Error(err)
		}
	}); err != nil {
		t.Fatal(err)
	}
}

// secrets are every secret of the test in the forms they could leak in.
func (x *exchange) secrets() []string {
	seen := x.Tokens()
	var out []string
	for _, s := range slices.Concat(seen, x.Auth.RefreshTokens(oTenant), []string{oSecret, oNoSecret2}) {
		out = append(out, s, base64.StdEncoding.EncodeToString([]byte(s)))
	}
	for _, tok := range seen {
		out = append(out, base64.StdEncoding.EncodeToString([]byte(xoauth2Response(oMailbox, tok))),
			base64.StdEncoding.EncodeToString([]byte(oauthBearerResponse(oMailbox, tok))))
	}
	return out
}

// expectNothingLeaked looks for every secret in the transcript, the
// steps, the error, the hint and the JSON of the result.
func expectNothingLeaked(t *testing.T, x *exchange, r *recorder, res *Result) {
	t.Helper()
	js, err := json.Marshal(res)
	if err != nil {
		t.Fatal(err)
	}
	var all strings.Builder
	all.WriteString(r.transcript.String())
	all.Write(js)
	for _, st := range r.events {
		fmt.Fprintf(&all, "%s %s %v\n", st.Title, st.Detail, st.Err)
	}
	msg, hint := Explain(res.Err)
	all.WriteString(msg + hint)
	for _, s := range x.secrets() {
		if strings.Contains(all.String(), s) {
			t.Errorf("a secret (%.12s…) appears in the output:\n%s", s, all.String())
		}
	}
}

func stepDetail(res *Result, name StepName) string {
	for _, st := range res.Steps {
		if st.Name == name {
			return st.Detail
		}
	}
	return ""
}

func TestOAuth2FlowsEndToEnd(t *testing.T) {
	tests := []struct {
		name    string
		change  func(t *testing.T, x *exchange, s *config.Server, tokenFile string)
		mech    string
		summary string
	}{
		{name: "microsoft client credentials with XOAUTH2", change: func(*testing.T, *exchange, *config.Server, string) {},
			mech: MechXOAuth2, summary: "microsoft, client_credentials, valid until"},
		{name: "custom server with OAUTHBEARER and the secret from a command", mech: MechOAuthBearer,
			change: func(_ *testing.T, x *exchange, s *config.Server, _ string) {
				s.Auth = config.AuthOAuthBearer
				s.OAuth2 = config.OAuth2{OAuth2Provider: config.ProviderCustom, OAuth2Flow: config.FlowClientCredentials,
					OAuth2ClientID: oApp, OAuth2ClientSecretCommand: "echo " + oSecret, OAuth2TokenURL: x.Auth.TokenURL(oTenant)}
			}, summary: "custom, client_credentials, valid until"},
		{name: "device code after a sign-in, auth auto", mech: MechXOAuth2,
			change: func(t *testing.T, x *exchange, s *config.Server, tokenFile string) {
				s.Auth = config.AuthAuto
				s.OAuth2 = config.OAuth2{OAuth2Provider: config.ProviderMicrosoft, OAuth2Tenant: oTenant,
					OAuth2Flow: config.FlowDeviceCode, OAuth2ClientID: oPublic}
				x.signIn(t, *s, tokenFile)
			}, summary: "microsoft, device_code, valid until"},
		{name: "refresh token from a variable", mech: MechXOAuth2,
			change: func(t *testing.T, x *exchange, s *config.Server, tokenFile string) {
				s.OAuth2 = config.OAuth2{OAuth2Provider: config.ProviderMicrosoft, OAuth2Tenant: oTenant,
					OAuth2Flow: config.FlowDeviceCode, OAuth2ClientID: oPublic}
				x.signIn(t, *s, tokenFile)
				t.Setenv("SMTPCONF_TEST_REFRESH", x.Auth.RefreshTokens(oTenant)[0])
				s.OAuth2.OAuth2Flow, s.OAuth2.OAuth2RefreshTokenEnv = config.FlowRefreshToken, "SMTPCONF_TEST_REFRESH"
			}, summary: "microsoft, refresh_token, valid until"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := newExchange(t)
			s := x.settings()
			tokenFile := filepath.Join(t.TempDir(), "config.oauth2-token.json")
			tt.change(t, x, &s, tokenFile)
			if ps := config.Validate(config.Config{SMTP: config.SMTP{Server: s}}).Errors(); len(ps) > 0 {
				t.Fatalf("the test's settings are not valid:\n%s", ps)
			}
			var r recorder
			res := SendTest(timeoutCtx(t), s, "admin@firma.de", x.options(&r, tokenFile))
			mustOK(t, res)
			if got := stepNames(res); !strings.HasPrefix(got, "token resolve connect") {
				t.Errorf("steps %q: want the token step before the connection", got)
			}
			if d := stepDetail(res, StepToken); !strings.HasPrefix(d, tt.summary) {
				t.Errorf("token step detail %q, want it to start with %q", d, tt.summary)
			}
			if res.Mechanism != tt.mech || !strings.Contains(r.transcript.String(), "C: AUTH "+tt.mech+" <redacted>") {
				t.Errorf("mechanism %q, want %s; transcript:\n%s", res.Mechanism, tt.mech, r.transcript.String())
			}
			if msgs := x.SMTP.Messages(); len(msgs) != 1 || msgs[0].User != oMailbox {
				t.Errorf("the server did not take one message from %s: %+v", oMailbox, msgs)
			}
			expectNothingLeaked(t, x, &r, res)
		})
	}
}

// A long-running application keeps one Sender: its token is reused while
// fresh and replaced when it expires, and the mail server, which refuses
// the expired token, takes the new one.
func TestSenderRefreshesTheTokenWhenItExpires(t *testing.T) {
	x := newExchange(t)
	var r recorder
	sender := NewSender(x.settings(), x.options(&r, ""))
	msg := Message{To: []string{"admin@firma.de"}, Subject: "report", Body: "hello"}
	for range 2 {
		if err := sender.Send(timeoutCtx(t), msg); err != nil {
			t.Fatal(err)
		}
	}
	if n := x.Auth.Issued(oTenant); n != 1 {
		t.Fatalf("two messages within the hour fetched %d tokens, want 1", n)
	}
	first := x.Tokens()[0]
	x.Auth.Clock.Advance(2 * time.Hour)
	if _, err := x.Auth.Verify(context.Background(), oTenant, first); err == nil {
		t.Fatal("the mail server would still take the expired token")
	}
	if err := sender.Send(timeoutCtx(t), msg); err != nil {
		t.Fatalf("after expiry: %v", err)
	}
	seen := x.Tokens()
	if n := x.Auth.Issued(oTenant); n != 2 || seen[len(seen)-1] == first {
		t.Fatalf("the expired token was not replaced: %d tokens issued", n)
	}
	if got := len(x.SMTP.Messages()); got != 3 {
		t.Errorf("%d messages arrived, want 3", got)
	}
}

func TestConcurrentSendersRefreshOnce(t *testing.T) {
	x := newExchange(t)
	// No transcript or progress: the goroutines would share them.
	sender := NewSender(x.settings(), Options{OAuth2: x.options(&recorder{}, "").OAuth2})
	msg := Message{To: []string{"admin@firma.de"}, Subject: "report", Body: "hello"}
	if err := sender.Send(timeoutCtx(t), msg); err != nil {
		t.Fatal(err)
	}
	x.Auth.Clock.Advance(2 * time.Hour)
	var wg sync.WaitGroup
	for range 2 {
		wg.Go(func() {
			if err := sender.Send(timeoutCtx(t), msg); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if n := x.Auth.Issued(oTenant); n != 2 {
		t.Errorf("two senders after expiry: %d tokens issued in all, want 2 (one refresh)", n)
	}
}

func TestOAuth2FailuresAreExplained(t *testing.T) {
	tests := []struct {
		name   string
		opts   []smtptest.Option
		change func(t *testing.T, x *exchange, s *config.Server, tokenFile string)
		step   StepName
		kind   Kind
		hint   []string
	}{
		{name: "wrong client secret", change: func(_ *testing.T, _ *exchange, s *config.Server, _ string) {
			s.OAuth2.OAuth2ClientSecret = "wrong-secret"
		}, step: StepToken, kind: KindTokenClient, hint: []string{"client secret"}},
		{name: "wrong tenant", change: func(_ *testing.T, _ *exchange, s *config.Server, _ string) {
			s.OAuth2.OAuth2Tenant, s.OAuth2.OAuth2ClientID = oOther, oPublic
		}, step: StepToken, kind: KindTokenClient, hint: []string{"oauth2_client_id"}},
		{name: "not signed in", change: func(_ *testing.T, _ *exchange, s *config.Server, _ string) {
			s.OAuth2.OAuth2Flow, s.OAuth2.OAuth2ClientID, s.OAuth2.OAuth2ClientSecret = config.FlowDeviceCode, oPublic, ""
		}, step: StepToken, kind: KindTokenSignIn, hint: []string{"smtpconf login"}},
		{name: "revoked refresh token", change: func(t *testing.T, x *exchange, s *config.Server, tokenFile string) {
			s.OAuth2.OAuth2Flow, s.OAuth2.OAuth2ClientID, s.OAuth2.OAuth2ClientSecret = config.FlowDeviceCode, oPublic, ""
			x.signIn(t, *s, tokenFile)
			x.Auth.RevokeAll(oTenant)
			x.Auth.Clock.Advance(2 * time.Hour)
		}, step: StepToken, kind: KindTokenSignIn, hint: []string{"revoked", "smtpconf login"}},
		{name: "secret variable not set", change: func(_ *testing.T, _ *exchange, s *config.Server, _ string) {
			s.OAuth2.OAuth2ClientSecret, s.OAuth2.OAuth2ClientSecretEnv = "", "SMTPCONF_TEST_NO_SUCH_SECRET"
		}, step: StepSettings, kind: KindPassword, hint: []string{"export SMTPCONF_TEST_NO_SUCH_SECRET"}},
		{name: "valid token, but the app has no right on the mailbox", change: func(_ *testing.T, _ *exchange, s *config.Server, _ string) {
			s.OAuth2.OAuth2ClientID, s.OAuth2.OAuth2ClientSecret = oNoRights, oNoSecret2
		}, step: StepAuth, kind: KindAuthFailed, hint: []string{"New-ServicePrincipal -AppId " + oNoRights, "Add-MailboxPermission -Identity " + oMailbox}},
		{name: "a token of another tenant", change: func(_ *testing.T, _ *exchange, s *config.Server, _ string) {
			s.OAuth2.OAuth2Tenant = oOther
		}, step: StepAuth, kind: KindAuthFailed, hint: []string{"New-ServicePrincipal"}},
		{name: "SMTP AUTH disabled for the tenant", opts: []smtptest.Option{smtptest.FailAt(smtptest.StepAuth, smtptest.Reply{Code: 535, Enhanced: "5.7.139",
			Text: "Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [MN2PR15CA0012.namprd15.prod.outlook.com]"})},
			change: func(*testing.T, *exchange, *config.Server, string) {}, step: StepAuth, kind: KindAuthDisabled, hint: []string{"Set-CASMailbox -Identity " + oMailbox + " -SmtpClientAuthenticationDisabled $false"}},
		{name: "server without XOAUTH2", opts: []smtptest.Option{smtptest.WithMechanisms(smtptest.MechPlain)},
			change: func(*testing.T, *exchange, *config.Server, string) {}, step: StepAuth, kind: KindMechanismMissing, hint: []string{"plain"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := newExchange(t, tt.opts...)
			s := x.settings()
			tokenFile := filepath.Join(t.TempDir(), "token.json")
			tt.change(t, x, &s, tokenFile)
			var r recorder
			res := Check(timeoutCtx(t), s, "admin@firma.de", x.options(&r, tokenFile))
			var e *Error
			if !errors.As(res.Err, &e) || e.Step != tt.step || e.Kind != tt.kind {
				msg, hint := Explain(res.Err)
				t.Fatalf("want %s at %s, got %v at %v: %s (hint: %s)", tt.kind, tt.step, kindOf(e), stepOf(e), msg, hint)
			}
			for _, part := range tt.hint {
				if !strings.Contains(res.Hint, part) {
					t.Errorf("hint %q does not say %q", res.Hint, part)
				}
			}
			expectNothingLeaked(t, x, &r, res)
		})
	}
}

func kindOf(e *Error) Kind {
	if e == nil {
		return ""
	}
	return e.Kind
}

func stepOf(e *Error) StepName {
	if e == nil {
		return ""
	}
	return e.Step
}

// The texts Microsoft and Google send, as admins meet them, each get the
// hint for their cause.
func TestTokenHintsForRealProviderTexts(t *testing.T) {
	ms := config.Server{Username: oMailbox, OAuth2: config.OAuth2{OAuth2Provider: config.ProviderMicrosoft, OAuth2Tenant: oTenant,
		OAuth2Flow: config.FlowClientCredentials, OAuth2ClientID: oApp}}
	device := ms
	device.OAuth2.OAuth2Flow = config.FlowDeviceCode
	tests := []struct {
		name string
		s    config.Server
		err  error
		kind Kind
		hint string
	}{
		{"AADSTS7000215 wrong or expired secret", ms, &oauth.Error{Code: "invalid_client", AADSTS: "AADSTS7000215",
			Description: "AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '0b5e7c1a'."},
			KindTokenClient, "Certificates & secrets"},
		{"AADSTS700016 application not in the tenant", ms, &oauth.Error{Code: "unauthorized_client", AADSTS: "AADSTS700016",
			Description: "AADSTS700016: Application with identifier '0b5e7c1a' was not found in the directory 'Firma'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant."},
			KindTokenClient, "no application " + oApp + " in tenant " + oTenant},
		{"AADSTS65001 consent not granted", device, &oauth.Error{Code: "invalid_grant", AADSTS: "AADSTS65001",
			Description: "AADSTS65001: The user or administrator has not consented to use the application with ID '0b5e7c1a' named 'Mailer'. Send an interactive authorization request for this user and resource."},
			KindTokenConsent, "Grant admin consent"},
		{"invalid_grant refresh token revoked", device, &oauth.Error{Code: "invalid_grant", AADSTS: "AADSTS70008",
			Description: "AADSTS70008: The provided authorization code or refresh token has expired due to inactivity. Send a new interactive authorization request for this user and resource."},
			KindTokenSignIn, "smtpconf login"},
		{"device code expired", device, &oauth.Error{Code: "expired_token", Err: oauth.ErrDeviceCodeExpired,
			Description: "AADSTS70020: The provided value for the input parameter 'device_code' is not valid. This device code has expired."},
			KindTokenSignIn, "before its countdown ends"},
		{"device code declined", device, &oauth.Error{Code: "authorization_declined", Err: oauth.ErrDeviceCodeDeclined,
			Description: "AADSTS70000: The request was denied because one or more scopes requested are unauthorized or expired. The user must first sign in and grant the client application access to the requested scope."},
			KindTokenSignIn, "declined"},
		{"public client flows off", device, &oauth.Error{Code: "invalid_client", AADSTS: "AADSTS7000218",
			Description: "AADSTS7000218: The request body must contain the following parameter: 'client_assertion' or 'client_secret'."},
			KindTokenClient, "Allow public client flows"},
		{"provider unreachable", ms, &oauth.Error{Err: &url.Error{Op: "Post", URL: "https://login.microsoftonline.com/x/oauth2/v2.0/token", Err: errors.New("dial tcp: connection refused")}}, KindToken, "could not be reached"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			kind, hint := TokenHint(tt.err, tt.s)
			if kind != tt.kind || !strings.Contains(hint, tt.hint) {
				t.Errorf("got %s: %q; want %s containing %q", kind, hint, tt.kind, tt.hint)
			}
		})
	}
}

// Exchange Online's refusals of a login, with their real texts.
func TestAuthHintsForMicrosoft365(t *testing.T) {
	password := config.Server{Host: "smtp.office365.com", Username: oMailbox, Auth: config.AuthLogin, Password: "pw"}
	token := password
	token.Auth, token.Password = config.AuthXOAuth2, ""
	token.OAuth2 = config.OAuth2{OAuth2Provider: config.ProviderMicrosoft, OAuth2Tenant: oTenant, OAuth2Flow: config.FlowClientCredentials, OAuth2ClientID: oApp}
	tests := []struct {
		name  string
		s     config.Server
		reply *ReplyError
		hint  string
	}{
		{"basic auth retired", password, &ReplyError{Code: 535, EnhancedCode: "5.7.139", Text: "Authentication unsuccessful, basic authentication is disabled. [AM0PR10CA0021.EURPRD10.PROD.OUTLOOK.COM]"}, "switch to OAuth 2.0"},
		{"password refused by Microsoft 365", password, &ReplyError{Code: 535, EnhancedCode: "5.7.3", Text: "Authentication unsuccessful [AM0PR10CA0021.EURPRD10.PROD.OUTLOOK.COM]"}, "switch to OAuth 2.0"},
		{"SMTP AUTH off for a password", password, &ReplyError{Code: 535, EnhancedCode: "5.7.139", Text: "Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information."}, "Set-CASMailbox"},
		{"app without mailbox permission", token, &ReplyError{Code: 535, EnhancedCode: "5.7.3", Text: "Authentication unsuccessful [AM0PR10CA0021.EURPRD10.PROD.OUTLOOK.COM]"}, "Add-MailboxPermission"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newConversation(context.Background(), tt.s, Options{})
			e := classify(context.Background(), StepAuth, tt.reply, c.t)
			c.refineAuthHint(e)
			if !strings.Contains(e.Hint, tt.hint) {
				t.Errorf("hint %q does not say %q", e.Hint, tt.hint)
			}
		})
	}
}

// Gmail and RFC 7628 refuse a token with a JSON error challenge, which the
// client answers (empty for XOAUTH2, %x01 for OAUTHBEARER) so that the
// server can give its final 535; the login fails cleanly, not with a hang
// or a protocol error, and the hint speaks of the token.
func TestTokenRefusedWithAnErrorChallenge(t *testing.T) {
	for _, mech := range []string{MechXOAuth2, MechOAuthBearer} {
		t.Run(mech, func(t *testing.T) {
			x := newExchange(t)
			srv := smtptest.NewServer(t, smtptest.WithOAuth2(func(string, string) error { return errors.New("invalid token") }),
				smtptest.WithMechanisms(mech))
			s := x.settings()
			s.Host, s.Port, s.TLSCAFile = srv.Host, srv.Port, srv.CAFile()
			s.Auth = config.Auth(strings.ToLower(mech))
			s.OAuth2 = config.OAuth2{OAuth2Provider: config.ProviderGoogle, OAuth2Flow: config.FlowRefreshToken,
				OAuth2ClientID: oPublic, OAuth2RefreshTokenEnv: "SMTPCONF_TEST_REFRESH", OAuth2TokenURL: x.Auth.TokenURL(oTenant)}
			x.signIn(t, config.Server{Username: oMailbox, Auth: config.AuthXOAuth2, OAuth2: config.OAuth2{OAuth2Provider: config.ProviderMicrosoft,
				OAuth2Tenant: oTenant, OAuth2Flow: config.FlowDeviceCode, OAuth2ClientID: oPublic}}, filepath.Join(t.TempDir(), "t.json"))
			t.Setenv("SMTPCONF_TEST_REFRESH", x.Auth.RefreshTokens(oTenant)[0])
			var r recorder
			res := Check(timeoutCtx(t), s, "", x.options(&r, ""))
			var e *Error
			if !errors.As(res.Err, &e) || e.Kind != KindAuthFailed || e.EnhancedCode != "5.7.8" || !strings.Contains(res.Hint, "Gmail refused the token") {
				t.Fatalf("want 535 5.7.8 as auth-failed with Gmail's hint, got %v (hint %q)", res.Err, res.Hint)
			}
			if !strings.Contains(r.transcript.String(), "C: AUTH "+mech+" <redacted>") {
				t.Errorf("transcript:\n%s", r.transcript.String())
			}
		})
	}
}

// A server may echo the token it refuses in its reply; the access token
// must not come back to the admin through it (transcript, steps, error,
// hint, JSON), as an echoed password does not.
func TestATokenEchoedByTheServerIsRedacted(t *testing.T) {
	x := newExchange(t)
	echoing := smtptest.NewServer(t, smtptest.WithMechanisms(smtptest.MechLogin), smtptest.WithOAuth2(func(_, token string) error {
		x.Record(token)
		return &smtp.SMTPError{Code: 535, EnhancedCode: smtp.EnhancedCode{5, 7, 3}, Message: "token " + token + " not accepted"}
	}))
	s, want := echoing.Config(), x.settings()
	s.Sender, s.Username, s.Auth, s.OAuth2 = want.Sender, want.Username, want.Auth, want.OAuth2
	var r recorder
	res := Check(timeoutCtx(t), s, "admin@firma.de", x.options(&r, ""))
	if res.OK || res.Err == nil || !strings.Contains(res.Err.Error(), "not accepted") {
		t.Fatalf("want the echoing refusal, got %v", res.Err)
	}
	if len(x.secrets()) == 0 || len(x.Tokens()) == 0 {
		t.Fatal("no token reached the server")
	}
	expectNothingLeaked(t, x, &r, res)
}
