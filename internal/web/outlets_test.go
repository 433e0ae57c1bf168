package web

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// An outlet's latest-news feed and its sports feed both carry one article,
// which a second outlet's article joins in a story: feeds list the article
// once, and the story is "2 nguồn" with two articles, not three of three.
func TestOutletRepeats(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		f := newFixture(t, st, Config{})
		ctx := context.Background()
		section := &model.Source{URL: "https://vnexpress.net/rss/the-thao.rss", Name: "VnExpress"}
		if err := st.AddSource(ctx, section); err != nil {
			t.Fatal(err)
		}
		const link = "https://vnexpress.net/tuyen-viet-nam-thang-3-0.html"
		piece := func(key, url, outlet, title string, pub time.Time) model.Article {
			a := art(key, title, pub, []string{"the-thao"})
			a.URL, a.Outlet = url, outlet
			return a
		}
		at := t0.Add(5 * time.Hour)
		f.save(t, f.src[1], piece("r1", link, "vnexpress.net", "Tuyển Việt Nam thắng Indonesia 3-0", at))
		f.save(t, section.ID, piece("r1s", link, "vnexpress.net", "Tuyển Việt Nam thắng Indonesia 3-0", at))
		f.save(t, f.src[0], piece("r2", "https://baothainguyen.vn/tran-thang.html", "baothainguyen.vn",
			"Đội tuyển Việt Nam đánh bại Indonesia trên sân khách", at.Add(time.Minute)))
		story := joinStory(t, st, "r1", "r1s", "r2")
		for _, path := range []string{"/feed.json", "/topics/the-thao/feed.rss", "/feed.atom?q=Indonesia"} {
			body := f.get(t, path).Body.String()
			if n := strings.Count(body, link); n != 1 {
				t.Errorf("%s: the article shared by two feeds of its outlet is listed %d times, want once", path, n)
			}
			if !strings.Contains(body, "Xem cả 2 nguồn đưa tin này") {
				t.Errorf("%s: no link to the story's 2 outlets", path)
			}
		}
		var feed struct{ Items []struct{ URL string } }
		if err := json.Unmarshal(f.get(t, "/feed.json?limit=2").Body.Bytes(), &feed); err != nil {
			t.Fatal(err)
		}
		if len(feed.Items) != 2 || feed.Items[1].URL != link {
			t.Errorf("limit=2: %+v; want the two newest articles, the repeat left out and not counted", feed.Items)
		}
		page := f.get(t, storyPath(story)).Body.String()
		if !strings.Contains(page, "<strong>2 nguồn</strong>") || strings.Count(page, link) != 1 {
			t.Errorf("story page: want 2 outlets and the shared article once:\n%s", page)
		}
		if home := f.get(t, "/").Body.String(); !strings.Contains(home, `href="`+storyPath(story)+`">2 nguồn</a>`) {
			t.Errorf("front page: the story is not \"2 nguồn\"")
		}
	})
}
