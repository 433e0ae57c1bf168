package pipeline_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"bantin/internal/model"
	"bantin/internal/pipeline"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// retitleItem is one upstream item: its link's last segment, its title and
// its publication time as minutes after 08:00 on 2026-12-01 (+07).
type retitleItem struct {
	slug, title string
	minute      int
}

// retitleFeed is an RSS feed of items whose links are on an outlet's host.
func retitleFeed(items []retitleItem) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Báo thử</title><link>https://bao.example/</link>`)
	for _, it := range items {
		at := time.Date(2026, 12, 1, 8, it.minute, 0, 0, time.FixedZone("ICT", 7*3600))
		fmt.Fprintf(&b, `<item><title>%s</title><link>https://bao.example/%s</link><guid>https://bao.example/%s</guid><description>Tin viết cho phép thử.</description><pubDate>%s</pubDate></item>`,
			it.title, it.slug, it.slug, at.Format(time.RFC1123Z))
	}
	b.WriteString(`</channel></rss>`)
	return b.String()
}

// TestRetitledArticleUpdatesInPlace: an outlet that rewrites an article's
// title and, with it, the words of its link before the article's id lists
// the same article under a new link; it is stored once, updated in place
// under the same feed id, also when the outlet re-dated it (within
// store.RetitleWindow) and when one link is the article's live page
// ("…-ID-tong-thuat.html", either first), unless both links are still
// listed or the number is a day's date.
func TestRetitledArticleUpdatesInPlace(t *testing.T) {
	old := retitleItem{"mua-lon-o-mien-trung-5072227.html", "Mưa lớn ở miền Trung", 0}
	renamed := retitleItem{"mua-lon-keo-dai-o-mien-trung-5072227.html", "Mưa lớn kéo dài ở miền Trung", 0}
	again := retitleItem{"mien-trung-mua-lon-ngay-thu-ba-5072227.html", "Miền Trung mưa lớn ngày thứ ba", 0}
	live := retitleItem{"viet-nam-campuchia-5106492-tong-thuat.html", "Việt Nam 1-0 Campuchia (H1)", 0}
	report := retitleItem{"viet-nam-campuchia-5106492.html", "Việt Nam thắng Campuchia 3-1", 0}
	cases := []struct {
		name   string
		passes [][]retitleItem
		titles []string // stored titles, sorted
	}{
		{"retitled", [][]retitleItem{{old}, {renamed}, {renamed}}, []string{renamed.title}},
		{"retitled twice", [][]retitleItem{{old}, {renamed}, {again}}, []string{again.title}},
		{"same id, re-dated", [][]retitleItem{{old}, {{renamed.slug, renamed.title, 30}}}, []string{renamed.title}},
		{"same id, a day later", [][]retitleItem{{{old.slug, old.title, -24 * 60}}, {renamed}}, []string{renamed.title}},
		{"same id, three days later", [][]retitleItem{{{old.slug, old.title, -3 * 24 * 60}}, {renamed}}, []string{old.title, renamed.title}},
		{"both links listed", [][]retitleItem{{old}, {renamed, old}, {renamed, old}}, []string{old.title, renamed.title}},
		{"live page, then the article", [][]retitleItem{{live}, {report}, {report}}, []string{report.title}},
		{"article, then its live page", [][]retitleItem{{report}, {live}, {live}}, []string{live.title}},
		{"live page and article listed", [][]retitleItem{{live}, {live, report}}, []string{live.title, report.title}},
		{"words after another id", [][]retitleItem{{live}, {{"viet-nam-campuchia-5106492-anh.html", report.title, 0}}},
			[]string{live.title, report.title}},
		{"other ids", [][]retitleItem{{old}, {{"mua-lon-keo-dai-o-mien-trung-5072228.html", renamed.title, 0}}}, []string{old.title, renamed.title}},
		{"a day's page", [][]retitleItem{{{"lich-cat-dien-20261201.html", "Lịch cắt điện", 0}}, {{"lich-thi-dau-20261201.html", "Lịch thi đấu", 0}}},
			[]string{"Lịch cắt điện", "Lịch thi đấu"}},
		{"a query", [][]retitleItem{{{"tin-1234567.html?p=1", "Tin một", 0}}, {{"tin-khac-1234567.html?p=1", "Tin khác", 0}}}, []string{"Tin khác", "Tin một"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			storetest.Engines(t, func(t *testing.T, st *store.Store) {
				testRetitle(t, st, c.passes, c.titles)
			})
		})
	}
}

