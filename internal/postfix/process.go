package postfix

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"syscall"
	"time"
)

// process is one server run in the foreground as a child of the test
// binary, in its own process group so that stopping it reaches every
// process it started.
type process struct {
	name    string
	cmd     *exec.Cmd
	out     bytes.Buffer // read only after exited is closed
	exited  chan struct{}
	waitErr error
	stopped bool
}

func startProcess(path string, args ...string) (*process, error) {
	p := &process{name: path, cmd: exec.Command(path, args...), exited: make(chan struct{})}
	p.cmd.Stdout, p.cmd.Stderr = &p.out, &p.out
	p.cmd.SysProcAttr = childAttr()
	if err := p.cmd.Start(); err != nil {
		return nil, fmt.Errorf("run %s: %w", path, err)
	}
	go func() {
		p.waitErr = p.cmd.Wait()
		close(p.exited)
	}()
	return p, nil
}

// stop ends the process with SIGTERM (both servers then stop their own
// children) and waits; after stopTimeout the whole group is killed.
func (p *process) stop() error {
	if p.stopped {
		return nil
	}
	p.stopped = true
	select {
	case <-p.exited:
		return fmt.Errorf("%s had exited on its own: %v; output:\n%s", p.name, p.waitErr, p.out.String())
	default:
	}
	if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil && !errors.Is(err, os.ErrProcessDone) {
		return fmt.Errorf("signal %s: %w", p.name, err)
	}
	select {
	case <-p.exited:
		return nil
	case <-time.After(stopTimeout):
		killGroup(p.cmd.Process)
		<-p.exited
		return fmt.Errorf("%s did not exit within %s of SIGTERM; killed", p.name, stopTimeout)
	}
}

// watchdog stops the servers' process groups if the test binary dies
// without stopping them (a panic in another test, a timeout, kill -9): it
// waits for its stdin, a pipe only the test binary holds, to close, then
// signals them and removes their directory. The
// kernel's parent-death signal cannot do it for Postfix: its master
// changes its effective user, which clears that signal.
type watchdog struct {
	cmd  *exec.Cmd
	pipe interface{ Close() error }
}

func startWatchdog(dir string, groups ...int) (*watchdog, error) {
	script := `read -r _; dir=$1; shift; for g in "$@"; do kill -TERM "-$g" 2>/dev/null; done; sleep 2; rm -rf "$dir"`
	args := []string{"-c", script, "watchdog", dir}
	for _, g := range groups {
		args = append(args, strconv.Itoa(g))
	}
	w := &watchdog{cmd: exec.Command("/bin/sh", args...)}
	// Its own group, so a Ctrl-C to the test binary's group leaves it to
	// do its job.
	w.cmd.SysProcAttr = groupAttr()
	pipe, err := w.cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	w.pipe = pipe
	if err := w.cmd.Start(); err != nil {
		return nil, fmt.Errorf("start the watchdog: %w", err)
	}
	return w, nil
}

// stop ends the watchdog without letting it signal anything.
func (w *watchdog) stop() {
	_ = w.cmd.Process.Kill()
	_ = w.cmd.Wait()
	_ = w.pipe.Close()
}
