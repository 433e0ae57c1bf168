package main

import (
	"bufio"
	"cmp"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"slices"
	"strings"
	"time"

	"bantin/internal/vntext"
)

// The news snapshot is a repository that captured Vietnamese outlets' RSS
// items every two hours into one JSON file per day (data/news/DAY.json,
// rewritten during the day; older days deleted from the tree but kept in
// its history): mnngoisaoxanh/tintuchangngay.
const newsDir = "data/news/"

// reserved are the publication windows kept for independent evaluation:
// no item published in them (or before 2018) may be used for training,
// rules or bantin's own evaluation (issue 9). Bounds are whole days in
// Asia/Ho_Chi_Minh, inclusive.
var reserved = [][2]string{{"0001-01-01", "2017-12-31"}, {"2025-08-25", "2025-11-20"}, {"2026-08-10", "2026-08-31"}}

// Reserved reports whether day (YYYY-MM-DD) lies in a reserved window.
func Reserved(day string) bool {
	for _, w := range reserved {
		if day >= w[0] && day <= w[1] {
			return true
		}
	}
	return false
}

// rawItem is one captured item as the snapshot stores it.
type rawItem struct {
	Title     string `json:"title"`
	Link      string `json:"link"`
	Summary   string `json:"summary"`
	Source    string `json:"source"`
	Category  string `json:"category"`
	Published string `json:"published"`
	Fetched   string `json:"fetched"`
}

// Item is one line of the corpus. FeedURL is the outlet's feed the item
// came from (a section feed names its topic). Published is when the feed
// says it was published (realPublished; for Tuổi Trẻ, the capture).
// Stamp is the time the corpus gave it before the seven-hour correction
// (news_v2): the snapshot's "published" as written, or noon of its link's
// day for an item whose link is dated over a day earlier. Day is Stamp's
// day in Asia/Ho_Chi_Minh: the day every split (corpusdays.Split), every
// labelled set's day and sample's hours were drawn by, so that correcting
// Published moves no item between training, held-out and gap days.
// Readers of a corpus without stamp (news.jsonl, v1) use Published, which
// there equals it.
type Item struct {
	URL       string    `json:"url"`
	Title     string    `json:"title"`
	Summary   string    `json:"summary"`
	Outlet    string    `json:"outlet"`
	FeedURL   string    `json:"feed_url"`
	Section   string    `json:"section,omitempty"`
	Published time.Time `json:"published"`
	Stamp     time.Time `json:"stamp,omitzero"`
	Day       string    `json:"day"`
}

// clock returns the time sample's hours are read on: Stamp, or Published
// in a corpus without it.
func (it Item) clock() time.Time {
	if it.Stamp.IsZero() {
		return it.Published
	}
	return it.Stamp
}

// feedOf maps the snapshot's source names to the feeds they read.
var feedOf = map[string]struct{ url, section string }{
	"VnExpress":              {"https://vnexpress.net/rss/tin-moi-nhat.rss", ""},
	"VnExpress - Thế Giới":   {"https://vnexpress.net/rss/the-gioi.rss", "the-gioi"},
	"VnExpress - Kinh Doanh": {"https://vnexpress.net/rss/kinh-doanh.rss", "kinh-doanh"},
	"VnExpress - Công Nghệ":  {"https://vnexpress.net/rss/so-hoa.rss", "so-hoa"},
	"VnExpress - Thể Thao":   {"https://vnexpress.net/rss/the-thao.rss", "the-thao"},
	"Tuổi Trẻ":               {"https://tuoitre.vn/rss/tin-moi-nhat.rss", ""},
	"Thanh Niên":             {"https://thanhnien.vn/rss/home.rss", ""},
	"Dân Trí":                {"https://dantri.com.vn/rss.rss", ""},
}

func newsCmd(args []string) error {
	fs := flag.NewFlagSet("news", flag.ExitOnError)
	gitDir := fs.String("git", "", "git directory of the mnngoisaoxanh/tintuchangngay snapshot")
	out := fs.String("o", "/work/data/i9/news_v2.jsonl", "output file (keep it outside the repository; news.jsonl is the corpus before the time correction)")
	fs.Parse(args)
	if *gitDir == "" {
		return fmt.Errorf("news: -git is required")
	}
	files, err := newestVersions(*gitDir)
	if err != nil {
		return err
	}
	zone, err := time.LoadLocation("Asia/Ho_Chi_Minh")
	if err != nil { // a nil zone would panic in toItem
		return fmt.Errorf("news: %w", err)
	}
	items := map[string]*Item{}
	dropped := 0
	for _, f := range files {
		if Reserved(f.day) {
			continue // not even read
		}
		body, err := exec.Command("git", "--git-dir", *gitDir, "show", f.commit+":"+f.path).Output()
		if err != nil {
			return fmt.Errorf("git show %s: %w", f.path, err)
		}
		raw, err := decodeDay(body)
		if err != nil {
			return fmt.Errorf("%s: %w", f.path, err)
		}
		for _, r := range raw {
			it, ok := toItem(r, f.day, zone)
			if !ok {
				dropped++
				continue
			}
			if old, dup := items[it.URL]; !dup || it.Stamp.Before(old.Stamp) || old.Section == "" && it.Section != "" {
				if dup && old.Section != "" && it.Section == "" {
					it.Section, it.FeedURL = old.Section, old.FeedURL
				}
				items[it.URL] = &it
			}
		}
	}
	return writeItems(*out, items, dropped)
}

type dayFile struct{ path, day, commit string }

