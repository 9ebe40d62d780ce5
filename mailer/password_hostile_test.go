//go:build linux

package mailer

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	"github.com/smtpconf/smtpconf/config"
)

// A command that never stops printing is cut at 64 KiB: its first line is
// the password if it has one, and the call returns long before the timeout
// (which is far away, so only the cap can end it).
func TestPasswordCommandOutputIsCapped(t *testing.T) {
	cases := []struct {
		name    string
		command string
		want    string // the password, or "" for an error containing wantErr
		wantErr string
	}{
		{name: "yes", command: "yes", want: "y"},
		{name: "endless_without_a_line_break", command: sh("yes x | tr -d '\\n'"), wantErr: "printed more than 64 KiB without a line break"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := password(timeoutCtx(t), config.Server{PasswordCommand: c.command}, time.Minute)
			if c.want != "" {
				if err != nil || got != c.want {
					t.Fatalf("got %q, %v; want %q", got, err, c.want)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), c.wantErr) {
				t.Fatalf("err = %v, want %q", err, c.wantErr)
			}
		})
	}
}

// At the timeout the command's whole process group is killed: a script's
// background child does not live on as an orphan.
func TestPasswordCommandTimeoutKillsItsChildrenToo(t *testing.T) {
	pidFile := filepath.Join(t.TempDir(), "pid")
	script := "sleep 60 & echo $! > " + pidFile + "; wait"
	_, err := password(context.Background(), config.Server{PasswordCommand: sh(script)}, time.Second)
	var pe *PasswordError
	if !errors.As(err, &pe) || !strings.Contains(err.Error(), "did not finish within 1s") {
		t.Fatalf("err = %v, want the timeout", err)
	}
	raw, err := os.ReadFile(pidFile)
	if err != nil {
		t.Fatalf("the script did not start its child: %v", err)
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(raw)))
	if err != nil {
		t.Fatal(err)
	}
	fd, err := unix.PidfdOpen(pid, 0)
	if errors.Is(err, unix.ESRCH) {
		return // gone already
	}
	if err != nil {
		t.Fatalf("pidfd_open %d: %v", pid, err)
	}
	defer unix.Close(fd)
	// A pidfd becomes readable when its process ends: wait for that
	// event, not for an amount of time.
	fds := []unix.PollFd{{Fd: int32(fd), Events: unix.POLLIN}}
	n, err := unix.Poll(fds, 10_000)
	if err != nil || n != 1 {
		_ = unix.Kill(pid, unix.SIGKILL)
		t.Fatalf("the command's child %d outlived the timeout (poll: %d, %v)", pid, n, err)
	}
}

func TestPasswordCommandStderrIsMadeSafeToPrint(t *testing.T) {
	script := `printf 'vault \033]52;c;aGk=\007locked \302\233 \033[2J\n' >&2; exit 1`
	_, err := password(context.Background(), config.Server{PasswordCommand: sh(script)}, 5*time.Second)
	if err == nil {
		t.Fatal("no error")
	}
	msg := err.Error()
	if strings.ContainsAny(msg, "\x1b\x07\u009b") {
		t.Fatalf("error carries control characters: %q", msg)
	}
	if want := `vault \x1b]52;c;aGk=\x07locked \u009b \x1b[2J`; !strings.Contains(msg, want) {
		t.Errorf("error %q, want %q in it", msg, want)
	}
}
