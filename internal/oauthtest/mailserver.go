package oauthtest

import (
	"context"
	"slices"
	"sync"
	"testing"

	"github.com/emersion/go-smtp"

	"github.com/smtpconf/smtpconf/mailer/smtptest"
)

// Provider is an authorization server and a mail server that takes its
// tokens, both on loopback: what every OAuth test of the mailer, the TUI
// and the CLI starts with, so the way a token is checked is written once.
type Provider struct {
	Auth *Server
	SMTP *smtptest.Server

	mu     sync.Mutex
	tokens []string // every access token the mail server was shown
}

// Client is a client registered with the authorization server; an empty
// Secret makes it a public client (device code).
type Client struct{ Tenant, ID, Secret string }

// ProviderOptions says which tenants and clients exist and how the mail
// server judges a token.
type ProviderOptions struct {
	Tenants []string // tokens are verified against the first
	Clients []Client
	// Accept says whether the token's subject may send as mailbox;
	// nil accepts every token the first tenant issued.
	Accept func(subject, mailbox string) bool
	// Refusal is the text of the 535 reply; "Authentication unsuccessful"
	// when empty.
	Refusal string
	// Mechanisms the mail server offers; only XOAUTH2 when empty.
	Mechanisms []string
	SMTP       []smtptest.Option // appended after the token check
}

// StartProvider starts both servers; they stop when t ends.
func StartProvider(t testing.TB, opts ProviderOptions) *Provider {
	t.Helper()
	p := &Provider{Auth: Start(t, opts.Tenants...)}
	for _, c := range opts.Clients {
		p.Auth.AddClient(c.Tenant, c.ID, c.Secret)
	}
	refusal := opts.Refusal
	if refusal == "" {
		refusal = "Authentication unsuccessful"
	}
	mechs := opts.Mechanisms
	if len(mechs) == 0 {
		mechs = []string{smtptest.MechXOAuth2}
	}
	check := func(mailbox, token string) error {
		p.Record(token)
		sub, err := p.Auth.Verify(context.Background(), opts.Tenants[0], token)
		if err == nil && (opts.Accept == nil || opts.Accept(sub, mailbox)) {
			return nil
		}
		return &smtp.SMTPError{Code: 535, EnhancedCode: smtp.EnhancedCode{5, 7, 3}, Message: refusal}
	}
	p.SMTP = smtptest.NewServer(t, append([]smtptest.Option{smtptest.WithOAuth2(check), smtptest.WithMechanisms(mechs...)}, opts.SMTP...)...)
	return p
}

// Record notes a token a mail server was shown, for tests whose own
// server must count among the places a token may leak from.
func (p *Provider) Record(token string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.tokens = append(p.tokens, token)
}

// Tokens are the access tokens shown so far, oldest first.
func (p *Provider) Tokens() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return slices.Clone(p.tokens)
}
