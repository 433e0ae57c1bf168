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

// TestStatusPageRetryAndBotWall: a failing source says when it is read
// again (for a 429 or 503, the hour its server asked for), and a bot
// wall's page is told as one, not as the server's error; a source that
// reads well says no next hour.
func TestStatusPageRetryAndBotWall(t *testing.T) {
	f := newFixture(t, storetest.OpenSQLite(t), Config{TimeZone: time.FixedZone("ICT", 7*3600)})
	ctx := context.Background()
	save := func(id int64, err *ingest.StatusError, next time.Time) {
		t.Helper()
		if _, cerr := f.st.ClaimSource(ctx, id, "test", t0, time.Minute); cerr != nil {
			t.Fatal(cerr)
		}
		if _, serr := f.st.SaveFetch(ctx, store.FetchOutcome{SourceID: id, Owner: "test", Status: err.Code, Error: ingest.Describe(err),
			ErrorKind: ingest.Kind(err), Failures: 1, FetchedAt: t0, NextFetchAt: next}, nil); serr != nil {
			t.Fatal(serr)
		}
	}
	save(f.src[0], &ingest.StatusError{Code: 429, Status: "429 Too Many Requests", RetryAfter: 90 * time.Minute}, t0.Add(90*time.Minute))
	save(f.src[1], &ingest.StatusError{Code: 403, Status: "403 Forbidden", BotWall: "Cloudflare"}, t0.Add(15*time.Minute))
	body := f.get(t, "/sources").Body.String()
	for _, want := range []string{
		`data-label="Tình trạng">đang lỗi (HTTP 429)<br><span class="meta">đọc lại lúc 11:30, 20/11/2026</span></td>`,
		`data-label="Tình trạng">đang lỗi (HTTP 403)<br><span class="meta">đọc lại lúc 10:15, 20/11/2026</span></td>`,
		`data-label="Lỗi gần nhất">máy chủ của báo hẹn đọc lại sau (HTTP 429 hoặc 503): Bản tin chờ đến giờ hẹn<br>` +
			`<span class="meta" lang="en">HTTP 429 Too Many Requests: the server asked to be read again in 1h30m</span>`,
		`data-label="Lỗi gần nhất">tường chặn máy đọc tự động của trang báo (như Cloudflare)`,
		`lang="en">HTTP 403 Forbidden: Cloudflare&#39;s bot wall answered instead of the feed`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("status page lacks %s:\n%s", want, body)
		}
	}
	if strings.Count(body, "đọc lại lúc") != 2 {
		t.Errorf("status page: want a next hour for the two failing sources only:\n%s", body)
	}
	if got := ingest.Kind(&ingest.StatusError{Code: 403}); got != model.KindHTTP {
		t.Errorf("a plain 403 reads %q", got)
	}
}
