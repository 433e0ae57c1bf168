package web

import (
	"context"
	"fmt"
	"html"
	"net/http"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// A list of latest stories (search, topic, province, the front page) goes
// on past its first 20 by a "Tin cũ hơn" link: walking the links shows
// every matching story once (a story with reports on several pages by its
// newest), articles published in the same microsecond across a page's end
// included, and a later page links back to the first.
func TestPagesOlder(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		f := newFixture(t, st, Config{})
		var arts []model.Article
		var want []string
		for i := range 47 {
			pub := t0.Add(-time.Duration(i) * time.Hour)
			if i >= 15 && i < 30 { // one time across the first page's end
				pub = t0.Add(-15 * time.Hour)
			}
			title := fmt.Sprintf("Mưa lũ ở Hà Nội, bản tin số %02d", i)
			arts = append(arts, art(fmt.Sprintf("lu%02d", i), title, pub, []string{"moi-truong"}, prov("ha-noi", "")))
			want = append(want, title)
		}
		f.save(t, f.src[1], arts...)
		// A story of two outlets, older than the first page's list: a top
		// story of the week there, and on no later page.
		const flood = "Ngập sâu ở Hà Nội"
		f.save(t, f.src[1], art("ngap1", flood, t0.Add(-44*time.Hour), []string{"moi-truong"}, prov("ha-noi", "")))
		f.save(t, f.src[0], art("ngap2", flood, t0.Add(-44*time.Hour), []string{"moi-truong"}, prov("ha-noi", "")))
		// One story of three reports, on the first, second and third pages:
		// shown once, by its newest.
		all, err := st.Articles(context.Background(), model.Filter{Limit: 200})
		if err != nil {
			t.Fatal(err)
		}
		ids := map[string]int64{}
		for _, a := range all {
			ids[a.Key] = a.ID
		}
		story := store.Placement{Thread: ids["lu03"], Segment: ids["lu03"]}
		top := store.Placement{Thread: ids["ngap1"], Segment: ids["ngap1"]}
		if err := st.SetClusters(context.Background(), map[int64]store.Placement{ids["lu03"]: story, ids["lu35"]: story, ids["lu45"]: story,
			ids["ngap1"]: top, ids["ngap2"]: top}); err != nil {
			t.Fatal(err)
		}
		want = slices.DeleteFunc(want, func(title string) bool {
			return strings.HasSuffix(title, "số 35") || strings.HasSuffix(title, "số 45")
		})
		for _, tt := range []struct {
			start string
			pages int
			extra []string // the fixture's other articles on the page
		}{
			{"/search?q=mua+lu", 3, nil},
			{"/topics/moi-truong/provinces/ha-noi/", 3, []string{flood}},
			{"/provinces/ha-noi/", 3, []string{"Khởi công cao tốc ở Hà Nội", flood}},
			// Several topics: the later pages stay on that selection.
			{"/topics/giao-thong/?province=ha-noi&topic=moi-truong", 3, []string{"Khởi công cao tốc ở Hà Nội", flood}},
			// The week's top stories, first: not again on a later page.
			{"/", 3, []string{"Khởi công cao tốc ở Hà Nội", "Ngành Tổ chức xây dựng Đảng tại Thái Nguyên", "Lúa mùa ở Bắc Kạn", "Bóng đá V-League", "Du lịch Huế mùa thu", flood}},
		} {
			titles, pages := walkOlder(t, f, tt.start)
			slices.Sort(titles)
			all := slices.Sorted(slices.Values(append(slices.Clone(want), tt.extra...)))
			if !slices.Equal(titles, all) || pages != tt.pages {
				t.Errorf("%s: %d pages showed %d stories %q,\nwant %d pages, each of %d once", tt.start, pages, len(titles), titles, tt.pages, len(all))
			}
		}
	})
}

