package main

import (
	"bytes"
	"errors"
	"net"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Ctrl+C during a check stops it at once: exit 130 (143 for SIGTERM),
// "cancelled", not the 30-second timeout. The server accepts the connection
// and never greets, so the check is certainly in flight when the signal
// arrives.
func TestInterruptCancelsPromptly(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = l.Close() })
	// Accepts until the listener closes; each connection is held open, silent.
	accepted := make(chan net.Conn, 8)
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			accepted <- c
		}
	}()

	port := strconv.Itoa(l.Addr().(*net.TCPAddr).Port)
	for _, tt := range []struct {
		args []string
		sig  os.Signal
		code int
	}{
		{[]string{"check"}, os.Interrupt, exitInterrupted},
		{[]string{"test"}, os.Interrupt, exitInterrupted},
		{[]string{"check", "--json"}, os.Interrupt, exitInterrupted},
		{[]string{"test"}, syscall.SIGTERM, exitTerminated},
	} {
		args := tt.args
		t.Run(strings.Join(args, " ")+" "+tt.sig.String(), func(t *testing.T) {
			e := newEnv(t)
			e.writeConfig(strings.NewReplacer(`host = "mail.example.com"`, `host = "127.0.0.1"`, "port = 587", "port = "+port,
				"starttls = true", "starttls = false", `timeout = "10s"`, `timeout = "30s"`).Replace(validConfig))
			cmd := exec.Command(binary, append([]string{"--config", e.config}, args...)...)
			cmd.Env = e.vars
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			var conn net.Conn
			select {
			case conn = <-accepted:
			case <-time.After(10 * time.Second):
				_ = cmd.Process.Kill()
				t.Fatal("smtpconf never connected")
			}
			defer conn.Close()
			start := time.Now()
			if err := cmd.Process.Signal(tt.sig); err != nil {
				t.Fatal(err)
			}
			err := cmd.Wait()
			if took := time.Since(start); took > 3*time.Second {
				t.Errorf("took %s to stop after %s", took, tt.sig)
			}
			var exitErr *exec.ExitError
			if !errors.As(err, &exitErr) || exitErr.ExitCode() != tt.code {
				t.Errorf("want exit %d, got %v\nstdout:\n%s\nstderr:\n%s", tt.code, err, stdout.String(), stderr.String())
			}
			if !strings.Contains(stdout.String()+stderr.String(), "cancelled") {
				t.Errorf("want \"cancelled\":\nstdout:\n%s\nstderr:\n%s", stdout.String(), stderr.String())
			}
		})
	}
}
