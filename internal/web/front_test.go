package web

import (
	"context"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// storyFixture adds a third source whose two articles join a1's story
// ("Ngành Tổ chức…", Báo Thái Nguyên): a story of three articles from two
// sources, and returns its id.
func storyFixture(t *testing.T, f *fixture) int64 {
	t.Helper()
	ctx := context.Background()
	src := &model.Source{URL: "https://nhandan.vn/rss/chinhtri.rss", Name: "Nhân Dân"}
	if err := f.st.AddSource(ctx, src); err != nil {
		t.Fatal(err)
	}
	f.save(t, src.ID,
		art("n1", "Thái Nguyên: hội nghị công tác tổ chức xây dựng Đảng", t0.Add(30*time.Minute), []string{"xay-dung-dang"}, prov("thai-nguyen", "")),
		art("n2", "Công tác tổ chức xây dựng Đảng năm tới", t0.Add(-30*time.Minute), []string{"chinh-tri", "xay-dung-dang"}))
	return joinStory(t, f.st, "a1", "n1", "n2")
}

// The front page ranks the week's stories that several outlets covered by
// outlets, then recency, and links each to its full coverage (the others
// are in the latest stories); the story page lists every article oldest
// first with the tags most share.
func TestFrontPageAndStory(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		f := newFixture(t, st, Config{})
		story := storyFixture(t, f)
		storyURL := storyPath(story)
		home := f.get(t, "/").Body.String()
		top := section(home, "noi-bat")
		titles := regexp.MustCompile(`<h3><a href="[^"]+" rel="noopener">([^<]+)</a>`).FindAllStringSubmatch(top, -1)
		var got []string
		for _, m := range titles {
			got = append(got, m[1])
		}
		// The two-source story alone (shown by its newest article, n1): the
		// section promises stories several outlets covered; the others are
		// the latest, newest first.
		want := []string{"Thái Nguyên: hội nghị công tác tổ chức xây dựng Đảng"}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("top stories %q, want %q", got, want)
		}
		latest := section(home, "moi-nhat")
		for _, title := range []string{"Du lịch Huế mùa thu", "Khởi công cao tốc ở Hà Nội", "Bóng đá V-League", "Lúa mùa ở Bắc Kạn"} {
			if !strings.Contains(latest, ">"+title+"<") {
				t.Errorf("latest stories lack %q:\n%s", title, latest)
			}
		}
		if !strings.Contains(top, `<a class="sources" href="`+storyURL+`">2 nguồn</a>`) {
			t.Errorf("front page: no \"2 nguồn\" link to %s", storyURL)
		}
		for _, s := range []string{"<h3>Đông Bắc</h3>", "<h3>Đồng bằng sông Cửu Long</h3>", `gồm cả <a href="/provinces/bac-kan/">Bắc Kạn (cũ)</a>`,
			`<a href="/topics/giao-thong/">Giao thông – Hạ tầng</a>`, `action="/search"`} {
			if !strings.Contains(home, s) {
				t.Errorf("front page lacks %s", s)
			}
		}
		if n := strings.Count(home[strings.Index(home, `id="tinh-thanh"`):], `<li><a href="/provinces/`); n != 34 {
			t.Errorf("front page lists %d provinces, want 34", n)
		}

		page := f.get(t, storyURL).Body.String()
		titles = regexp.MustCompile(`<h3><a href="[^"]+" rel="noopener">([^<]+)</a></h3>\n<p class="meta">([^<]+)`).FindAllStringSubmatch(page, -1)
		got = got[:0]
		for _, m := range titles {
			got = append(got, m[2]+m[1])
		}
		want = []string{"Nhân Dân · Công tác tổ chức xây dựng Đảng năm tới", "Báo Thái Nguyên · Ngành Tổ chức xây dựng Đảng tại Thái Nguyên",
			"Nhân Dân · Thái Nguyên: hội nghị công tác tổ chức xây dựng Đảng"}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("story page articles %q, want %q (oldest first)", got, want)
		}
		shared := page[strings.Index(page, `aria-label="Chủ đề và địa phương chung"`):]
		shared = shared[:strings.Index(shared, "</ul>")]
		if !strings.Contains(shared, "Xây dựng Đảng") || !strings.Contains(shared, "Thái Nguyên") || strings.Contains(shared, "Chính trị") && strings.Index(shared, "Chính trị") < strings.Index(shared, "Xây dựng Đảng") {
			t.Errorf("shared tags %s: want Xây dựng Đảng first, then Thái Nguyên / Chính trị", shared)
		}
		// The heading is the title sharing most with the others, not the earliest.
		if !strings.Contains(page, "<h1>Thái Nguyên: hội nghị công tác tổ chức xây dựng Đảng</h1>") || !strings.Contains(page, "<strong>2 nguồn</strong>") {
			t.Errorf("story page heading or count wrong:\n%s", page)
		}
		for _, bad := range []string{"/stories/999999", "/stories/abc", "/stories/-1"} {
			if w := f.do(http.MethodGet, bad); w.Code != http.StatusNotFound {
				t.Errorf("GET %s: %d, want 404", bad, w.Code)
			}
		}
		// Feed items of the story link its full coverage; others do not.
		feed := f.get(t, "/topics/xay-dung-dang/feed.json").Body.String()
		link := `<p><a href=\"` + testBase + storyURL + `\">Xem cả 2 nguồn đưa tin này</a></p>`
		if n := strings.Count(feed, link); n != 3 {
			t.Errorf("xay-dung-dang feed: %d items link %s, want 3:\n%s", n, storyURL, feed)
		}
		if feed := f.get(t, "/topics/the-thao/feed.rss").Body.String(); strings.Contains(feed, "nguồn đưa tin") {
			t.Errorf("a single-source item links its story:\n%s", feed)
		}
		// A topic page shows only stories covered by two outlets as top.
		tp := f.get(t, "/topics/xay-dung-dang/").Body.String()
		if !strings.Contains(tp, `href="`+storyURL+`">2 nguồn</a>`) || strings.Count(section(tp, "noi-bat"), `class="story"`) != 1 {
			t.Errorf("topic page: want one top story with 2 nguồn:\n%s", tp)
		}
	})
}

