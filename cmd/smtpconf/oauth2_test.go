package main

import (
	"strings"
	"testing"
)

// oauth2Config is validConfig logging in to Microsoft 365 with client
// credentials; the client secret is in the file.
var oauth2Config = strings.NewReplacer(`auth = "plain"`, `auth = "xoauth2"
oauth2_provider = "microsoft"
oauth2_tenant = "example.onmicrosoft.com"
oauth2_flow = "client_credentials"
oauth2_client_id = "0b5e7c1a-1111-2222-3333-444455556666"`,
	`password = "`+secret+`"`, `oauth2_client_secret = "`+secret+`"`).Replace(validConfig)

// show says where the client secret comes from, never what it is.
func TestShowDescribesTheClientSecret(t *testing.T) {
	tests := []struct {
		name, config, want string
	}{
		{"in the file", oauth2Config, "oauth2_client_secret          ********"},
		{"from a variable", strings.Replace(oauth2Config, `oauth2_client_secret = "`+secret+`"`, `oauth2_client_secret_env = "SMTP_OAUTH_SECRET"`, 1),
			"oauth2_client_secret          from $SMTP_OAUTH_SECRET"},
		{"from a command", strings.Replace(oauth2Config, `oauth2_client_secret = "`+secret+`"`, `oauth2_client_secret_command = "echo `+secret+`"`, 1),
			"oauth2_client_secret          from command"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t)
			e.writeConfig(tt.config)
			for _, args := range [][]string{{"show"}, {"show", "--json"}, {"validate"}} {
				o := e.smtpconf(args...)
				if o.code != 0 || strings.Contains(o.stdout+o.stderr, secret) {
					t.Errorf("%v: want exit 0 without the secret:\n%s", args, o)
				}
				if args[0] == "show" && len(args) == 1 && (!strings.Contains(o.stdout, tt.want) || !strings.Contains(o.stdout, "oauth2_tenant")) {
					t.Errorf("show: want %q and the tenant:\n%s", tt.want, o)
				}
			}
		})
	}
}
