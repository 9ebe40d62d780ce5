package oauth

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"github.com/smtpconf/smtpconf/config"
)

// TestDeviceCodeWaitIsBounded: a device authorization server that names
// no expiry for its code, or one years away, does not make the sign-in
// wait without end: the code shown expires within maxDeviceWait.
func TestDeviceCodeWaitIsBounded(t *testing.T) {
	for name, expiresIn := range map[string]string{"no expiry": "", "ten years": `, "expires_in": 315360000`} {
		t.Run(name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
				w.Header().Set("Content-Type", "application/json")
				fmt.Fprintf(w, `{"device_code": "dc", "user_code": "ABCD-EFGH", "verification_uri": "http://127.0.0.1/device", "interval": 3600%s}`, expiresIn)
			}))
			t.Cleanup(srv.Close)
			set := Settings{OAuth2: config.OAuth2{OAuth2Provider: config.ProviderCustom, OAuth2Flow: config.FlowDeviceCode,
				OAuth2ClientID: "app", OAuth2TokenURL: srv.URL + "/token", OAuth2DeviceURL: srv.URL + "/device"}, Mailbox: mailbox}
			src, err := New(set, Options{TokenFile: filepath.Join(t.TempDir(), "token.json")})
			if err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			var shown DeviceCode
			before := time.Now()
			err = src.Login(ctx, func(dc DeviceCode) { shown = dc; cancel() })
			if !errors.Is(err, context.Canceled) {
				t.Fatalf("want the cancelled sign-in, got %v", err)
			}
			if shown.Expiry.IsZero() || shown.Expiry.After(before.Add(maxDeviceWait+time.Minute)) {
				t.Errorf("the code shown expires at %v, want within %v", shown.Expiry, maxDeviceWait)
			}
		})
	}
}
