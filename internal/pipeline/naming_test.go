package pipeline_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"bantin/internal/model"
	"bantin/internal/pipeline"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// TestUnnamedSourceTakesChannelTitle: a source added without --name is
// named after its upstream channel (as plain text), and its articles are
// credited to that name; a name the operator gave is kept. (Each source's
// articles have links of their own: an article another source stored
// first is that source's, see store.SaveFetch.)
func TestUnnamedSourceTakesChannelTitle(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		body := fixture(t, "baothainguyen.rss")
		marked := strings.Replace(string(body), "<title>Báo Thái Nguyên - Xây dựng Đảng</title>",
			"<title>&lt;b&gt;Báo Thái Nguyên&lt;/b&gt; -  Xây dựng Đảng &amp;amp; chính quyền</title>", 1)
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/rss+xml")
			b := string(body)
			if strings.HasPrefix(r.URL.Path, "/marked") {
				b = marked
			}
			own := strings.Trim(strings.ReplaceAll(r.URL.Path, "/", "-"), "-")
			w.Write([]byte(strings.ReplaceAll(b, "/xay-dung-dang/", "/xay-dung-dang/"+own+"-")))
		}))
		defer srv.Close()
		ctx := context.Background()
		clock := clockAt(time.Date(2026, 11, 26, 3, 0, 0, 0, time.UTC))
		unnamed := model.Source{URL: srv.URL + "/rss/xay-dung-dang.rss"}
		markedSrc := model.Source{URL: srv.URL + "/marked.rss"}
		named := model.Source{URL: srv.URL + "/named.rss", Name: "Báo TN"}
		for _, s := range []*model.Source{&unnamed, &markedSrc, &named} {
			if err := st.AddSource(ctx, s); err != nil {
				t.Fatal(err)
			}
		}
		if sum, err := newPipeline(t, st, clock).RunOnce(ctx, pipeline.RunOptions{All: true}); err != nil || sum.Failed != 0 {
			t.Fatalf("pass: %+v %v", sum, err)
		}
		for _, tc := range []struct {
			id   int64
			want string
		}{
			{unnamed.ID, "Báo Thái Nguyên - Xây dựng Đảng"},
			{markedSrc.ID, "Báo Thái Nguyên - Xây dựng Đảng & chính quyền"},
			{named.ID, "Báo TN"},
		} {
			if got, _ := st.Source(ctx, tc.id); got.Name != tc.want {
				t.Errorf("source %d name = %q, want %q", tc.id, got.Name, tc.want)
			}
			arts, _ := st.Articles(ctx, model.Filter{SourceID: tc.id})
			if len(arts) == 0 || arts[0].SourceName != tc.want {
				t.Errorf("source %d articles credited to %q, want %q", tc.id, arts[0].SourceName, tc.want)
			}
		}
	})
}
