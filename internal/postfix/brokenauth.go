package postfix

import (
	"bufio"
	"errors"
	"fmt"
	"net"
	"os"
	"strings"
	"sync"
)

// brokenAuth is an authentication backend that fails: it speaks Dovecot's
// auth protocol (what Postfix's smtpd_sasl_type = dovecot expects) far
// enough to offer PLAIN and LOGIN, and drops the connection at every
// login, as a Dovecot whose auth process crashed or restarted does.
// Postfix then says "454 4.7.0 Temporary authentication failure:
// Connection lost to authentication server", the reply finding 6 of issue
// #10 is about.
type brokenAuth struct {
	l    net.Listener
	wg   sync.WaitGroup
	mu   sync.Mutex
	open map[net.Conn]bool
}

func startBrokenAuth(path string) (*brokenAuth, error) {
	l, err := net.Listen("unix", path)
	if err != nil {
		return nil, fmt.Errorf("listen on %s: %w", path, err)
	}
	// Postfix's smtpd runs as postfix.
	if err := os.Chmod(path, 0o666); err != nil {
		_ = l.Close()
		return nil, err
	}
	b := &brokenAuth{l: l, open: map[net.Conn]bool{}}
	b.wg.Add(1)
	go b.serve()
	return b, nil
}

func (b *brokenAuth) serve() {
	defer b.wg.Done()
	for {
		c, err := b.l.Accept()
		if err != nil {
			return
		}
		b.mu.Lock()
		b.open[c] = true
		b.mu.Unlock()
		b.wg.Add(1)
		go b.handle(c)
	}
}

// handle greets as Dovecot's auth server does (VERSION, the mechanisms,
// then DONE) and hangs up at the first AUTH request.
func (b *brokenAuth) handle(c net.Conn) {
	defer b.wg.Done()
	defer func() {
		b.mu.Lock()
		delete(b.open, c)
		b.mu.Unlock()
		_ = c.Close()
	}()
	const handshake = "VERSION\t1\t2\nMECH\tPLAIN\tplaintext\nMECH\tLOGIN\tplaintext\nSPID\t1\nCUID\t1\n" +
		"COOKIE\t00000000000000000000000000000000\nDONE\n"
	if _, err := c.Write([]byte(handshake)); err != nil {
		return
	}
	sc := bufio.NewScanner(c)
	for sc.Scan() {
		fields := strings.Split(sc.Text(), "\t")
		if fields[0] == "AUTH" {
			return
		}
	}
}

// close stops listening and ends every conversation.
func (b *brokenAuth) close() error {
	err := b.l.Close()
	b.mu.Lock()
	for c := range b.open {
		_ = c.Close()
	}
	b.mu.Unlock()
	b.wg.Wait()
	if errors.Is(err, net.ErrClosed) {
		return nil
	}
	return err
}
