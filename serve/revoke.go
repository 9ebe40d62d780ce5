package serve

import (
	"bytes"
	"context"
	"net"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// errKeyRemoved ends a session whose key left authorized_keys.
var errKeyRemoved = i18n.Errorf("serve_err_key_removed", nil)

// keyRecheck is how often a running server looks at authorized_keys for
// removed keys when nothing else makes it read the file (a login or a
// save does). A stat, and a read only when the file changed.
const keyRecheck = 5 * time.Second

// keyHolder is a running form and the key it was opened with: a key removed
// from authorized_keys (or no longer allowed by its options) ends it.
type keyHolder struct {
	key    []byte // the public key, marshalled
	remote net.Addr
	end    context.CancelCauseFunc
}

// stillAllowed says why the file as it is now keeps the key out, or nil.
func (h *keyHolder) stillAllowed(admins []admin, now time.Time) error {
	for _, a := range admins {
		if !bytes.Equal(a.key.Marshal(), h.key) {
			continue
		}
		if why := a.rules.refusal(h.remote, now); why != nil {
			return i18n.Wrap("serve_err_key_not_allowed", nil, why)
		}
		return nil
	}
	return errKeyRemoved
}

// holdKey registers a running form under its key until the returned
// function is called.
func (s *Server) holdKey(key gossh.PublicKey, remote net.Addr, end context.CancelCauseFunc) (release func()) {
	h := &keyHolder{key: key.Marshal(), remote: remote, end: end}
	s.mu.Lock()
	s.holders[h] = struct{}{}
	s.mu.Unlock()
	return func() {
		s.mu.Lock()
		delete(s.holders, h)
		s.mu.Unlock()
	}
}

// endRevoked is authorizedKeys' onChange: each time the file is read
// anew, every form whose key is gone (or now refused) is ended and its
// admin told why.
func (s *Server) endRevoked(admins []admin) {
	now := time.Now()
	s.mu.Lock()
	defer s.mu.Unlock()
	for h := range s.holders {
		if err := h.stillAllowed(admins, now); err != nil {
			h.end(err)
		}
	}
}

// checkKeyBeforeSave is a form's tui.Options.BeforeSave: the key must still
// be in authorized_keys (and allowed) when the admin saves, not only when
// they logged in. A key that is not ends the session.
func (s *Server) checkKeyBeforeSave(key gossh.PublicKey, remote net.Addr, end context.CancelCauseFunc) func() error {
	h := &keyHolder{key: key.Marshal(), remote: remote, end: end}
	return func() error {
		admins, err := s.admins.current()
		if err != nil {
			return i18n.Wrap("serve_err_key_unchecked", nil, err)
		}
		if err := h.stillAllowed(admins, time.Now()); err != nil {
			end(err)
			return err
		}
		return nil
	}
}

// recheckKeys reads authorized_keys again every keyRecheck until ctx ends,
// so that a removed key's form ends even when nobody logs in or saves.
func (s *Server) recheckKeys(ctx context.Context) {
	tick := time.NewTicker(keyRecheck)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
			_, _ = s.admins.current()
		}
	}
}