// newestVersions returns, per day file ever committed, the newest commit
// that added or changed it (the day's fullest capture).
func newestVersions(gitDir string) ([]dayFile, error) {
	out, err := exec.Command("git", "--git-dir", gitDir, "log", "--format=C %H", "--name-only",
		"--diff-filter=AM", "--", newsDir).Output()
	if err != nil {
		return nil, fmt.Errorf("git log in %s: %w", gitDir, err)
	}
	seen := map[string]bool{}
	var files []dayFile
	commit := ""
	for _, line := range strings.Split(string(out), "\n") {
		switch {
		case strings.HasPrefix(line, "C "):
			commit = line[2:]
		case strings.HasPrefix(line, newsDir) && strings.HasSuffix(line, ".json") && !seen[line]:
			seen[line] = true
			day := strings.TrimSuffix(strings.TrimPrefix(line, newsDir), ".json")
			files = append(files, dayFile{line, day, commit})
		}
	}
	slices.SortFunc(files, func(a, b dayFile) int { return cmp.Compare(a.day, b.day) })
	return files, nil
}

// decodeDay reads a day file: a list of items, or an object holding one.
func decodeDay(body []byte) ([]rawItem, error) {
	var list []rawItem
	if err := json.Unmarshal(body, &list); err == nil {
		return list, nil
	}
	var obj struct {
		Articles []rawItem `json:"articles"`
	}
	err := json.Unmarshal(body, &obj)
	return obj.Articles, err
}

// urlDate finds the publication time some outlets put in their links:
// Tuổi Trẻ "-20260115200708958.htm", Thanh Niên "-185260115….htm".
var urlDate = []*regexp.Regexp{
	regexp.MustCompile(`tuoitre\.vn/.*-(20\d{6})\d{6,}\.htm`),
	regexp.MustCompile(`thanhnien\.vn/.*-18\d(\d{6})\d+\.htm`),
}

// toItem normalises a captured item; ok is false when it lacks a title or
// link, or when any date it carries (capture, stamp, real publication,
// link) lies in a reserved window, or the capture, stamp or real
// publication day lies within captureSlack days after one.
func toItem(r rawItem, fileDay string, zone *time.Location) (Item, bool) {
	it := Item{URL: strings.TrimSpace(r.Link), Title: vntext.Normalize(strings.TrimSpace(r.Title)),
		Summary: vntext.Normalize(strings.TrimSpace(r.Summary)), Outlet: outletOf(r.Source)}
	if it.URL == "" || it.Title == "" || it.Outlet == "" {
		return it, false
	}
	f := feedOf[r.Source]
	it.FeedURL, it.Section = f.url, f.section
	pub, err := time.Parse(time.RFC3339Nano, r.Published)
	real := realPublished(pub, r.Fetched)
	if err != nil { // no feed date to correct: the file's day, as v1 read it
		pub, _ = time.ParseInLocation("2006-01-02", fileDay, zone)
		real = pub
	}
	it.Published, it.Stamp = real.In(zone), pub.In(zone)
	days := []string{fileDay, it.Stamp.Format("2006-01-02"), it.Published.Format("2006-01-02")}
	for i, re := range urlDate {
		if m := re.FindStringSubmatch(it.URL); m != nil {
			d := m[1]
			if i == 0 {
				d = d[:4] + "-" + d[4:6] + "-" + d[6:8]
			} else {
				d = "20" + d[:2] + "-" + d[2:4] + "-" + d[4:6]
			}
			days = append(days, d)
			if t, err := time.ParseInLocation("2006-01-02", d, zone); err == nil && t.Before(it.Stamp.Add(-24*time.Hour)) {
				it.Stamp = t.Add(12 * time.Hour) // v1 took the link's day for the truer one: the feed's time is (BENCHMARKS.md)
			}
		}
	}
	days = append(days, it.Stamp.Format("2006-01-02"))
	for i, d := range days {
		if Reserved(d) || i < 3 && capturedLate(d, zone) {
			return it, false
		}
	}
	it.Day = it.Stamp.Format("2006-01-02")
	return it, true
}

// captureSlack is how long after publication an item may first be
// captured: a capture day this close after a reserved window may hold an
// item published inside it (VnExpress links carry no date).
const captureSlack = 2

// capturedLate reports whether a capture day lies within captureSlack days
// after a reserved window.
func capturedLate(day string, zone *time.Location) bool {
	t, err := time.ParseInLocation("2006-01-02", day, zone)
	if err != nil {
		return true
	}
	for k := 1; k <= captureSlack; k++ {
		if Reserved(t.AddDate(0, 0, -k).Format("2006-01-02")) {
			return true
		}
	}
	return false
}

// outletOf names the outlet of a snapshot source ("VnExpress - Thể Thao" →
// VnExpress).
func outletOf(source string) string {
	name, _, _ := strings.Cut(source, " - ")
	return strings.TrimSpace(name)
}

func writeItems(path string, items map[string]*Item, dropped int) error {
	list := make([]*Item, 0, len(items))
	for _, it := range items {
		list = append(list, it)
	}
	slices.SortFunc(list, func(a, b *Item) int {
		return cmp.Or(a.Published.Compare(b.Published), cmp.Compare(a.URL, b.URL))
	})
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, it := range list {
		if err := enc.Encode(it); err != nil {
			f.Close()
			return err
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	fmt.Fprintf(os.Stderr, "bantin-corpus: %d items written to %s (%d dropped: reserved dates or no title/link)\n",
		len(list), path, dropped)
	return f.Close()
}
