package web

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// A topic page places an article by a later copy of it (a section feed's
// copy of a home feed article, published later, is what carries the
// topic): when the first page ends on that article, "Tin cũ hơn" goes on
// from the copy's time, not the article's own, so the stories in between
// are on the second page; every story shows once.
func TestPagesOlderAfterCopy(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		f := newFixture(t, st, Config{})
		var arts []model.Article
		want := []string{"Bóng đá V-League"} // the fixture's
		for i := range 30 {
			title := fmt.Sprintf("Bóng đá, bản tin số %02d", i)
			arts = append(arts, art(fmt.Sprintf("bd%02d", i), title, t0.Add(-time.Duration(i)*time.Hour), []string{"the-thao"}))
			want = append(want, title)
		}
		const link = "https://bao.example.vn/doi-tuyen.html"
		home := art("dt-home", "Đội tuyển tập trung", t0.Add(-40*time.Hour), []string{"thoi-su"})
		home.URL, home.Link = link, link
		f.save(t, f.src[0], home)
		sec := art("dt-sec", "Đội tuyển tập trung", t0.Add(-17*time.Hour-30*time.Minute), []string{"the-thao"})
		sec.URL, sec.Link = link+"?utm_source=rss", link
		f.save(t, f.src[1], append(arts, sec)...)
		want = append(want, "Đội tuyển tập trung")
		f.srv.Invalidate()
		titles, pages := walkOlder(t, f, "/topics/the-thao/")
		slices.Sort(titles)
		slices.Sort(want)
		if !slices.Equal(titles, want) || pages != 2 {
			t.Errorf("%d pages showed %d stories %q,\nwant 2 pages, each of %d once", pages, len(titles), titles, len(want))
		}
	})
}