// testRetitle serves passes one after the other to one source and checks
// the titles stored at the end; when one article is left, its feed id must
// be the first pass's, and a last pass that repeats the one before must
// write nothing.
func testRetitle(t *testing.T, st *store.Store, passes [][]retitleItem, titles []string) {
	src, run := retitleRun(t, st, passes)
	ctx := context.Background()
	var first []model.Article
	var last pipeline.Summary
	for i := range passes {
		last = run(i)
		if i == 0 {
			first, _ = st.Articles(ctx, model.Filter{SourceID: src.ID})
		}
	}
	after, err := st.Articles(ctx, model.Filter{SourceID: src.ID})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range after {
		got = append(got, a.Title)
	}
	slices.Sort(got)
	slices.Sort(titles)
	if !slices.Equal(got, titles) {
		t.Fatalf("stored titles %q, want %q", got, titles)
	}
	quiet := len(passes) > 1 && slices.Equal(passes[len(passes)-1], passes[len(passes)-2])
	if len(after) == 1 && (after[0].ItemID != first[0].ItemID || quiet && last.New+last.Updated != 0) {
		t.Errorf("feed id %s, first %s; last pass %+v", after[0].ItemID, first[0].ItemID, last)
	}
}

// TestRetitledArticleRetagged: an article moved to a new link by a new
// title is tagged from its new text (the old title's province is gone)
// and keeps its id, its feed id and its story.
func TestRetitledArticleRetagged(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		pass := [][]retitleItem{
			{{"mua-lon-gay-ngap-o-da-nang-5072227.html", "Mưa lớn gây ngập ở Đà Nẵng", 0}},
			{{"mua-lon-gay-ngap-o-can-tho-5072227.html", "Mưa lớn gây ngập ở Cần Thơ", 0}},
		}
		src, run := retitleRun(t, st, pass)
		var got [2]model.Article
		for k := range pass {
			run(k)
			all, err := st.Articles(context.Background(), model.Filter{SourceID: src.ID})
			if err != nil || len(all) != 1 {
				t.Fatalf("pass %d: %d articles, %v; want 1", k, len(all), err)
			}
			got[k] = all[0]
		}
		was, now := got[0], got[1]
		if now.ID != was.ID || now.ItemID != was.ItemID || now.ClusterID != was.ClusterID {
			t.Errorf("id, feed id, story: %d %s %d, were %d %s %d", now.ID, now.ItemID, now.ClusterID, was.ID, was.ItemID, was.ClusterID)
		}
		if !hasProvince(was, "da-nang") || hasProvince(now, "da-nang") || !hasProvince(now, "can-tho") {
			t.Errorf("provinces %v, were %v: want can-tho in place of da-nang", now.Provinces, was.Provinces)
		}
	})
}

// retitleRun serves the feed of passes[k] to one new source when its run
// is called with k, each call an hour after the last, and returns the
// source and run; run fails the test unless the pass fetched the source.
func retitleRun(t *testing.T, st *store.Store, passes [][]retitleItem) (model.Source, func(k int) pipeline.Summary) {
	var pass atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(retitleFeed(passes[pass.Load()])))
	}))
	t.Cleanup(srv.Close)
	clock := clockAt(time.Date(2026, 12, 1, 3, 0, 0, 0, time.UTC))
	src := addSource(t, st, srv.URL+"/rss/tin-moi.rss")
	g := newPipeline(t, st, clock)
	return src, func(k int) pipeline.Summary {
		pass.Store(int32(k))
		clock.advance(time.Hour)
		res, err := g.RunOnce(context.Background(), pipeline.RunOptions{All: true})
		if err != nil || res.Failed != 0 {
			t.Fatalf("pass %d: %+v %v", k, res, err)
		}
		return res
	}
}

// hasProvince reports whether a is tagged with province p.
func hasProvince(a model.Article, p string) bool {
	return slices.ContainsFunc(a.Provinces, func(t model.ProvinceTag) bool { return t.Province == p })
}
