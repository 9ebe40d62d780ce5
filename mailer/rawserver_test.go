package mailer

import (
	"bufio"
	"io"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/smtpconf/smtpconf/config"
)

// rawReply writes one reply, however broken: rawServer exists for the replies
// no SMTP server library would send.
type rawReply func(w io.Writer)

func say(lines ...string) rawReply {
	return func(w io.Writer) { _, _ = io.WriteString(w, strings.Join(lines, "\r\n")+"\r\n") }
}

// endless writes line again and again until the client stops reading and
// hangs up: a reply that never ends.
func endless(first, line string) rawReply {
	return func(w io.Writer) {
		_, _ = io.WriteString(w, first)
		for {
			if _, err := io.WriteString(w, line); err != nil {
				return
			}
		}
	}
}

// silentAfter writes text and then says nothing more, keeping the
// connection open until the client gives up.
func silentAfter(text string) rawReply {
	return func(w io.Writer) {
		_, _ = io.WriteString(w, text)
		_, _ = io.Copy(io.Discard, w.(net.Conn))
	}
}

// rawServer listens on loopback and answers the greeting and each command
// (by its verb) as told; commands not in replies get a plain 250. It returns
// settings for a plain-text session without login.
func rawServer(t *testing.T, greeting rawReply, replies map[string]rawReply) config.Server {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		conns []net.Conn
	)
	t.Cleanup(func() {
		_ = ln.Close()
		mu.Lock()
		for _, c := range conns {
			_ = c.Close()
		}
		mu.Unlock()
		wg.Wait()
	})
	wg.Go(func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			conns = append(conns, c)
			mu.Unlock()
			wg.Go(func() { serveRaw(c, greeting, replies) })
		}
	})
	return config.Server{
		Host: "127.0.0.1", Port: ln.Addr().(*net.TCPAddr).Port, Protocol: config.ProtocolSMTP,
		Sender: "app@example.com", Auth: config.AuthNone, Timeout: config.Duration{Duration: 30 * time.Second},
	}
}

func serveRaw(c net.Conn, greeting rawReply, replies map[string]rawReply) {
	defer c.Close()
	greeting(c)
	r := bufio.NewReader(c)
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return
		}
		verb, _, _ := strings.Cut(strings.TrimSpace(line), " ")
		verb = strings.ToUpper(verb)
		if reply, ok := replies[verb]; ok {
			reply(c)
			continue
		}
		switch verb {
		case "EHLO":
			say("250-raw.test", "250 AUTH PLAIN")(c)
		case "QUIT":
			say("221 bye")(c)
			return
		default:
			say("250 ok")(c)
		}
	}
}
