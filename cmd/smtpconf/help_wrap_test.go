package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// helpWrapCommands is every command whose help has a description.
var helpWrapCommands = [][]string{{}, {"configure"}, {"demo"}, {"validate"}, {"show"}, {"set"}, {"unset"},
	{"check"}, {"test"}, {"login"}, {"serve"}, {"probe"}, {"sendmail"}, {"export"}, {"import"},
	{"import", "msmtprc"}, {"version"}, {"man-pages"}, {"help"}, {"completion"}, {"completion", "bash"},
	{"completion", "zsh"}, {"completion", "fish"}, {"completion", "powershell"}}

// TestHelpDescriptionsWrapOnceBetweenWords renders every command's help in
// both languages on an 80-column terminal and piped (no terminal, where
// fang alone would use 120 columns) and holds its description to what
// reads well:
//   - no line of the whole help is wider than 80 columns;
//   - paragraphs are wrapped once, evenly: no line ends where the next
//     line's first word would still have fit (the mark of hard-broken
//     text wrapped again);
//   - no word is split: the description's words are the same as at a
//     width where nothing wraps (fang's own wrapping breaks at hyphens,
//     "--diff" into "-" / "-diff").
func TestHelpDescriptionsWrapOnceBetweenWords(t *testing.T) {
	indent := func(l string) int { return len(l) - len(strings.TrimLeft(l, " ")) }
	for _, hl := range helpLangs {
		usage := regexp.MustCompile(`^\s*` + hl.usage + `\s*$`)
		description := func(out string) []string {
			var desc []string
			for _, l := range strings.Split(out, "\n") {
				if usage.MatchString(l) {
					break
				}
				desc = append(desc, strings.TrimRight(l, " "))
			}
			return desc
		}
		e := newEnv(t).with(hl.vars...)
		for _, cmd := range helpWrapCommands {
			name := hl.name + "/" + strings.Join(append([]string{"smtpconf"}, cmd...), "_")
			args := append(append([]string{}, cmd...), "--help")
			wide := e.with("__FANG_TEST_WIDTH=1000").run("", args...)
			expectCode(t, wide, exitOK)
			words := strings.Fields(strings.Join(description(wide.stdout), "\n"))
			for _, how := range []struct{ name, env string }{{"terminal", "__FANG_TEST_WIDTH=80"}, {"piped", ""}} {
				t.Run(name+"/"+how.name, func(t *testing.T) {
					run := e.without("__FANG_TEST_WIDTH") // as without a terminal
					if how.env != "" {
						run = run.with(how.env)
					}
					o := run.run("", args...)
					expectCode(t, o, exitOK)
					for i, l := range strings.Split(o.stdout, "\n") {
						if n := utf8.RuneCountInString(l); n > 80 {
							t.Errorf("line %d is %d columns wide: %q", i, n, l)
						}
					}
					desc := description(o.stdout)
					if got := strings.Fields(strings.Join(desc, "\n")); strings.Join(got, " ") != strings.Join(words, " ") {
						t.Errorf("the description's words differ from its unwrapped words (a word split?):\n%s", strings.Join(desc, "\n"))
					}
					for i := 0; i+1 < len(desc); i++ {
						l, next := desc[i], desc[i+1]
						if l == "" || next == "" || indent(l) != indent(next) || strings.HasPrefix(strings.TrimSpace(next), "-") {
							continue
						}
						word := strings.Fields(next)[0]
						if utf8.RuneCountInString(l)+1+utf8.RuneCountInString(word) <= 80 {
							t.Errorf("ragged wrapping: %q ends line %d, yet %q from the next line fits after it", l, i, word)
						}
					}
				})
			}
		}
	}
}

// TestWrapProseAsHelp: as fitHelp wraps a description, long lines break between words at their own
// indentation, never at a hyphen; aligned spaces and short lines stay.
func TestWrapProseAsHelp(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"short lines stay", "a b\n  c  d", "a b\n  c  d"},
		{"paragraph at the margin", "aaa bbb ccc ddd", "aaa bbb\nccc ddd"},
		{"flags stay whole", "xx --dry-run --diff", "xx\n--dry-run\n--diff"},
		{"indented item continues under itself", "    aa bb cc", "    aa bb\n    cc"},
		{"a word wider than the line stays whole", "a verylongword b", "a\nverylongword\nb"},
		{"aligned spaces are kept", "ab    cd ef", "ab    cd\nef"},
		{"a fingerprint breaks after colons", "x AB:CD:EF:01:23", "x AB:CD:\nEF:01:23"},
		{"a path stays whole", "x /a/b/c/d/e/f", "x\n/a/b/c/d/e/f"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := wrapProse(tc.in, 9, ""); got != tc.want {
				t.Errorf("wrapProse(%q, 9, \"\") =\n%s\nwant\n%s", tc.in, got, tc.want)
			}
		})
	}
}

// TestManPagesUnfilledLinesFit: the lines a man page shows as they are
// (.nf: lists, set's key descriptions, one line each in the catalogs) are
// wrapped to manLineWidth, so that the page fits 80 columns.
func TestManPagesUnfilledLinesFit(t *testing.T) {
	for _, hl := range helpLangs {
		t.Run(hl.name, func(t *testing.T) {
			dir := t.TempDir()
			if o := newEnv(t).with(hl.vars...).with("SOURCE_DATE_EPOCH=0").run("", "man-pages", dir); o.code != 0 {
				t.Fatalf("man-pages:\n%s", o)
			}
			pages, _ := filepath.Glob(filepath.Join(dir, "*.1"))
			if len(pages) == 0 {
				t.Fatal("no man pages written")
			}
			for _, page := range pages {
				data, err := os.ReadFile(page)
				if err != nil {
					t.Fatal(err)
				}
				unfilled := false
				for _, l := range strings.Split(string(data), "\n") {
					switch {
					case l == ".nf":
						unfilled = true
					case l == ".fi":
						unfilled = false
					case unfilled && !strings.HasPrefix(l, "smtpconf ") && !strings.Contains(l, "| smtpconf"):
						if n := utf8.RuneCountInString(strings.ReplaceAll(l, `\-`, "-")); n > manLineWidth {
							t.Errorf("%s: unfilled line of %d columns: %q", filepath.Base(page), n, l)
						}
					}
				}
			}
		})
	}
}
