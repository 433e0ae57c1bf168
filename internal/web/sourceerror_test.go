package web

import (
	"context"
	"strings"
	"testing"
	"time"

	"bantin/internal/ingest"
	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// TestSourceErrorKind: every kind a source records is named in
// Vietnamese on the status page, each by its own words; one recorded
// without its kind, or of no known kind, is "lỗi khác"; no error, none.
func TestSourceErrorKind(t *testing.T) {
	kinds := []model.FetchErrorKind{model.KindHTTP, model.KindGone, model.KindTimeout, model.KindTooLarge, model.KindParse,
		model.KindWebPage, model.KindBrokenFeed, model.KindNoSuchHost, model.KindDNS, model.KindPrivateAddress,
		model.KindRedirectLoop, model.KindRedirectScheme, model.KindMovedOnto, model.KindRefused, model.KindReset,
		model.KindCertificate, model.KindTLS, model.KindUnreachable, model.KindRetryLater, model.KindBotWall, model.KindStore}
	seen := map[string]model.FetchErrorKind{}
	for _, k := range kinds {
		vi := sourceErrorKind(k)
		if vi == "" || vi == "lỗi khác" || seen[vi] != "" {
			t.Errorf("kind %q: %q (also %q's)", k, vi, seen[vi])
		}
		seen[vi] = k
	}
	for k, want := range map[model.FetchErrorKind]string{model.KindNone: "", model.KindUnknown: "lỗi khác",
		model.KindOther: "lỗi khác", "a kind of tomorrow": "lỗi khác"} {
		if got := sourceErrorKind(k); got != want {
			t.Errorf("kind %q: %q, want %q", k, got, want)
		}
	}
}

// The public status page tells a visitor in Vietnamese what went wrong
// with a failing source (the recorded English detail follows, marked as
// English), says of a source read only up to a break in its XML that it
// was read in part, and names a source that has no name yet by its host.
func TestStatusPageInVietnamese(t *testing.T) {
	f := newFixture(t, storetest.OpenSQLite(t), Config{})
	ctx := context.Background()
	if _, err := f.st.ClaimSource(ctx, f.src[1], "test", t0, time.Minute); err != nil {
		t.Fatal(err)
	}
	if _, err := f.st.SaveFetch(ctx, store.FetchOutcome{SourceID: f.src[1], Owner: "test", Error: "no such host: vnexpress.example",
		ErrorKind: model.KindNoSuchHost, Failures: 1, FetchedAt: t0, NextFetchAt: t0.Add(time.Hour)}, nil); err != nil {
		t.Fatal(err)
	}
	body := f.get(t, "/sources").Body.String()
	if !strings.Contains(body, `<td role="cell" data-label="Lỗi gần nhất">không tìm thấy tên miền<br><span class="meta" lang="en">no such host: vnexpress.example</span></td>`) {
		t.Errorf("status page: the error is not told in Vietnamese:\n%s", body)
	}
	if _, err := f.st.ClaimSource(ctx, f.src[0], "test", t0, time.Minute); err != nil {
		t.Fatal(err)
	}
	if _, err := f.st.SaveFetch(ctx, store.FetchOutcome{SourceID: f.src[0], Owner: "test", Status: 200,
		Error:     "broken feed: read 3 items, then the XML breaks (XML syntax error on line 9: unexpected EOF); later items are lost until it is mended",
		ErrorKind: model.KindBrokenFeed,
		FetchedAt: t0, NextFetchAt: t0.Add(time.Hour)}, nil); err != nil {
		t.Fatal(err)
	}
	body = f.get(t, "/sources").Body.String()
	if !strings.Contains(body, `data-label="Tình trạng">đọc được một phần (HTTP 200)</td>`) ||
		!strings.Contains(body, `data-label="Lỗi gần nhất">nguồn cấp hỏng giữa chừng: chỉ đọc được các tin trước chỗ hỏng<br>`) {
		t.Errorf("status page: a feed read up to a break is not told:\n%s", body)
	}
	page := &ingest.ParseError{Err: &ingest.WebPageError{Feeds: []string{"https://vnexpress.example/rss/a.rss", "https://vnexpress.example/rss/b.rss"}}}
	if _, err := f.st.ClaimSource(ctx, f.src[1], "test", t0, time.Minute); err != nil {
		t.Fatal(err)
	}
	if _, err := f.st.SaveFetch(ctx, store.FetchOutcome{SourceID: f.src[1], Owner: "test", Status: 200, Error: ingest.Describe(page),
		ErrorKind: ingest.Kind(page), ErrorFeeds: ingest.ErrorFeeds(page), Failures: 2, FetchedAt: t0, NextFetchAt: t0.Add(time.Hour)}, nil); err != nil {
		t.Fatal(err)
	}
	body = f.get(t, "/sources").Body.String()
	if !strings.Contains(body, `data-label="Lỗi gần nhất">địa chỉ là một trang web, không phải nguồn cấp tin<br>Trang này có nguồn cấp: `+
		`<span class="url">https://vnexpress.example/rss/a.rss</span>, <span class="url">https://vnexpress.example/rss/b.rss</span><br>`) {
		t.Errorf("status page: a web page's feeds are not listed:\n%s", body)
	}
	if got := sourceName("", "https://baomoi.example/rss"); got != "baomoi.example" {
		t.Errorf("unnamed source shown as %q", got)
	}
}
