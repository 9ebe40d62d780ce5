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
	"github.com/smtpconf/smtpconf/internal/i18n"
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
		return nil, hinted(exitConfig, i18n.Errorf("cli_file_missing", i18n.D{"File": path}), g.lang.T("cli_file_missing_hint", nil))
	}
	if err != nil {
		return nil, loadError(path, err, g.lang)
	}
	printLoadWarnings(cmd.ErrOrStderr(), f, g.lang)
	return f, nil
}

// loadError words a failure to read or parse the file; a syntax error is
// given as file:line:col so that editors can jump to it. Hints are in l.
func loadError(path string, err error, l i18n.Lang) error {
	var perr *config.ParseError
	if errors.As(err, &perr) {
		// Its text is already compiler style: file:line:col: message.
		return &exitError{code: exitConfig, err: perr}
	}
	readErr := i18n.Wrap("cli_cannot_read", i18n.D{"File": path}, ioCause(err))
	switch {
	case errors.Is(err, fs.ErrPermission):
		return hinted(exitConfig, readErr, l.T("cli_cannot_read_permission_hint", i18n.D{"Command": "ls -l " + shellword.Quote(path)}))
	case errors.Is(err, syscall.EISDIR):
		return hinted(exitConfig, readErr, l.T("cli_cannot_read_directory_hint", nil))
	}
	var notRegular *config.NotRegularError
	if errors.As(err, &notRegular) {
		return hinted(exitConfig, i18n.Errorf("cli_not_regular_file", i18n.D{"File": path, "What": notRegular.WhatIn(l)}),
			l.T("cli_not_regular_file_hint", nil))
	}
	return hinted(exitConfig, readErr, "")
}

// saveError words a failure to save the file, for set and unset.
func saveError(path string, err error, l i18n.Lang) error {
	// config's reason ("someone edited the file since it was loaded"),
	// without config's remedy: the command gives its own.
	var exit *exitError
	if errors.As(err, &exit) {
		return err // reported by the command already (saveReapplying's reapply)
	}
	var changed *config.ChangedOnDiskError
	if errors.As(err, &changed) {
		return hinted(exitConfig, i18n.Errorf("cli_cannot_save_changed", i18n.D{"File": path, "Reason": changed.ReasonIn(l)}),
			l.T("cli_cannot_save_changed_hint", i18n.D{"Wait": reapplyWait.String()}))
	}
	saveErr := i18n.Wrap("cli_cannot_save", i18n.D{"File": path}, ioCause(err))
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
		return hinted(exitConfig, saveErr, l.T("cli_save_no_directory_hint", i18n.D{"Dir": dir, "Command": "mkdir -p " + shellword.Quote(dir)}))
	}
	return hinted(exitConfig, saveErr, l.T("cli_save_directory_permission_hint", i18n.D{"Command": "ls -ld " + shellword.Quote(dir)}))
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
func notRewritten(w io.Writer, path string, err error, l i18n.Lang) error {
	var perr *config.ParseError
	if !errors.As(err, &perr) {
		return err
	}
	_, _ = fmt.Fprintf(w, "smtpconf: %s\n", termsafe.String(i18n.Text(perr, l)))
	_, _ = fmt.Fprintln(w, termsafe.String(l.T("cli_not_rewritten", i18n.D{"File": path, "Line": perr.Line})))
	return &exitError{code: exitConfig, err: err, reported: true}
}

// printLoadWarnings prints what config noticed about the file while loading it.
func printLoadWarnings(w io.Writer, f *config.File, l i18n.Lang) {
	for _, msg := range f.WarningsIn(l) {
		printMessage(w, l.T("cli_line_warning", i18n.D{"Text": termsafe.String(f.Path) + ": " + termsafe.String(msg)}))
	}
}

// problemLine is one validation problem, compiler style:
// "file:line: key: message", "file: key: message" without a line, and
// "warning: " after the position for advice that does not block saving
// ("Warnung: " in German, as gcc says it: the position and key stay put for
// editors).
func problemLine(path string, p config.Problem, l i18n.Lang) string {
	pos := path
	if p.Line > 0 {
		pos = fmt.Sprintf("%s:%d", path, p.Line)
	}
	text := p.Text(l)
	if p.Key != "" {
		text = p.Key + ": " + text
	}
	if p.Severity == config.SeverityWarning {
		text = l.T("cli_line_warning", i18n.D{"Text": text})
	}
	return pos + ": " + text
}

// printProblems lists problems one per line and says whether any blocks.
func printProblems(w io.Writer, path string, ps config.Problems, l i18n.Lang) (blocking bool) {
	for _, p := range ps {
		_, _ = fmt.Fprintln(w, termsafe.String(problemLine(path, p, l)))
		if p.Severity == config.SeverityError {
			blocking = true
		}
	}
	return blocking
}
