package config

import (
	"strings"
	"testing"
	"time"
)

func TestDefault(t *testing.T) {
	c := Default()
	want := Server{Protocol: ProtocolSMTP, StartTLS: true, Port: 587, Auth: AuthAuto, Timeout: Duration{15 * time.Second}}
	if !c.SMTP.UseDefault || c.SMTP.Server != want || c.DefaultServer != (Server{}) {
		t.Fatalf("Default() = %+v", c)
	}
}

func TestWithDefaults(t *testing.T) {
	tests := []struct {
		name    string
		in, out Server
	}{
		{name: "empty_is_smtp_587_no_auth", in: Server{}, out: Server{Protocol: ProtocolSMTP, Port: 587, Auth: AuthNone, Timeout: Duration{DefaultTimeout}}},
		{name: "smtps_gets_465", in: Server{Protocol: ProtocolSMTPS}, out: Server{Protocol: ProtocolSMTPS, Port: 465, Auth: AuthNone, Timeout: Duration{DefaultTimeout}}},
		{name: "username_means_auto", in: Server{Username: "u"}, out: Server{Protocol: ProtocolSMTP, Port: 587, Auth: AuthAuto, Username: "u", Timeout: Duration{DefaultTimeout}}},
		{name: "set_values_are_kept", in: Server{Protocol: ProtocolSMTP, Port: 25, Auth: AuthLogin, Timeout: Duration{time.Minute}},
			out: Server{Protocol: ProtocolSMTP, Port: 25, Auth: AuthLogin, Timeout: Duration{time.Minute}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.in.WithDefaults(); got != tt.out {
				t.Fatalf("got %+v, want %+v", got, tt.out)
			}
		})
	}
}

func TestEffective(t *testing.T) {
	t.Run("custom_server_with_defaults", func(t *testing.T) {
		c := validCustom()
		c.SMTP.Port = 0
		if got := c.Effective(); got.Port != 587 || got.Host != "mail.firma.de" {
			t.Fatalf("got %+v", got)
		}
	})
	t.Run("empty_default_server_is_local_mta", func(t *testing.T) {
		c := validCustom()
		c.SMTP.UseDefault = true
		got := c.Effective()
		want := Server{Sender: "noreply@firma.de", SenderName: "Firma Platform", Protocol: ProtocolSMTP, Host: "localhost", Port: 25,
			Auth: AuthNone, Timeout: Duration{DefaultTimeout}}
		if got != want {
			t.Fatalf("got %+v, want %+v", got, want)
		}
	})
	t.Run("default_server_smtps_gets_465", func(t *testing.T) {
		c := Default()
		c.DefaultServer.Protocol = ProtocolSMTPS
		if got := c.Effective(); got.Port != 465 {
			t.Fatalf("got port %d", got.Port)
		}
	})
	t.Run("default_server_own_values_win", func(t *testing.T) {
		c := validCustom()
		c.SMTP.UseDefault = true
		c.SMTP.Timeout = Duration{time.Minute}
		c.DefaultServer = Server{Host: "relay", Port: 2525, Sender: "platform@firma.de", SenderName: "Platform", Username: "u", Timeout: Duration{time.Second}}
		got := c.Effective()
		if got.Host != "relay" || got.Port != 2525 || got.Sender != "platform@firma.de" || got.SenderName != "Platform" || got.Auth != AuthAuto || got.Timeout.Duration != time.Second {
			t.Fatalf("got %+v", got)
		}
	})
	t.Run("default_server_inherits_timeout", func(t *testing.T) {
		c := Default()
		c.SMTP.Timeout = Duration{time.Minute}
		if got := c.Effective(); got.Timeout.Duration != time.Minute {
			t.Fatalf("got %v", got.Timeout)
		}
	})
	t.Run("default_server_does_not_inherit_credentials", func(t *testing.T) {
		c := validCustom()
		c.SMTP.UseDefault = true
		if got := c.Effective(); got.Username != "" || got.Password != "" || got.Host != "localhost" {
			t.Fatalf("got %+v", got)
		}
	})
}

// Inherits must say exactly what Effective does: every server key is set in
// [smtp] only, and the ones that reach the effective default server are the
// inherited ones.
func TestInherits(t *testing.T) {
	samples := map[Kind]string{KindString: "x@example.com", KindBool: "true", KindInt: "2525", KindDuration: "1m"}
	for _, k := range Keys() {
		name, ok := strings.CutPrefix(k.Name, "default_server.")
		if !ok {
			continue
		}
		t.Run(name, func(t *testing.T) {
			c := Default()
			sample := samples[k.Kind]
			if k.Kind == KindChoice {
				sample = k.Choices[len(k.Choices)-1] // smtps, cram-md5: not the default server's defaults
			}
			if err := c.Set(name, sample); err != nil {
				t.Fatal(err)
			}
			eff := c.Effective()
			effField, _ := (&Config{SMTP: SMTP{Server: eff}}).field("smtp." + name)
			smtpField, _ := c.field("smtp." + name)
			got := effField.same(smtpField)
			for _, key := range []string{name, "smtp." + name, "default_server." + name} {
				if Inherits(key) != got {
					t.Errorf("Inherits(%q) = %v, but Effective %s it", key, Inherits(key), map[bool]string{true: "inherits", false: "does not inherit"}[got])
				}
			}
		})
	}
	if Inherits("use_default") || Inherits("nonsense") {
		t.Error("only server keys can be inherited")
	}
}
