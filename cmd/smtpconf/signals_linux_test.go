package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// A command waiting on something other than the network stops too: `set
// password=-` reading a pipe that stays open ends at SIGINT with 130 and
// leaves the file alone.
func TestInterruptStopsAWaitingSet(t *testing.T) {
	e := newEnv(t)
	e.writeConfig(validConfig)
	before, err := os.ReadFile(e.config)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(binary, "--config", e.config, "set", "password=-")
	cmd.Env = e.vars
	r, w, err := os.Pipe() // w held open: the read waits for the rest of the line
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	cmd.Stdin = r
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	_ = r.Close()
	// Half a line, then wait until smtpconf has read it: it is then in the
	// read, past installing its signal handling.
	if _, err := w.WriteString("half-a-pass"); err != nil {
		t.Fatal(err)
	}
	waitUntilDrained(t, w)
	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	err = cmd.Wait()
	var exitErr *exec.ExitError
	if !errors.As(err, &exitErr) || exitErr.ExitCode() != exitInterrupted {
		t.Errorf("want exit %d, got %v\nstderr:\n%s", exitInterrupted, err, stderr.String())
	}
	if after, _ := os.ReadFile(e.config); !bytes.Equal(before, after) {
		t.Errorf("the file changed:\n%s", after)
	}
}

// waitUntilDrained waits until the reader has taken everything written to
// the pipe w.
func waitUntilDrained(t *testing.T, w *os.File) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		n, err := unix.IoctlGetInt(int(w.Fd()), unix.TIOCINQ)
		if err != nil {
			t.Fatalf("TIOCINQ: %v", err)
		}
		if n == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d bytes still unread after 10s", n)
		}
		time.Sleep(5 * time.Millisecond)
	}
}
