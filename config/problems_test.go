package config

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

func TestProblems(t *testing.T) {
	ps := Problems{
		{Key: "smtp.tls_skip_verify", Message: "is on", Line: 9, Severity: SeverityWarning},
		{Key: "smtp.sender", Message: "is not set", Severity: SeverityError},
		{Key: "smtp.port", Message: "b", Line: 4, Severity: SeverityError},
		{Key: "smtp.port", Message: "a", Line: 4, Severity: SeverityWarning},
		{Key: "smtp.host", Message: "bad", Line: 4, Severity: SeverityError},
	}
	t.Run("errors_and_warnings_split", func(t *testing.T) {
		if len(ps.Errors()) != 3 || len(ps.Warnings()) != 2 {
			t.Fatalf("errors %d, warnings %d", len(ps.Errors()), len(ps.Warnings()))
		}
	})
	t.Run("for_takes_bare_and_dotted_keys", func(t *testing.T) {
		if len(ps.For("port")) != 2 || len(ps.For("smtp.port")) != 2 || len(ps.For("default_server.port")) != 0 {
			t.Fatalf("For is wrong")
		}
	})
	t.Run("sorted_by_line_key_severity_message", func(t *testing.T) {
		var got []string
		for _, p := range ps.Sorted() {
			got = append(got, p.Key+"/"+p.Message)
		}
		want := []string{"smtp.host/bad", "smtp.port/b", "smtp.port/a", "smtp.tls_skip_verify/is on", "smtp.sender/is not set"}
		if !slices.Equal(got, want) {
			t.Fatalf("got %v, want %v", got, want)
		}
	})
	t.Run("err_lists_errors_only", func(t *testing.T) {
		err := ps.Err()
		var pe *ProblemsError
		if !errors.As(err, &pe) || len(pe.Problems) != 3 {
			t.Fatalf("Err() = %v", err)
		}
		if msg := err.Error(); !strings.HasPrefix(msg, "3 problems: ") || strings.Contains(msg, "is on") {
			t.Fatalf("Err().Error() = %q", msg)
		}
	})
	t.Run("err_is_nil_with_warnings_only", func(t *testing.T) {
		if err := ps.Warnings().Err(); err != nil {
			t.Fatalf("Err() = %v", err)
		}
	})
	t.Run("single_error_reads_as_key_and_message", func(t *testing.T) {
		if got := (Problems{{Key: "smtp.port", Message: "is bad"}}).Err().Error(); got != "smtp.port: is bad" {
			t.Fatalf("got %q", got)
		}
	})
}