var (
	cardTitle = regexp.MustCompile(`<h3><a href="[^"]*" rel="noopener">([^<]*)</a></h3>`)
	nextLink  = regexp.MustCompile(`<a href="([^"]*)" rel="next">Tin cũ hơn →</a>`)
	firstLink = regexp.MustCompile(`<a href="([^"]*)">← Tin mới nhất</a>`)
)

// walkOlder follows the "Tin cũ hơn" links from start and returns the
// titles of the story cards on every page and the page count.
func walkOlder(t *testing.T, f *fixture, start string) (titles []string, pages int) {
	t.Helper()
	for u := start; u != ""; pages++ {
		if pages > 10 {
			t.Fatalf("%s: more than 10 pages", start)
		}
		body := f.get(t, u).Body.String()
		_, main, _ := strings.Cut(body, `<main`)
		for _, m := range cardTitle.FindAllStringSubmatch(main, -1) {
			titles = append(titles, html.UnescapeString(m[1]))
		}
		if first := firstLink.FindStringSubmatch(body); (first != nil) != (pages > 0) || first != nil && html.UnescapeString(first[1]) != start {
			t.Errorf("%s: page %d links back to the first page as %q, want %q only after the first", start, pages+1, first, start)
		}
		u = ""
		if m := nextLink.FindStringSubmatch(body); m != nil {
			u = html.UnescapeString(m[1])
		}
	}
	return titles, pages
}

// A mangled "truoc" is a 400 in Vietnamese, not the first page again.
func TestPagesOlderBadCursor(t *testing.T) {
	f := newFixture(t, storetest.OpenSQLite(t), Config{})
	for _, path := range []string{"/?truoc=abc", "/search?q=cao+toc&truoc=12", "/provinces/ha-noi/?truoc=1-0", "/topics/the-thao/?truoc=x-1"} {
		w := f.do(http.MethodGet, path)
		if w.Code != http.StatusBadRequest || !strings.Contains(w.Body.String(), "truoc phải có dạng như trong liên kết “Tin cũ hơn”") {
			t.Errorf("%s: %d %s", path, w.Code, w.Body)
		}
	}
}

// A page of a list holds 20 stories whenever the list has that many: a
// story of 30 reports newer than the others takes one card, not the
// page's reading of 40 articles (it showed 11 cards).
func TestPagesOlderFull(t *testing.T) {
	f := newFixture(t, storetest.OpenSQLite(t), Config{})
	var arts []model.Article
	for i := range 30 {
		arts = append(arts, art(fmt.Sprintf("big%02d", i), fmt.Sprintf("Bão lớn, bài %02d", i), t0.Add(-time.Duration(i)*time.Minute), []string{"moi-truong"}, prov("ha-noi", "")))
	}
	for i := range 30 {
		arts = append(arts, art(fmt.Sprintf("one%02d", i), fmt.Sprintf("Tin lẻ số %02d", i), t0.Add(-time.Duration(i+1)*time.Hour), []string{"moi-truong"}, prov("ha-noi", "")))
	}
	f.save(t, f.src[1], arts...)
	all, err := f.st.Articles(context.Background(), model.Filter{Limit: 200})
	if err != nil {
		t.Fatal(err)
	}
	moves := map[int64]store.Placement{}
	var story store.Placement
	for _, a := range all {
		if strings.HasPrefix(a.Key, "big") {
			if story.Thread == 0 {
				story = store.Placement{Thread: a.ID, Segment: a.ID}
			}
			moves[a.ID] = story
		}
	}
	if err := f.st.SetClusters(context.Background(), moves); err != nil {
		t.Fatal(err)
	}
	body := f.get(t, "/topics/moi-truong/").Body.String()
	_, main, _ := strings.Cut(body, `<main`)
	if n := len(cardTitle.FindAllStringSubmatch(main, -1)); n != latestStoriesN {
		t.Errorf("first page: %d cards, want %d", n, latestStoriesN)
	}
	if titles, pages := walkOlder(t, f, "/topics/moi-truong/"); len(titles) != 31 || pages != 2 {
		t.Errorf("%d pages, %d cards, want 2 pages of 31 stories", pages, len(titles))
	}
}
