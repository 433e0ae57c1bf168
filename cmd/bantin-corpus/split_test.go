package main

import (
	"slices"
	"testing"
)

// TestEvalDaysNeverTrained checks that the fresh, blind, fresh2 and final
// evaluation days lie in the margins that training skips, are not held-out
// days themselves, are not reserved, and that no day is in two sets.
func TestEvalDaysNeverTrained(t *testing.T) {
	for _, set := range []struct {
		name string
		days []string
	}{{"fresh", Fresh}, {"blind", Blind}, {"fresh2", Fresh2}, {"final", Final}} {
		for _, d := range set.days {
			if got := Split(d); got != "gap" {
				t.Errorf("%s: Split(%s) = %q, want gap", set.name, d, got)
			}
			if Reserved(d) {
				t.Errorf("%s: %s is reserved", set.name, d)
			}
		}
	}
	for _, d := range Blind {
		if slices.Contains(Fresh, d) {
			t.Errorf("%s is both a fresh and a blind day", d)
		}
	}
	for _, d := range Fresh2 {
		if slices.Contains(Fresh, d) || slices.Contains(Blind, d) {
			t.Errorf("fresh2 day %s is a fresh or a blind day too", d)
		}
	}
	for _, d := range Final {
		if slices.Contains(Fresh, d) || slices.Contains(Blind, d) || slices.Contains(Fresh2, d) {
			t.Errorf("final day %s is a fresh, blind or fresh2 day too", d)
		}
	}
	if Split("2026-03-17") != "eval" || Split("2026-03-20") != "train" {
		t.Error("Split no longer separates held-out and training days")
	}
}

// TestSampleDays checks which days each sample option keeps and the hours
// that go with it.
func TestSampleDays(t *testing.T) {
	for _, tc := range []struct {
		name       string
		sets       sampleSets
		days       string
		keep, skip string
		hours      [2]int
		err        bool
	}{
		{name: "held-out", keep: "2026-03-17", skip: "2026-03-19"},
		{name: "fresh", sets: sampleSets{fresh: true}, keep: "2026-03-15", skip: "2026-03-19", hours: [2]int{13, 16}},
		{name: "blind", sets: sampleSets{blind: true}, keep: "2026-03-19", skip: "2026-03-15", hours: [2]int{16, 19}},
		{name: "fresh2", sets: sampleSets{fresh2: true}, keep: "2026-06-09", skip: "2026-06-12", hours: [2]int{10, 12}},
		{name: "final", sets: sampleSets{final: true}, keep: "2026-03-18", skip: "2026-03-19", hours: [2]int{14, 16}},
		{name: "days", days: "2026-03-18,2026-06-11", keep: "2026-06-11", skip: "2026-03-19"},
		{name: "training day", days: "2026-03-20", err: true},
		{name: "reserved day", days: "2025-09-01", err: true},
		{name: "bad day", days: "2026-3-18", err: true},
		{name: "two options", sets: sampleSets{fresh: true, blind: true}, err: true},
		{name: "fresh2 and days", sets: sampleSets{fresh2: true}, days: "2026-03-18", err: true},
		{name: "final and fresh", sets: sampleSets{fresh: true, final: true}, err: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			keep, hours, err := sampleDays(tc.sets, tc.days)
			if tc.err {
				if err == nil {
					t.Fatal("no error")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !keep(tc.keep) || keep(tc.skip) || hours != tc.hours {
				t.Errorf("keep(%s)=%v keep(%s)=%v hours %v, want true false %v", tc.keep, keep(tc.keep), tc.skip, keep(tc.skip), hours, tc.hours)
			}
		})
	}
}
