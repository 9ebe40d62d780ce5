package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestSetHelpWrapsCleanly renders `set --help` at 80 and 120 columns and
// holds its description to what reads well: no line wider than the
// terminal; paragraphs wrapped evenly (no line ends where the next line's
// first word would still have fit, the mark of hard-wrapped text that fang
// wrapped again); in the key list, each key on its own line with its
// description indented below it, never back at the margin.
func TestSetHelpWrapsCleanly(t *testing.T) {
	indent := func(l string) int { return len(l) - len(strings.TrimLeft(l, " ")) }
	for _, hl := range helpLangs {
		usage := regexp.MustCompile(`^\s*` + hl.usage + `\s*$`)
		for _, width := range []int{80, 120} {
			t.Run(hl.name+"/"+strconv.Itoa(width)+"_columns", func(t *testing.T) {
				o := newEnv(t).with(hl.vars...).with("__FANG_TEST_WIDTH="+strconv.Itoa(width)).run("", "set", "--help")
				expectCode(t, o, exitOK)
				var desc []string
				for _, l := range strings.Split(o.stdout, "\n") {
					if usage.MatchString(l) {
						break
					}
					desc = append(desc, strings.TrimRight(l, " "))
				}
				base := -1 // fang's margin: the indentation of the first line
				inKeys := false
				keys := 0
				for i, l := range desc {
					if l == "" {
						continue
					}
					if n := len([]rune(l)); n > width {
						t.Errorf("line %d is %d columns wide, more than %d: %q", i, n, width, l)
					}
					if base < 0 {
						base = indent(l)
					}
					switch in := indent(l); {
					case in == base:
						if strings.HasPrefix(strings.TrimSpace(l), hl.keys+" (") {
							inKeys = true
						}
						next := ""
						if i+1 < len(desc) {
							next = desc[i+1]
						}
						if next != "" && indent(next) == base {
							word := strings.Fields(next)[0]
							if len([]rune(l))+1+len([]rune(word)) <= width {
								t.Errorf("ragged wrapping: %q ends line %d, yet %q from the next line fits after it", l, i, word)
							}
						}
					case inKeys && in == base+2:
						if len(strings.Fields(l)) != 1 {
							t.Errorf("key line %d holds more than the key: %q", i, l)
						}
						keys++
					case inKeys && in == base+6:
					default:
						t.Errorf("line %d is indented %d columns, which is neither a paragraph, a key nor its description: %q", i, in, l)
					}
				}
				if keys < 10 {
					t.Errorf("only %d keys found on lines of their own:\n%s", keys, strings.Join(desc, "\n"))
				}
			})
		}
	}
}

// TestSetsKeyListIsInItsHelpAndManPage: the key list, made only when set's
// help is shown or its man page written (not with the command tree on every
// start, where it cost 5% of `smtpconf version`), is in both, before the
// config file line of --help.
func TestSetsKeyListIsInItsHelpAndManPage(t *testing.T) {
	for _, hl := range helpLangs {
		t.Run(hl.name, func(t *testing.T) { testSetsKeyList(t, hl) })
	}
}

func testSetsKeyList(t *testing.T, hl helpLang) {
	e := newEnv(t).with(hl.vars...)
	for _, args := range [][]string{{"set", "--help"}, {"help", "set"}, {"--config", e.config, "set", "--help"}} {
		o := e.run("", args...)
		keys, file := strings.Index(o.stdout, hl.keys+" ([smtp]"), strings.Index(o.stdout, hl.configFile+": ")
		if o.code != 0 || keys < 0 || file < keys || !strings.Contains(o.stdout, "tls_ca_file") {
			t.Errorf("%s: want the key list, then the config file:\n%s", strings.Join(args, " "), o)
		}
	}
	dir := t.TempDir()
	if o := e.with("SOURCE_DATE_EPOCH=0").run("", "man-pages", dir); o.code != 0 {
		t.Fatalf("man-pages:\n%s", o)
	}
	page, err := os.ReadFile(filepath.Join(dir, "smtpconf-set.1"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(page), "tls_ca_file") || !strings.Contains(string(page), "default_server.KEY") {
		t.Errorf("smtpconf-set.1 has no key list:\n%s", page)
	}
}

// TestHelpTablesFitEightyColumns: fang wraps a description to the
// terminal but not the tables of commands and flags, so every command's
// usage and one-line descriptions of commands and flags are kept short
// enough for an 80-column terminal (the root's help as a whole too), and
// piped help (80 columns) alike.
func TestHelpTablesFitEightyColumns(t *testing.T) {
	commands := [][]string{{}, {"check"}, {"test"}, {"validate"}, {"show"}, {"set"}, {"unset"}, {"probe"},
		{"sendmail"}, {"export"}, {"import"}, {"import", "msmtprc"}, {"login"}, {"configure"}, {"demo"}, {"serve"}, {"version"},
		{"help"}, {"completion"}, {"completion", "bash"}, {"man-pages"}}
	for _, hl := range helpLangs {
		e := newEnv(t).with(hl.vars...).without("__FANG_TEST_WIDTH")
		for _, cmd := range commands {
			t.Run(hl.name+"/"+strings.Join(append([]string{"smtpconf"}, cmd...), "_"), func(t *testing.T) {
				o := e.run("", append(cmd, "--help")...)
				if o.code != 0 {
					t.Fatalf("--help: %s", o)
				}
				table := len(cmd) == 0 // the root's help is checked whole
				for _, line := range strings.Split(o.stdout, "\n") {
					switch strings.TrimSpace(line) {
					case hl.commands, hl.flags:
						table = true
					}
					if w := utf8.RuneCountInString(line); table && w > 80 {
						t.Errorf("%d columns: %q", w, line)
					}
				}
			})
		}
	}
}