// A week whose stories each one outlet covered has no "Tin nổi bật trong
// tuần (nhiều báo cùng đưa nhất)": the section would promise what it does
// not hold. Its stories are the latest, as on every page.
func TestFrontPageNoTopOfOneOutlet(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		f := newFixture(t, st, Config{})
		home := f.get(t, "/").Body.String()
		if strings.Contains(home, `id="noi-bat"`) || strings.Contains(home, "nhiều báo cùng đưa nhất") {
			t.Errorf("front page of one-outlet stories has a most-covered section:\n%s", section(home, "noi-bat"))
		}
		if latest := section(home, "moi-nhat"); !strings.Contains(latest, ">Bóng đá V-League<") {
			t.Errorf("front page: the latest stories lack the week's:\n%s", latest)
		}
	})
}

// Search folds diacritics, except those typed (a search that finds nothing
// then offers the query without them); an empty query shows the form only;
// a bad parameter is a 400.
func TestSearchPage(t *testing.T) {
	f := newFixture(t, storetest.OpenSQLite(t), Config{})
	for _, tt := range []struct {
		q, shows, hides string
	}{
		{"cao toc", "Khởi công cao tốc ở Hà Nội", "Bóng đá"},
		{"lua mua bac kan", "Lúa mùa ở Bắc Kạn", "cao tốc"},
		{"", `id="q"`, "Tin mới nhất"},
		{"cao tốc", "Khởi công cao tốc ở Hà Nội", "Tìm không dấu"},
		{"cáo tốc", `Tìm không dấu: <a href="/search?q=cao%20toc">cao toc</a>`, "Khởi công"},
		{"cao toc xyz", "Không tìm thấy tin nào có “cao toc xyz”.", "Tìm không dấu"},
	} {
		body := f.get(t, "/search?q="+strings.ReplaceAll(tt.q, " ", "+")).Body.String()
		if !strings.Contains(body, tt.shows) || strings.Contains(body, tt.hides) {
			t.Errorf("search %q: want %q and not %q", tt.q, tt.shows, tt.hides)
		}
	}
	if w := f.do(http.MethodGet, "/search?q=x&province=atlantis"); w.Code != http.StatusBadRequest {
		t.Errorf("unknown province: %d, want 400", w.Code)
	}
}

// When sources fail, the front page says how many and links the status
// page, which lists them first.
func TestFailingSourcesNotice(t *testing.T) {
	f := newFixture(t, storetest.OpenSQLite(t), Config{})
	if home := f.get(t, "/").Body.String(); strings.Contains(home, `class="notice"`) {
		t.Fatalf("notice shown with every source fine")
	}
	ctx := context.Background()
	if _, err := f.st.ClaimSource(ctx, f.src[1], "test", t0, time.Minute); err != nil {
		t.Fatal(err)
	}
	if _, err := f.st.SaveFetch(ctx, store.FetchOutcome{SourceID: f.src[1], Owner: "test", Status: 503, Error: "HTTP 503 Service Unavailable",
		Failures: 2, FetchedAt: t0, NextFetchAt: t0.Add(time.Hour)}, nil); err != nil {
		t.Fatal(err)
	}
	f.clock.Add(healthTTL)
	home := f.get(t, "/").Body.String()
	if !strings.Contains(home, "<strong>1 trên 2 nguồn tin đang không đọc được</strong>") || !strings.Contains(home, `<a href="/sources">`) {
		t.Errorf("front page: no failing-sources notice")
	}
	w := f.get(t, "/sources")
	body := w.Body.String()
	if i, j := strings.Index(body, "VnExpress"), strings.Index(body, "Báo Thái Nguyên"); i < 0 || j < 0 || i > j ||
		!strings.Contains(body, "HTTP 503 Service Unavailable") || w.Header().Get("Cache-Control") != "no-cache" {
		t.Errorf("status page: want the failing VnExpress first with its error, uncached:\n%s", body)
	}
}

// section returns the <section> of page whose heading has id, "" if none.
func section(page, id string) string {
	i := strings.Index(page, `id="`+id+`"`)
	if i < 0 {
		return ""
	}
	j := strings.Index(page[i:], "</section>")
	return page[i : i+j]
}
