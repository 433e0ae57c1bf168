package web

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// The top stories a later page leaves out follow the content: a story that
// a new report (a second outlet) makes a top story of the topic page leaves
// its second page at once, although the first walk cached the top stories;
// every story is shown once over the pages, before and after.
func TestTopStoriesFollowContent(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		f := newFixture(t, st, Config{})
		var arts []model.Article
		want := []string{"Bóng đá V-League"} // the fixture's
		for i := range 25 {
			title := fmt.Sprintf("Bóng chuyền, bản tin số %02d", i)
			a := art(fmt.Sprintf("bc%02d", i), title, t0.Add(20*time.Hour-time.Duration(i)*time.Minute), []string{"the-thao"})
			a.Outlet = "bao.example.vn"
			arts = append(arts, a)
			want = append(want, title)
		}
		first := art("s-a", "Giải chạy đêm", t0.Add(-5*time.Hour), []string{"the-thao"})
		first.Outlet = "bao.example.vn"
		f.save(t, f.src[0], append(arts, first)...)
		want = append(want, "Giải chạy đêm")
		slices.Sort(want)
		walk := func(stage string, wantTop []string) {
			t.Helper()
			f.srv.Invalidate()
			titles, pages := walkOlder(t, f, "/topics/the-thao/")
			if slices.Sort(titles); !slices.Equal(titles, want) || pages != 2 {
				t.Errorf("%s: %d pages showed %q, want 2 pages, each of %q once", stage, pages, titles, want)
			}
			body := f.get(t, "/topics/the-thao/").Body.String()
			if got := topTitles(body); !slices.Equal(got, wantTop) {
				t.Errorf("%s: top stories %q, want %q", stage, got, wantTop)
			}
		}
		walk("one outlet each", nil)
		second := art("s-b", "Giải chạy đêm thu hút nghìn người", t0.Add(-6*time.Hour), []string{"the-thao"})
		second.Outlet = "vnexpress.net"
		f.save(t, f.src[1], second)
		joinStory(t, st, "s-a", "s-b")
		walk("a second outlet", []string{"Giải chạy đêm"})
	})
}

// topTitles returns the titles of a page's top stories.
func topTitles(body string) []string {
	_, top, ok := strings.Cut(body, `<ol class="stories top">`)
	if !ok {
		return nil
	}
	top, _, _ = strings.Cut(top, `</ol>`)
	var out []string
	for _, m := range cardTitle.FindAllStringSubmatch(top, -1) {
		out = append(out, m[1])
	}
	return out
}
