package pipeline_test

import (
	"context"
	"fmt"
	"html"
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

// silenceReport is one outlet's report of an event, hours after t0.
type silenceReport struct {
	outlet int
	hours  float64
	title  string
	sum    string
}

// silenceReports are two events reported over two days with silences of
// 15 hours or more (classify.StorySilence) between some reports, and an
// unrelated item. The landslide's first silence comes when its thread
// holds two reports (fewer than classify.SplitAfter: no split), its
// second when it holds four; the rate rise's when it holds three. (Not a
// daily price: two days' price bulletins are two events.)
func silenceReports() []silenceReport {
	slide := func(o int, h float64) silenceReport {
		return silenceReport{o, h, "Sạt lở đất vùi lấp nhiều nhà dân ở xã vùng cao Bát Xát, Lào Cai",
			"Lực lượng cứu hộ tìm kiếm người mất tích sau trận sạt lở đất ở xã vùng cao Bát Xát, tỉnh Lào Cai."}
	}
	rate := func(o int, h float64) silenceReport {
		return silenceReport{o, h, "Ngân hàng Nhà nước tăng lãi suất điều hành lần đầu sau ba năm",
			"Ngân hàng Nhà nước tăng lãi suất điều hành, các ngân hàng thương mại điều chỉnh lãi suất huy động."}
	}
	return []silenceReport{
		slide(0, 0), rate(1, 1), slide(1, 2), rate(2, 3), rate(4, 4), slide(2, 20), slide(3, 24), rate(3, 30), rate(0, 33), slide(4, 45),
		{4, 5, "Khai mạc hội chợ hoa xuân bên bờ sông Hàn", "Hội chợ hoa xuân thu hút đông đảo người dân và du khách."},
	}
}

// TestSegmentsAcrossPasses: the same reports fetched in two passes a day
// apart, the story index rebuilt from the database in between, make the
// same threads and segments as one pass over them all; reports after a
// silence of 15 hours open segments of their threads.
func TestSegmentsAcrossPasses(t *testing.T) {
	t0 := time.Date(2026, 5, 4, 0, 0, 0, 0, time.UTC)
	at := func(h float64) time.Time { return t0.Add(time.Duration(h * float64(time.Hour))) }
	storetest.Engines(t, func(t *testing.T, one *store.Store) {
		want := passesPartition(t, one, t0, at(50))
		if n := splitThreads(want); n != 2 {
			t.Errorf("one pass: %d threads of more than one segment, want 2: %v", n, want)
		}
		two := storetest.OpenSQLite(t)
		if strings.HasSuffix(t.Name(), "postgres") {
			two = storetest.OpenPostgres(t)
		}
		got := passesPartition(t, two, t0, at(22), at(50))
		for url, w := range want {
			if got[url] != w {
				t.Errorf("two passes: %s in %s; one pass put it in %s", url, got[url], w)
			}
		}
	})
}

// passesPartition serves silenceReports from five outlets, each feed
// holding the reports published by the clock's time, runs a fetch of every
// source at each of the times given, and returns each article's segment
// and thread as fetchAllPartition names them.
func passesPartition(t *testing.T, st *store.Store, t0 time.Time, passes ...time.Time) map[string]string {
	ctx := context.Background()
	clock := &fakeClock{}
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	defer srv.Close()
	reports := silenceReports()
	for o := range 5 {
		path := fmt.Sprintf("/bao%d.rss", o)
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			var items []string
			for i, rep := range reports {
				pub := t0.Add(time.Duration(rep.hours * float64(time.Hour)))
				if rep.outlet == o && !pub.After(clock.now()) {
					items = append(items, fmt.Sprintf(`<item><title>%s</title><link>https://bao%d.vn/tin-%d</link><description>%s</description><pubDate>%s</pubDate></item>`,
						html.EscapeString(rep.title), o, i, html.EscapeString(rep.sum), pub.Format(time.RFC1123Z)))
				}
			}
			fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Báo %d</title><link>https://bao%d.vn/</link>%s</channel></rss>`,
				o, o, strings.Join(items, ""))
		})
		src := model.Source{URL: srv.URL + path, Name: fmt.Sprintf("Báo %d", o)}
		if err := st.AddSource(ctx, &src); err != nil {
			t.Fatal(err)
		}
	}
	p := newPipeline(t, st, clock)
	for _, now := range passes {
		clock.set(now)
		if sum, err := p.RunOnce(ctx, pipeline.RunOptions{All: true}); err != nil || sum.Failed > 0 {
			t.Fatalf("fetch --all at %s: %+v %v", now, sum, err)
		}
	}
	return storedPartition(t, st)
}
