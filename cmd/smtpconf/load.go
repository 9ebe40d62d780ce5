package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/shellword"
	"github.com/smtpconf/smtpconf/internal/termsafe"
)

// loadConfig reads the config file for a command that needs one to exist,
// turning every way of failing into an exit-3 message that says what to do.
// Warnings about the file itself (a password readable by others) go to
// stderr on every command that loads it.
func (g *globals) loadConfig(cmd *cobra.Command) (*config.File, error) {
	path, _ := g.configPath()
	f, err := config.Load(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, hinted(exitConfig, fmt.Errorf("%s does not exist", path), "create it with `smtpconf set KEY=VALUE...` or `smtpconf configure`")
	}
	if err != nil {
		return nil, loadError(path, err)
	}
	printLoadWarnings(cmd.ErrOrStderr(), f)
	return f, nil
}

// loadError words a failure to read or parse the file; a syntax error is
// given as file:line:col so that editors can jump to it.
func loadError(path string, err error) error {
	var perr *config.ParseError
	if errors.As(err, &perr) {
		// Its text is already compiler style: file:line:col: message.
		return &exitError{code: exitConfig, err: perr}
	}
	readErr := fmt.Errorf("cannot read %s: %w", path, ioCause(err))
	switch {
	case errors.Is(err, fs.ErrPermission):
		return hinted(exitConfig, readErr, fmt.Sprintf("run as the file's owner or root, or fix its permissions (ls -l %s)", shellword.Quote(path)))
	case errors.Is(err, syscall.EISDIR):
		return hinted(exitConfig, readErr, "give the path of the config file itself")
	}
	var notRegular *config.NotRegularError
	if errors.As(err, &notRegular) {
		return hinted(exitConfig, fmt.Errorf("cannot read %s: it is %s, not a regular file", path, notRegular.What),
			"give the path of the config file itself: smtpconf reads and writes only regular files")
	}
	return hinted(exitConfig, readErr, "")
}

// saveError words a failure to save the file, for set and unset.
func saveError(path string, err error) error {
	// config's reason ("someone edited the file since it was loaded"),
	// without config's remedy: the command gives its own.
	var exit *exitError
	if errors.As(err, &exit) {
		return err // reported by the command already (saveReapplying's reapply)
	}
	var changed *config.ChangedOnDiskError
	if errors.As(err, &changed) {
		return hinted(exitConfig, fmt.Errorf("cannot save %s: %s", path, changed.Reason),
			fmt.Sprintf("another program kept changing it for %s, and each time smtpconf read it again: run the command again once it is done", reapplyWait))
	}
	saveErr := fmt.Errorf("cannot save %s: %w", path, ioCause(err))
	if !errors.Is(err, fs.ErrPermission) {
		return hinted(exitConfig, saveErr, "")
	}
	// The file itself need not be writable: saving writes a temporary
	// file beside it and renames it over, so its directory must be.
	target := path
	if resolved, err := filepath.EvalSymlinks(path); err == nil {
		target = resolved
	}
	dir := filepath.Dir(target)
	if _, statErr := os.Stat(dir); errors.Is(statErr, fs.ErrNotExist) {
		return hinted(exitConfig, saveErr, fmt.Sprintf("its directory %s does not exist and cannot be created: create it as root (mkdir -p %s), or give another --config",
			dir, shellword.Quote(dir)))
	}
	return hinted(exitConfig, saveErr, fmt.Sprintf("saving writes a temporary file beside it, so its directory must be writable: run as the directory's owner or root, or fix its permissions (ls -ld %s)",
		shellword.Quote(dir)))
}

// ioCause is what the system said, without the paths and steps config and
// os put before it ("load X: open X: permission denied" is "permission
// denied"): the message names the file once, itself.
func ioCause(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	if inner := errors.Unwrap(err); inner != nil {
		return inner
	}
	return err
}

// notRewritten explains why a command that writes the file (set, unset)
// stops at one that does not parse: the same set or unset cannot repair it,
// since smtpconf never rewrites what it could not read in full.
func notRewritten(w io.Writer, path string, err error) error {
	var perr *config.ParseError
	if !errors.As(err, &perr) {
		return err
	}
	_, _ = fmt.Fprintf(w, "smtpconf: %s\n", termsafe.String(perr.Error()))
	_, _ = fmt.Fprintf(w, "%s: not changed: smtpconf does not rewrite a file it cannot read in full; correct line %d in an editor, then run the command again\n", path, perr.Line)
	return &exitError{code: exitConfig, err: err, reported: true}
}

// printLoadWarnings prints what config noticed about the file while loading it.
func printLoadWarnings(w io.Writer, f *config.File) {
	for _, msg := range f.Warnings {
		_, _ = fmt.Fprintf(w, "warning: %s: %s\n", termsafe.String(f.Path), termsafe.String(msg))
	}
}

// problemLine is one validation problem, compiler style:
// "file:line: key: message", "file: key: message" without a line, and
// "warning: " after the position for advice that does not block saving.
func problemLine(path string, p config.Problem) string {
	pos := path
	if p.Line > 0 {
		pos = fmt.Sprintf("%s:%d", path, p.Line)
	}
	severity := ""
	if p.Severity == config.SeverityWarning {
		severity = "warning: "
	}
	if p.Key == "" {
		return fmt.Sprintf("%s: %s%s", pos, severity, p.Message)
	}
	return fmt.Sprintf("%s: %s%s: %s", pos, severity, p.Key, p.Message)
}

// printProblems lists problems one per line and says whether any blocks.
func printProblems(w io.Writer, path string, ps config.Problems) (blocking bool) {
	for _, p := range ps {
		_, _ = fmt.Fprintln(w, termsafe.String(problemLine(path, p)))
		if p.Severity == config.SeverityError {
			blocking = true
		}
	}
	return blocking
}
