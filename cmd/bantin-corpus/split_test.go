package main

import (
	"slices"
	"testing"
	"time"
)

// devSet is the first held-out set (testdata/classify/real/labels.jsonl,
// `sample -from 7 -to 11`).
var devSet = EvalSet{"dev", HeldOut, 7, 11, false}

// heldOutSets are the evaluation sets with items of the held-out days
// themselves, at hours the dev set does not hold.
var heldOutSets = []string{"final3", "final14", "final15", "final16", "final17"}

// TestEvalDaysNeverTrained checks that the days of every evaluation set
// after the first are held-out days or lie in the margins that training
// skips (final3, final14, final15, final16 and final17 alone have held-out
// days), are not reserved, and that no two sets or entries of one set (the
// first set included) share an hour of a day: sets may share a day (final2
// has the blind and final days' evenings, final3 the held-out days' afternoons, final5 the blind days'
// mornings, final6 the final days' mornings, final7, final8, final9,
// final10 and final11 both kinds' 09:00, 10:00, 11:00, 12:00 and 13:00,
// final14 the held-out days' 11:00, final15 their 17:00, final16 their
// 13:00 and 18:00, two entries of one name on the same days, final17
// their 19:00–22:59), never a (day, hour).
func TestEvalDaysNeverTrained(t *testing.T) {
	for _, set := range EvalSets {
		if len(set.Days) == 0 || set.From < 0 || set.From >= set.To || set.To > 24 {
			t.Errorf("%s: %d days, hours %d–%d", set.Name, len(set.Days), set.From, set.To)
		}
		for _, d := range set.Days {
			if got := Split(d); got != "gap" && (got != "eval" || !slices.Contains(heldOutSets, set.Name)) {
				t.Errorf("%s: Split(%s) = %q, want gap", set.Name, d, got)
			}
			if Reserved(d) {
				t.Errorf("%s: %s is reserved", set.Name, d)
			}
		}
	}
	all := append([]EvalSet{devSet}, EvalSets...)
	for i, a := range all {
		for _, b := range all[i+1:] {
			if a.From >= b.To || b.From >= a.To {
				continue
			}
			for _, d := range a.Days {
				if slices.Contains(b.Days, d) {
					t.Errorf("%s and %s share %s, hours %d–%d and %d–%d", a.Name, b.Name, d, a.From, a.To, b.From, b.To)
				}
			}
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
		sets       []string
		days       string
		keep, skip string
		hours      [2]int
		also       [2]int // a second span of the kept day's hours
		err        bool
	}{
		{name: "held-out", keep: "2026-03-17", skip: "2026-03-19"},
		{name: "fresh", sets: []string{"fresh"}, keep: "2026-03-15", skip: "2026-03-19", hours: [2]int{13, 16}},
		{name: "blind", sets: []string{"blind"}, keep: "2026-03-19", skip: "2026-03-15", hours: [2]int{16, 19}},
		{name: "fresh2", sets: []string{"fresh2"}, keep: "2026-06-09", skip: "2026-06-12", hours: [2]int{10, 12}},
		{name: "final", sets: []string{"final"}, keep: "2026-03-18", skip: "2026-03-19", hours: [2]int{14, 16}},
		{name: "final2", sets: []string{"final2"}, keep: "2025-12-07", skip: "2025-12-11", hours: [2]int{19, 22}},
		{name: "final2 has the blind days", sets: []string{"final2"}, keep: "2026-07-24", skip: "2026-07-20", hours: [2]int{19, 22}},
		{name: "final3", sets: []string{"final3"}, keep: "2026-03-17", skip: "2026-03-18", hours: [2]int{14, 17}},
		{name: "final3 has the held-out days", sets: []string{"final3"}, keep: "2025-12-09", skip: "2025-12-07", hours: [2]int{14, 17}},
		{name: "days", days: "2026-03-18,2026-06-11", keep: "2026-06-11", skip: "2026-03-19"},
		{name: "training day", days: "2026-03-20", err: true},
		{name: "reserved day", days: "2025-09-01", err: true},
		{name: "bad day", days: "2026-3-18", err: true},
		{name: "two options", sets: []string{"fresh", "blind"}, err: true},
		{name: "fresh2 and days", sets: []string{"fresh2"}, days: "2026-03-18", err: true},
		{name: "final and fresh", sets: []string{"fresh", "final"}, err: true},
		{name: "final2 and final", sets: []string{"final2", "final"}, err: true},
		{name: "final3 and final2", sets: []string{"final3", "final2"}, err: true},
		{name: "final4", sets: []string{"final4"}, keep: "2026-06-08", skip: "2026-06-10", hours: [2]int{7, 17}},
		{name: "final4 has 2026-06-11", sets: []string{"final4"}, keep: "2026-06-11", skip: "2026-06-12", hours: [2]int{7, 17}},
		{name: "final4 and final3", sets: []string{"final4", "final3"}, err: true},
		{name: "final5", sets: []string{"final5"}, keep: "2025-12-08", skip: "2025-12-07", hours: [2]int{7, 9}},
		{name: "final5 has the blind days only", sets: []string{"final5"}, keep: "2026-06-12", skip: "2026-06-11", hours: [2]int{7, 9}},
		{name: "final5 and blind", sets: []string{"final5", "blind"}, err: true},
		{name: "final6", sets: []string{"final6"}, keep: "2025-12-07", skip: "2025-12-08", hours: [2]int{7, 9}},
		{name: "final6 has the final days only", sets: []string{"final6"}, keep: "2026-07-21", skip: "2026-06-12", hours: [2]int{7, 9}},
		{name: "final6 and final5", sets: []string{"final6", "final5"}, err: true},
		{name: "final7", sets: []string{"final7"}, keep: "2025-12-08", skip: "2025-12-11", hours: [2]int{9, 10}},
		{name: "final7 has the final days", sets: []string{"final7"}, keep: "2026-07-21", skip: "2026-06-11", hours: [2]int{9, 10}},
		{name: "final7 and final6", sets: []string{"final7", "final6"}, err: true},
		{name: "final8", sets: []string{"final8"}, keep: "2026-06-12", skip: "2026-06-11", hours: [2]int{10, 11}},
		{name: "final8 has the final days", sets: []string{"final8"}, keep: "2025-12-07", skip: "2025-12-10", hours: [2]int{10, 11}},
		{name: "final8 and final7", sets: []string{"final8", "final7"}, err: true},
		{name: "final9", sets: []string{"final9"}, keep: "2026-06-12", skip: "2026-06-11", hours: [2]int{11, 12}},
		{name: "final9 has the final days", sets: []string{"final9"}, keep: "2025-12-07", skip: "2025-12-10", hours: [2]int{11, 12}},
		{name: "final9 and final8", sets: []string{"final9", "final8"}, err: true},
		{name: "final10", sets: []string{"final10"}, keep: "2026-06-12", skip: "2026-06-11", hours: [2]int{12, 13}},
		{name: "final10 has the final days", sets: []string{"final10"}, keep: "2025-12-07", skip: "2025-12-10", hours: [2]int{12, 13}},
		{name: "final10 and final9", sets: []string{"final10", "final9"}, err: true},
		{name: "final11", sets: []string{"final11"}, keep: "2026-06-12", skip: "2026-06-11", hours: [2]int{13, 14}},
		{name: "final11 has the final days", sets: []string{"final11"}, keep: "2025-12-07", skip: "2025-12-10", hours: [2]int{13, 14}},
		{name: "final11 and final10", sets: []string{"final11", "final10"}, err: true},
		{name: "final12 has the blind days' 14:00", sets: []string{"final12"}, keep: "2026-06-12", skip: "2026-06-11", hours: [2]int{14, 15}},
		{name: "final12 has the final days' 16:00", sets: []string{"final12"}, keep: "2025-12-07", skip: "2025-12-10", hours: [2]int{16, 17}},
		{name: "final12 and final11", sets: []string{"final12", "final11"}, err: true},
		{name: "final13 has the blind days' 15:00", sets: []string{"final13"}, keep: "2026-07-24", skip: "2026-07-23", hours: [2]int{15, 16}},
		{name: "final13 has the final days' 17:00", sets: []string{"final13"}, keep: "2026-04-23", skip: "2026-04-24", hours: [2]int{17, 18}},
		{name: "final13 and final12", sets: []string{"final13", "final12"}, err: true},
		{name: "final14 has the held-out days' 11:00", sets: []string{"final14"}, keep: "2026-03-17", skip: "2026-03-19", hours: [2]int{11, 12}},
		{name: "final14 has the final days' 18:00", sets: []string{"final14"}, keep: "2026-07-21", skip: "2026-07-24", hours: [2]int{18, 19}},
		{name: "final14 and final13", sets: []string{"final14", "final13"}, err: true},
		{name: "final15 has the held-out days' 17:00", sets: []string{"final15"}, keep: "2026-06-10", skip: "2026-07-21", hours: [2]int{17, 18}},
		{name: "final15 and final14", sets: []string{"final15", "final14"}, err: true},
		{name: "final16 has the held-out days' 13:00 and 18:00", sets: []string{"final16"}, keep: "2026-04-22", skip: "2026-04-23", hours: [2]int{13, 14}, also: [2]int{18, 19}},
		{name: "final16 has no margin day", sets: []string{"final16"}, keep: "2025-12-09", skip: "2025-12-08", hours: [2]int{13, 14}, also: [2]int{18, 19}},
		{name: "final16 and final15", sets: []string{"final16", "final15"}, err: true},
		{name: "final17 has the held-out days' 19:00–22:59", sets: []string{"final17"}, keep: "2026-07-22", skip: "2026-07-23", hours: [2]int{19, 23}},
		{name: "final17 has no margin day", sets: []string{"final17"}, keep: "2025-12-09", skip: "2025-12-10", hours: [2]int{19, 23}},
		{name: "final17 and final16", sets: []string{"final17", "final16"}, err: true},
		{name: "unknown set", sets: []string{"final18"}, err: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			hoursOf, err := sampleDays(tc.sets, tc.days)
			if tc.err {
				if err == nil {
					t.Fatal("no error")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			hours, kept := hoursOf(tc.keep)
			_, skipped := hoursOf(tc.skip)
			var want [][2]int
			for _, h := range [][2]int{tc.hours, tc.also} {
				if h != [2]int{} {
					want = append(want, h)
				}
			}
			if !kept || skipped || !slices.Equal(hours, want) {
				t.Errorf("%s kept %v, %s kept %v, hours %v, want true false %v", tc.keep, kept, tc.skip, skipped, hours, want)
			}
		})
	}
}

// TestSkipNoonCaptures checks that only final4 … final17 leave out
// items dated 12:00:00 sharp, and that an item a second or a minute off
// noon is kept.
func TestSkipNoonCaptures(t *testing.T) {
	for _, tc := range []struct {
		sets []string
		want bool
	}{
		{[]string{"final4"}, true},
		{[]string{"final5"}, true},
		{[]string{"final6"}, true},
		{[]string{"final7"}, true},
		{[]string{"final8"}, true},
		{[]string{"final9"}, true},
		{[]string{"final10"}, true},
		{[]string{"final11"}, true},
		{[]string{"final12"}, true},
		{[]string{"final13"}, true},
		{[]string{"final14"}, true},
		{[]string{"final15"}, true},
		{[]string{"final16"}, true},
		{[]string{"final17"}, true},
		{[]string{"final3"}, false},
		{[]string{"fresh2"}, false},
		{nil, false},
	} {
		if got := skipsNoon(tc.sets); got != tc.want {
			t.Errorf("skipsNoon(%v) = %v, want %v", tc.sets, got, tc.want)
		}
	}
	vn := time.FixedZone("ICT", 7*3600)
	for _, tc := range []struct {
		t    time.Time
		want bool
	}{
		{time.Date(2026, 6, 8, 12, 0, 0, 0, vn), true},
		{time.Date(2026, 6, 8, 12, 0, 1, 0, vn), false},
		{time.Date(2026, 6, 8, 12, 1, 0, 0, vn), false},
		{time.Date(2026, 6, 8, 11, 59, 59, 0, vn), false},
		{time.Date(2026, 6, 8, 0, 0, 0, 0, vn), false},
	} {
		if got := noonCapture(tc.t); got != tc.want {
			t.Errorf("noonCapture(%v) = %v, want %v", tc.t, got, tc.want)
		}
	}
}

// TestInSpans checks that an hour is kept when one of a day's spans
// [from, to) holds it, and only then.
func TestInSpans(t *testing.T) {
	spans := [][2]int{{13, 14}, {18, 19}}
	for _, tc := range []struct {
		hour int
		want bool
	}{{12, false}, {13, true}, {14, false}, {17, false}, {18, true}, {19, false}} {
		if got := inSpans(tc.hour, spans); got != tc.want {
			t.Errorf("inSpans(%d, %v) = %v, want %v", tc.hour, spans, got, tc.want)
		}
	}
	if inSpans(13, nil) {
		t.Error("inSpans(13, nil) = true")
	}
}
