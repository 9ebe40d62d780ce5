package serve

import (
	"strings"
	"testing"

	gossh "golang.org/x/crypto/ssh"
)

func TestCommandRefused(t *testing.T) {
	f := startServer(t, withModel(newStandIn))
	sess, err := f.dialAdmin(t).NewSession()
	if err != nil {
		t.Fatal(err)
	}
	const command = "smtpconf set password=Sw0rdfish-3xec"
	out, err := sess.CombinedOutput(command)
	var exit *gossh.ExitError
	if !asExit(err, &exit) || exit.ExitStatus() != 1 {
		t.Fatalf("exec ended with %v, want exit status 1", err)
	}
	if !strings.Contains(string(out), "runs no commands, only the settings form") {
		t.Errorf("message %q", out)
	}
	rec := f.logLine(t, "refused", func(r map[string]any) bool { return r["reason"] == "command requested" })
	if n, _ := rec["command_bytes"].(float64); int(n) != len(command) {
		t.Errorf("logged command_bytes %v, want %d", rec["command_bytes"], len(command))
	}
	// No part of the command may reach the log: not the secret, nor any
	// word of the command line.
	log := f.log.String()
	for _, part := range append(strings.FieldsFunc(command, func(r rune) bool { return r == ' ' || r == '=' }), command) {
		if strings.Contains(log, part) {
			t.Errorf("the log holds %q from the refused command:\n%s", part, log)
		}
	}
}

func TestNoTerminalRefused(t *testing.T) {
	f := startServer(t, withModel(newStandIn))
	sess, err := f.dialAdmin(t).NewSession()
	if err != nil {
		t.Fatal(err)
	}
	var stderr strings.Builder
	sess.Stderr = &stderr
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	err = sess.Wait()
	var exit *gossh.ExitError
	if !asExit(err, &exit) || exit.ExitStatus() != 1 {
		t.Fatalf("shell without a PTY ended with %v, want exit status 1", err)
	}
	if want := "smtpconf serve needs an interactive terminal: ssh -t -p "; !strings.Contains(stderr.String(), want) {
		t.Errorf("message %q, want %q", stderr.String(), want)
	}
}

func TestSubsystemRefused(t *testing.T) {
	f := startServer(t, withModel(newStandIn))
	sess, err := f.dialAdmin(t).NewSession()
	if err != nil {
		t.Fatal(err)
	}
	if err := sess.RequestSubsystem("sftp"); err == nil {
		t.Fatal("sftp subsystem accepted")
	}
	f.logLine(t, "refused", func(r map[string]any) bool { return strings.Contains(r["reason"].(string), `subsystem "sftp"`) })
}

func TestForwardingRefused(t *testing.T) {
	f := startServer(t, withModel(newStandIn))
	c := f.dialAdmin(t)
	t.Run("local", func(t *testing.T) {
		conn, err := c.Dial("tcp", "127.0.0.1:22")
		if err == nil {
			conn.Close()
			t.Fatal("direct-tcpip channel accepted")
		}
		var open *gossh.OpenChannelError
		if !asOpen(err, &open) || open.Reason != gossh.Prohibited {
			t.Errorf("error %v, want administratively prohibited", err)
		}
	})
	t.Run("remote", func(t *testing.T) {
		ln, err := c.Listen("tcp", "127.0.0.1:0")
		if err == nil {
			ln.Close()
			t.Fatal("tcpip-forward accepted")
		}
	})
	t.Run("agent", func(t *testing.T) {
		sess, err := c.NewSession()
		if err != nil {
			t.Fatal(err)
		}
		defer sess.Close()
		ok, err := sess.SendRequest("auth-agent-req@openssh.com", true, nil)
		if err != nil || ok {
			t.Fatalf("agent forwarding request: ok=%v err=%v, want refused", ok, err)
		}
	})
	for _, reason := range []string{"direct-tcpip channel", "tcpip-forward", "auth-agent-req@openssh.com"} {
		f.logLine(t, "refused", func(r map[string]any) bool { return strings.HasPrefix(r["reason"].(string), reason) })
	}
}
