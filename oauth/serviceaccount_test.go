package oauth

import (
	"context"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/json"
	"encoding/pem"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"

	jose "github.com/go-jose/go-jose/v4"

	"github.com/smtpconf/smtpconf/config"
)

// googleTokenEndpoint answers the JWT bearer grant as Google's does: the
// assertion must be signed by the service account's key (RS256), issued by
// its address, for the token endpoint, acting as a mailbox, with Gmail's
// scope and a short lifetime.
func googleTokenEndpoint(t *testing.T, key *rsa.PublicKey, email string) *httptest.Server {
	t.Helper()
	var srv *httptest.Server
	srv = httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		refuse := func(desc string) {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusBadRequest)
			_ = json.NewEncoder(w).Encode(map[string]string{"error": "invalid_grant", "error_description": desc})
		}
		if r.FormValue("grant_type") != "urn:ietf:params:oauth:grant-type:jwt-bearer" {
			refuse("unsupported grant")
			return
		}
		jws, err := jose.ParseSigned(r.FormValue("assertion"), []jose.SignatureAlgorithm{jose.RS256})
		if err != nil {
			refuse("Invalid JWT: " + err.Error())
			return
		}
		payload, err := jws.Verify(key)
		if err != nil {
			refuse("Invalid JWT Signature.")
			return
		}
		var c struct {
			Iss, Sub, Aud, Scope string
			Exp, Iat             int64
		}
		if err := json.Unmarshal(payload, &c); err != nil || c.Iss != email || c.Aud != srv.URL+"/token" ||
			c.Scope != ScopeGoogle || c.Sub == "" || c.Exp-c.Iat > 3600 {
			refuse("Invalid claims")
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]any{"access_token": "ya29.for-" + c.Sub, "expires_in": 3599, "token_type": "Bearer"})
	}))
	t.Cleanup(srv.Close)
	return srv
}

func writeServiceAccountKey(t *testing.T, email string, key *rsa.PrivateKey) string {
	t.Helper()
	der, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	data, _ := json.Marshal(map[string]string{"type": "service_account", "client_email": email, "private_key_id": "k1",
		"private_key": string(pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der}))})
	path := filepath.Join(t.TempDir(), "sa.json")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestServiceAccountActsAsTheMailbox(t *testing.T) {
	const email = "mailer@firma.iam.gserviceaccount.com"
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	other, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	srv := googleTokenEndpoint(t, &key.PublicKey, email)
	for _, tt := range []struct {
		name string
		key  *rsa.PrivateKey
		ok   bool
	}{{"the service account's key", key, true}, {"a deleted key", other, false}} {
		t.Run(tt.name, func(t *testing.T) {
			set := Settings{OAuth2: config.OAuth2{OAuth2Provider: config.ProviderGoogle, OAuth2Flow: config.FlowServiceAccount,
				OAuth2ServiceAccountFile: writeServiceAccountKey(t, email, tt.key), OAuth2TokenURL: srv.URL + "/token"}, Mailbox: mailbox}
			src, err := New(set, Options{HTTPClient: srv.Client(), Timeout: 5 * time.Second})
			if err != nil {
				t.Fatal(err)
			}
			tok, err := src.Token(context.Background())
			var oe *Error
			switch {
			case tt.ok && (err != nil || tok.AccessToken != "ya29.for-"+mailbox):
				t.Fatalf("want a token for %s, got %q, %v", mailbox, tok.AccessToken, err)
			case !tt.ok && (!errors.As(err, &oe) || oe.Code != "invalid_grant"):
				t.Fatalf("want invalid_grant, got %v", err)
			}
		})
	}
}
