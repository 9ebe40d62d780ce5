package postfix

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// When the test binary dies its end of the watchdog's pipe closes: the
// watchdog then stops the servers' process groups and removes their
// directory. Closing the pipe is what the kernel does at the binary's death.
func TestWatchdogStopsTheServersWhenTheTestBinaryIsGone(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "servers")
	if err := os.Mkdir(data, 0o755); err != nil {
		t.Fatal(err)
	}
	server, err := startProcess("/bin/sleep", "60")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = server.cmd.Process.Kill() })
	w, err := startWatchdog(data, server.cmd.Process.Pid)
	if err != nil {
		t.Fatal(err)
	}
	_ = w.pipe.Close()
	select {
	case <-server.exited:
	case <-time.After(stopTimeout):
		t.Fatal("the watchdog did not stop the server's group")
	}
	if err := w.cmd.Wait(); err != nil {
		t.Fatalf("watchdog: %v", err)
	}
	if _, err := os.Stat(data); !os.IsNotExist(err) {
		t.Errorf("the servers' directory is still there (%v)", err)
	}
}
