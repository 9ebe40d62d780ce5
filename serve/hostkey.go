package serve

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	gossh "golang.org/x/crypto/ssh"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// hostKey is the server's identity: the signer, and whether this start
// created it (the admin should then record its fingerprint).
type hostKey struct {
	signer    gossh.Signer
	generated bool
}

// Fingerprint is the key's SHA256 fingerprint as OpenSSH prints it
// ("SHA256:..."), which admins compare with what ssh shows on first connect.
func (k hostKey) Fingerprint() string { return gossh.FingerprintSHA256(k.signer.PublicKey()) }

// loadOrCreateHostKey reads the host key at path, or creates an ed25519 key
// there on first start. A private key readable by others is refused, as
// sshd does, because anyone who can read it can impersonate the server.
func loadOrCreateHostKey(path string) (hostKey, error) {
	data, err := os.ReadFile(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		signer, err := createHostKey(path)
		if err != nil {
			return hostKey{}, err
		}
		return hostKey{signer: signer, generated: true}, nil
	case err != nil:
		return hostKey{}, i18n.Wrap("serve_err_read_host_key", nil, err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		return hostKey{}, i18n.Wrap("serve_err_read_host_key", nil, err)
	}
	if perm := fi.Mode().Perm(); perm&0o077 != 0 {
		return hostKey{}, i18n.Errorf("serve_err_host_key_readable", i18n.D{"Path": path, "Mode": fmt.Sprintf("%04o", perm)})
	}
	signer, err := gossh.ParsePrivateKey(data)
	if err != nil {
		return hostKey{}, i18n.Wrap("serve_err_host_key_invalid", i18n.D{"Path": path}, err)
	}
	return hostKey{signer: signer}, nil
}

// createHostKey writes a new ed25519 key to path (mode 0600, its directory
// 0700 when created here). The key is written to a temporary file and linked
// into place, so a crash never leaves half a key and two servers starting
// at once cannot overwrite each other's key: the loser reads the winner's.
func createHostKey(path string) (gossh.Signer, error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, i18n.Wrap("serve_err_host_key_dir", nil, err)
	}
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, i18n.Wrap("serve_err_host_key_generate", nil, err)
	}
	block, err := gossh.MarshalPrivateKey(priv, "smtpconf serve host key")
	if err != nil {
		return nil, i18n.Wrap("serve_err_host_key_encode", nil, err)
	}
	tmp, err := os.CreateTemp(dir, ".host-key-*")
	if err != nil {
		return nil, i18n.Wrap("serve_err_host_key_write", nil, err)
	}
	defer os.Remove(tmp.Name())
	// CreateTemp already uses 0600; Chmod makes that explicit whatever the umask.
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return nil, i18n.Wrap("serve_err_host_key_write", nil, err)
	}
	if _, err := tmp.Write(pem.EncodeToMemory(block)); err != nil {
		tmp.Close()
		return nil, i18n.Wrap("serve_err_host_key_write", nil, err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return nil, i18n.Wrap("serve_err_host_key_write", nil, err)
	}
	if err := tmp.Close(); err != nil {
		return nil, i18n.Wrap("serve_err_host_key_write", nil, err)
	}
	if err := os.Link(tmp.Name(), path); err != nil {
		if errors.Is(err, fs.ErrExist) {
			k, err := loadOrCreateHostKey(path)
			return k.signer, err
		}
		return nil, i18n.Wrap("serve_err_host_key_write", nil, err)
	}
	signer, err := gossh.NewSignerFromKey(priv)
	if err != nil {
		return nil, i18n.Wrap("serve_err_host_key", nil, err)
	}
	return signer, nil
}
