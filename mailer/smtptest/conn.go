package smtptest

import (
	"bytes"
	"net"
	"sync"
	"time"
)

// misbehavingListener hands go-smtp connections that misbehave as the
// settings ask: the misbehaviours live below the SMTP server so that the
// server itself stays an unmodified, real go-smtp.
type misbehavingListener struct {
	net.Listener
	wrap func(net.Conn) net.Conn
}

func (l misbehavingListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	return l.wrap(c), nil
}

// delayedConn waits before every write, like a slow or overloaded server.
type delayedConn struct {
	net.Conn
	delay time.Duration
}

func (c delayedConn) Write(b []byte) (int, error) {
	time.Sleep(c.delay)
	return c.Conn.Write(b)
}

// commandConn watches the commands the client sends in clear text: it hangs
// up after a number of them and hides EHLO from the server. After STARTTLS
// it sees only ciphertext, so it steps aside, or hangs up on the handshake.
type commandConn struct {
	net.Conn
	closeAfter int // 0: never
	hideEHLO   bool
	dropTLS    bool // hang up on the first bytes after STARTTLS (the ClientHello)

	mu       sync.Mutex
	commands int
	partial  []byte
	secured  bool
}

func (c *commandConn) Read(b []byte) (int, error) {
	n, err := c.Conn.Read(b)
	if n == 0 {
		return n, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.secured {
		if c.dropTLS {
			_ = c.Conn.Close()
			return 0, net.ErrClosed
		}
		return n, err
	}
	start := 0
	for i := range n {
		if b[i] != '\n' {
			continue
		}
		line := append(c.partial, b[start:i+1]...)
		c.partial = nil
		lineStart := i + 1 - len(line) // negative when the line began in an earlier read
		start = i + 1
		verb := bytes.ToUpper(bytes.TrimSpace(line))
		if c.hideEHLO && bytes.HasPrefix(verb, []byte("EHLO")) && lineStart >= 0 {
			// Same length, unknown verb: go-smtp answers 500, as an old
			// server that knows only HELO would.
			copy(b[lineStart:], "XHLO")
		}
		if bytes.HasPrefix(verb, []byte("STARTTLS")) {
			c.secured = true
		}
		c.commands++
		if c.closeAfter > 0 && c.commands >= c.closeAfter {
			_ = c.Conn.Close()
			return 0, net.ErrClosed
		}
	}
	c.partial = append(c.partial, b[start:n]...)
	return n, err
}

// silentConn is a connection the server accepted and then ignores (or
// answers with garbage): it reads and discards until the client gives up.
func serveSilently(c net.Conn, greeting []byte, done <-chan struct{}) {
	defer c.Close()
	if len(greeting) > 0 {
		_, _ = c.Write(greeting)
		return
	}
	go func() {
		<-done
		c.Close()
	}()
	buf := make([]byte, 512)
	for {
		if _, err := c.Read(buf); err != nil {
			return
		}
	}
}

// hiding8BitMIMEConn renames 8BITMIME in what the server writes, so the
// client does not see it announced: same length, an unknown keyword.
type hiding8BitMIMEConn struct{ net.Conn }

func (c hiding8BitMIMEConn) Write(b []byte) (int, error) {
	return c.Conn.Write(bytes.ReplaceAll(b, []byte("8BITMIME"), []byte("X-NO8BIT")))
}
