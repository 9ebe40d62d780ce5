package serve

import (
	"bytes"
	"crypto/sha256"
	"io"
	"log/slog"
	"os"
	"strings"
	"sync"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// maxAuthorizedKeysSize bounds what one auth attempt reads: a real
// authorized_keys file is a few kilobytes.
const maxAuthorizedKeysSize = 1 << 20

// admin is one line of the authorized_keys file.
type admin struct {
	key     gossh.PublicKey
	comment string // usually user@host: names the admin in the audit log
	rules   keyRules
}

// authorizedKeys is the authorized_keys file, re-read whenever it changes so
// that adding or removing an admin needs no restart. Each auth attempt
// stats the file; the file is read again only when its identity, size or
// modification time changed (or the change was too recent for the
// filesystem's clock to tell), and parsed again only when its hash changed.
type authorizedKeys struct {
	path string
	log  *slog.Logger

	// onChange is told the admins each time the file is parsed anew
	// (Server.endRevoked); it runs under mu and must not call back.
	onChange func([]admin)

	mu     sync.Mutex
	stamp  fileStamp
	hash   [sha256.Size]byte
	admins []admin
}

// fileStamp is what a stat says about a file's version.
type fileStamp struct {
	dev, ino uint64
	size     int64
	mtime    time.Time
}

func stampOf(fi os.FileInfo) fileStamp {
	s := fileStamp{size: fi.Size(), mtime: fi.ModTime()}
	s.dev, s.ino = fileID(fi)
	return s
}

// settleTime is how long after a write a file's mtime may still hide a
// further change of the same size (coarse timestamps on some filesystems).
const settleTime = 2 * time.Second

func newAuthorizedKeys(path string, log *slog.Logger) (*authorizedKeys, error) {
	k := &authorizedKeys{path: path, log: log}
	if _, err := k.current(); err != nil {
		return nil, err
	}
	return k, nil
}

// lookup finds key among the admins, reading the file again if it changed.
func (k *authorizedKeys) lookup(key gossh.PublicKey) (admin, bool, error) {
	admins, err := k.current()
	if err != nil {
		return admin{}, false, err
	}
	want := key.Marshal()
	for _, a := range admins {
		if bytes.Equal(a.key.Marshal(), want) {
			return a, true, nil
		}
	}
	return admin{}, false, nil
}

// current returns the admins as the file says now. A file that has become
// unreadable refuses everyone rather than keeping stale keys.
func (k *authorizedKeys) current() ([]admin, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	fi, err := os.Stat(k.path)
	if err != nil {
		k.admins, k.stamp = nil, fileStamp{}
		return nil, i18n.Wrap("serve_err_authorized_keys", nil, err)
	}
	stamp := stampOf(fi)
	if stamp == k.stamp && time.Since(stamp.mtime) > settleTime {
		return k.admins, nil
	}
	data, err := readBounded(k.path, maxAuthorizedKeysSize)
	if err != nil {
		k.admins, k.stamp = nil, fileStamp{}
		return nil, i18n.Wrap("serve_err_authorized_keys", nil, err)
	}
	k.stamp = stamp
	if sum := sha256.Sum256(data); sum != k.hash || k.admins == nil {
		k.hash = sum
		k.admins = parseAuthorizedKeys(data, k.path, k.log)
		k.log.Info("authorized keys loaded", "path", k.path, "keys", len(k.admins))
		if len(k.admins) == 0 {
			k.log.Warn("authorized keys: no usable public key, nobody can log in", "path", k.path)
		}
		if k.onChange != nil {
			k.onChange(k.admins)
		}
	}
	return k.admins, nil
}

func readBounded(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err //nolint:wrapcheck // the caller names the file
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err //nolint:wrapcheck // the caller names the file
	}
	if int64(len(data)) > limit {
		return nil, i18n.Errorf("serve_err_too_large", i18n.D{"Path": path, "Limit": limit})
	}
	return data, nil
}

// parseAuthorizedKeys reads OpenSSH's format. Like sshd, a line it cannot
// parse is skipped (and logged) rather than locking every admin out.
// Lines with "cert-authority" are skipped: certificates are not supported,
// and the CA's own key must not log in. Options: see keyRules.
func parseAuthorizedKeys(data []byte, path string, log *slog.Logger) []admin {
	admins := []admin{}
	for n, line := range bytes.Split(data, []byte("\n")) {
		line = bytes.TrimSpace(line)
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		key, comment, options, _, err := gossh.ParseAuthorizedKey(line)
		if err != nil {
			log.Warn("authorized keys: line skipped", "path", path, "line", n+1, "error", err)
			continue
		}
		if hasOption(options, "cert-authority") {
			log.Warn("authorized keys: cert-authority line skipped (certificates are not supported)", "path", path, "line", n+1)
			continue
		}
		rules, err := parseKeyRules(options)
		if err != nil {
			log.Warn("authorized keys: line skipped", "path", path, "line", n+1, "error", err)
			continue
		}
		admins = append(admins, admin{key: key, comment: comment, rules: rules})
	}
	return admins
}

func hasOption(options []string, name string) bool {
	for _, o := range options {
		if strings.EqualFold(o, name) {
			return true
		}
	}
	return false
}
