// Command sidebyside times two commands as whole processes, start to exit,
// alternating their runs so that a machine that speeds up or slows down
// during the measurement (other jobs, CPU frequency) weighs on both alike.
// It prints each one's median and mean and the ratio of the medians.
//
//	sidebyside -runs 200 -a 'smtpconf version' -b 'hello world' -- \
//	    "bin/smtpconf version" "bin/hello"
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strings"
	"time"
)

func main() {
	runs := flag.Int("runs", 200, "timed runs of each command")
	warmup := flag.Int("warmup", 10, "untimed runs of each first")
	nameA := flag.String("a", "", "the first command's name (default: the command)")
	nameB := flag.String("b", "", "the second command's name")
	goal := flag.Float64("goal", 0, "the most the first may take, as a multiple of the second (0: none)")
	flag.Parse()
	if flag.NArg() != 2 {
		fmt.Fprintln(os.Stderr, "usage: sidebyside [flags] 'COMMAND A' 'COMMAND B'")
		os.Exit(2)
	}
	a, b := strings.Fields(flag.Arg(0)), strings.Fields(flag.Arg(1))
	if *nameA == "" {
		*nameA = flag.Arg(0)
	}
	if *nameB == "" {
		*nameB = flag.Arg(1)
	}
	for range *warmup {
		mustRun(a)
		mustRun(b)
	}
	var ta, tb []time.Duration
	for i := range *runs {
		// Alternate which goes first too.
		if i%2 == 0 {
			ta = append(ta, mustRun(a))
			tb = append(tb, mustRun(b))
		} else {
			tb = append(tb, mustRun(b))
			ta = append(ta, mustRun(a))
		}
	}
	ma, mb := median(ta), median(tb)
	width := max(len(*nameA), len(*nameB))
	fmt.Printf("%-*s  median %7.2f ms  mean %7.2f ms  (%d runs)\n", width, *nameA, ms(ma), ms(mean(ta)), *runs)
	fmt.Printf("%-*s  median %7.2f ms  mean %7.2f ms  (%d runs)\n", width, *nameB, ms(mb), ms(mean(tb)), *runs)
	ratio := float64(ma) / float64(mb)
	verdict := ""
	if *goal > 0 {
		verdict = fmt.Sprintf("  goal ≤ %.1f×: met", *goal)
		if ratio > *goal {
			verdict = fmt.Sprintf("  goal ≤ %.1f×: NOT met", *goal)
		}
	}
	fmt.Printf("%s / %s = %.2f× (medians), %.2f× (median of the %d pairs' ratios)%s\n",
		*nameA, *nameB, ratio, pairRatio(ta, tb), *runs, verdict)
}

// pairRatio is the median of run i of A over run i of B: each pair ran
// back to back, so a slow moment of the machine weighs on both sides of
// one ratio rather than on one side of the medians.
func pairRatio(ta, tb []time.Duration) float64 {
	r := make([]float64, len(ta))
	for i := range ta {
		r[i] = float64(ta[i]) / float64(tb[i])
	}
	slices.Sort(r)
	return r[len(r)/2]
}

// mustRun runs argv with no input and its output discarded, and returns
// how long the process took; a failure ends the measurement, as a fast
// failure is no result.
func mustRun(argv []string) time.Duration {
	cmd := exec.Command(argv[0], argv[1:]...)
	start := time.Now()
	out, err := cmd.CombinedOutput()
	d := time.Since(start)
	if err != nil {
		fmt.Fprintf(os.Stderr, "sidebyside: %s: %v\n%s", strings.Join(argv, " "), err, out)
		os.Exit(1)
	}
	return d
}

func median(ds []time.Duration) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[len(s)/2]
}

func mean(ds []time.Duration) time.Duration {
	var sum time.Duration
	for _, d := range ds {
		sum += d
	}
	return sum / time.Duration(len(ds))
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
