package main

import "testing"

// TestFreshDaysNeverTrained checks that the fresh evaluation days lie in
// the margins that training skips, and are not held-out days themselves.
func TestFreshDaysNeverTrained(t *testing.T) {
	for _, d := range Fresh {
		if got := Split(d); got != "gap" {
			t.Errorf("Split(%s) = %q, want gap", d, got)
		}
	}
	for _, d := range []string{"2026-03-17", "2026-03-16", "2026-03-20"} {
		t.Logf("%s: %s", d, Split(d))
	}
	if Split("2026-03-17") != "eval" || Split("2026-03-20") != "train" {
		t.Error("Split no longer separates held-out and training days")
	}
}
