package main

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestDemoBannerNamesTheCA: the demo's banner names the CA file of its
// server beside the address and login, in the form and in the accessible
// prompts, so an admin who types the demo server in as a custom server can
// set tls_ca_file instead of meeting "certificate signed by unknown
// authority". While the demo runs, the file named is the server's CA.
func TestDemoBannerNamesTheCA(t *testing.T) {
	caShown := regexp.MustCompile(`Demo server 127\.0\.0\.1:\d+ · CA (/\S+/smtpconf-demo-\d+/demo-ca\.pem)`)
	cases := []struct {
		name string
		run  func(t *testing.T) (screen string, stillRunning bool)
	}{
		{name: "accessible_prompts", run: func(t *testing.T) (string, bool) {
			o := newEnv(t).run(strings.Repeat("\n", 12), "demo", "--accessible")
			return o.stdout, false
		}},
		{name: "form", run: func(t *testing.T) (string, bool) {
			p := startTmux(t, "env GORACE=atexit_sleep_ms=0 "+binary+" demo; sleep 60")
			return p.waitFor("demo-ca.pem"), true
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			screen, running := c.run(t)
			m := caShown.FindStringSubmatch(screen)
			if m == nil {
				t.Fatalf("the banner does not name the demo's CA file:\n%s", screen)
			}
			if !strings.Contains(screen, "login demo / demo-password") {
				t.Errorf("the banner lost the login:\n%s", screen)
			}
			if running {
				pem, err := os.ReadFile(m[1])
				if err != nil || !strings.Contains(string(pem), "BEGIN CERTIFICATE") {
					t.Errorf("the CA file named, %s, is not a certificate while the demo runs: %v", m[1], err)
				}
			}
		})
	}
}
