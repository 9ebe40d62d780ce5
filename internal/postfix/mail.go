package postfix

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/mail"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// Message is one message Postfix delivered to the Maildir.
type Message struct {
	To   string // the envelope recipient (X-Original-To)
	Data []byte // as stored, with the headers Postfix added
	Head mail.Header
}

// Messages lists what was delivered to rcpt so far.
func (s *Server) Messages(rcpt string) ([]Message, error) {
	var names []string
	for _, sub := range []string{"new", "cur"} {
		got, err := filepath.Glob(filepath.Join(s.l.maildir, "inbox", sub, "*"))
		if err != nil {
			return nil, err
		}
		names = append(names, got...)
	}
	slices.Sort(names)
	var msgs []Message
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("read a delivered message: %w", err)
		}
		m, err := mail.ReadMessage(bytes.NewReader(b))
		if err != nil {
			return nil, fmt.Errorf("parse %s: %w", name, err)
		}
		if to := m.Header.Get("X-Original-To"); strings.EqualFold(to, rcpt) {
			msgs = append(msgs, Message{To: to, Data: b, Head: m.Header})
		}
	}
	return msgs, nil
}

// WaitMessage waits until a message to rcpt was delivered: Postfix
// delivers after it answered 250, so a test polls the Maildir, which is
// all it can see of the delivery.
func (s *Server) WaitMessage(ctx context.Context, rcpt string) (Message, error) {
	ctx, cancel := context.WithTimeout(ctx, startTimeout)
	defer cancel()
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for {
		msgs, err := s.Messages(rcpt)
		if err != nil {
			return Message{}, err
		}
		if len(msgs) > 0 {
			return msgs[0], nil
		}
		select {
		case <-ctx.Done():
			q, _ := s.Queued(context.Background(), rcpt)
			return Message{}, fmt.Errorf("no message to %s in the Maildir (%d still queued): %w\n%s", rcpt, q, ctx.Err(), s.Logs())
		case <-tick.C:
		}
	}
}

// Queued counts the messages in Postfix's queue with rcpt among their
// recipients (postqueue -j).
func (s *Server) Queued(ctx context.Context, rcpt string) (int, error) {
	out, err := s.postqueue(ctx, "-j")
	if err != nil {
		return 0, err
	}
	n := 0
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		var entry struct {
			Recipients []struct {
				Address string `json:"address"`
			} `json:"recipients"`
		}
		if err := json.Unmarshal(sc.Bytes(), &entry); err != nil {
			return 0, fmt.Errorf("parse postqueue -j: %w", err)
		}
		if slices.ContainsFunc(entry.Recipients, func(r struct {
			Address string `json:"address"`
		}) bool {
			return strings.EqualFold(r.Address, rcpt)
		}) {
			n++
		}
	}
	return n, sc.Err()
}
