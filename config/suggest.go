package config

import (
	"strings"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// closest is the known name an unknown one most likely meant, or "" when no
// name is close enough to be a typo: at most one edit (a swap counts as one)
// for short names, a third of the length for longer ones, else a known name
// the unknown one starts ("pass" → "password").
func closest(unknown string, known []string) string {
	unknown = strings.ToLower(unknown)
	best, bestDist := "", -1
	for _, k := range known {
		d := editDistance(unknown, k)
		if bestDist < 0 || d < bestDist {
			best, bestDist = k, d
		}
	}
	limit := max(1, len(unknown)/3)
	if bestDist >= 0 && bestDist <= limit {
		return best
	}
	if len(unknown) >= 3 {
		for _, k := range known {
			if strings.HasPrefix(k, unknown) {
				return k
			}
		}
	}
	return ""
}

// editDistance is the optimal string alignment distance: insertions,
// deletions, substitutions and swaps of neighbours each cost one.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}

// didYouMean is the suffix of an unknown-value message, for its Suggest:
// the catalog's " — did you mean …?", or "" when nothing is close.
func didYouMean(unknown string, known []string) any {
	if s := closest(unknown, known); s != "" {
		return i18n.Errorf("config_did_you_mean", i18n.D{"Name": s})
	}
	return ""
}
