package main

import (
	"testing"
	"time"
)

// TestItemTimes: on raw items written for the test, a feed date the
// snapshot stamped 7 hours early (or 7 h 7 min, in its first days) gets
// its real time back, a capture-clock stamp (Tuổi Trẻ) stays, and the
// item's day, stamp and sampling clock stay what the uncorrected corpus
// gave it, also for an item whose link is dated over a day before its
// stamp (noon of the link's day).
func TestItemTimes(t *testing.T) {
	zone, err := time.LoadLocation("Asia/Ho_Chi_Minh")
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, source, link, published, fetched, fileDay string
		wantPublished, wantStamp, wantDay               string
	}{
		{"VnExpress feed date", "VnExpress", "https://vnexpress.net/a-1.html",
			"2026-01-15T03:00:00+07:00", "2026-01-15T10:40:01.123456+07:00", "2026-01-15",
			"2026-01-15T10:00:00+07:00", "2026-01-15T03:00:00+07:00", "2026-01-15"},
		{"section feed, evening: the day stays the stamp's", "VnExpress - Thể Thao", "https://vnexpress.net/b-2.html",
			"2026-01-15T18:30:00+07:00", "2026-01-16T01:50:00.5+07:00", "2026-01-16",
			"2026-01-16T01:30:00+07:00", "2026-01-15T18:30:00+07:00", "2026-01-15"},
		{"first days' LMT stamp", "VnExpress", "https://vnexpress.net/c-3.html",
			"2025-08-09T01:35:18+07:07", "2025-08-09T09:06:00.341143+07:00", "2025-08-09",
			"2025-08-09T08:35:18+07:00", "2025-08-09T01:28:18+07:00", "2025-08-09"}, // the stamp as the old corpus read it
		{"Thanh Niên feed date", "Thanh Niên", "https://thanhnien.vn/x-185260115213644173.htm",
			"2026-01-15T15:30:00+07:00", "2026-01-15T23:54:27.058986+07:00", "2026-01-15",
			"2026-01-15T22:30:00+07:00", "2026-01-15T15:30:00+07:00", "2026-01-15"},
		{"Tuổi Trẻ capture clock", "Tuổi Trẻ", "https://tuoitre.vn/y-20260115162154460.htm",
			"2026-01-15T23:54:28.453971+07:00", "2026-01-15T23:54:30.172699+07:00", "2026-01-15",
			"2026-01-15T23:54:28.453971+07:00", "2026-01-15T23:54:28.453971+07:00", "2026-01-15"},
		{"capture clock without fetched", "Tuổi Trẻ", "https://tuoitre.vn/z-20260115162154460.htm",
			"2026-01-15T20:00:00.5+07:00", "", "2026-01-15",
			"2026-01-15T20:00:00.5+07:00", "2026-01-15T20:00:00.5+07:00", "2026-01-15"},
		{"whole-second capture clock", "Tuổi Trẻ", "https://tuoitre.vn/w-20260115162154460.htm",
			"2026-01-15T20:00:00+07:00", "2026-01-15T20:00:00.000004+07:00", "2026-01-15",
			"2026-01-15T20:00:00+07:00", "2026-01-15T20:00:00+07:00", "2026-01-15"},
		{"link dated days before: stamp and day at its noon", "Thanh Niên", "https://thanhnien.vn/v-185260110101010123.htm",
			"2026-01-15T03:00:00+07:00", "2026-01-15T11:00:00.2+07:00", "2026-01-15",
			"2026-01-15T10:00:00+07:00", "2026-01-10T12:00:00+07:00", "2026-01-10"},
		{"no feed date: the file's day, not moved", "VnExpress", "https://vnexpress.net/u-4.html",
			"", "2026-01-15T10:40:01.123456+07:00", "2026-01-15",
			"2026-01-15T00:00:00+07:00", "2026-01-15T00:00:00+07:00", "2026-01-15"},
	}
	for _, tc := range cases {
		r := rawItem{Title: "Tin", Link: tc.link, Source: tc.source, Published: tc.published, Fetched: tc.fetched}
		it, ok := toItem(r, tc.fileDay, zone)
		if !ok {
			t.Errorf("%s: dropped", tc.name)
			continue
		}
		wantP, _ := time.Parse(time.RFC3339Nano, tc.wantPublished)
		wantS, _ := time.Parse(time.RFC3339Nano, tc.wantStamp)
		if !it.Published.Equal(wantP) || !it.Stamp.Equal(wantS) || it.Day != tc.wantDay || !it.clock().Equal(wantS) {
			t.Errorf("%s: published %v stamp %v day %s, want %v %v %s", tc.name, it.Published, it.Stamp, it.Day, wantP, wantS, tc.wantDay)
		}
	}
}

// TestClockOfOldCorpus: an item of a corpus without stamps is sampled on
// its publication time.
func TestClockOfOldCorpus(t *testing.T) {
	p := time.Date(2026, 1, 15, 9, 0, 0, 0, time.UTC)
	if got := (Item{Published: p}).clock(); !got.Equal(p) {
		t.Errorf("clock %v, want %v", got, p)
	}
}
