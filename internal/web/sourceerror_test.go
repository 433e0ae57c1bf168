package web

import (
	"context"
	"strings"
	"testing"
	"time"

	"bantin/internal/ingest"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

func TestSourceErrorKind(t *testing.T) {
	for _, tt := range []struct{ err, want string }{
		{"", ""},
		{"HTTP 503 Service Unavailable", "máy chủ của báo trả lời lỗi"},
		{"timeout after 30s", "quá thời gian chờ"},
		{"body larger than 10 MiB", "nguồn cấp lớn quá giới hạn"},
		{"parse: XML syntax error on line 6: unexpected EOF", "nguồn cấp không đúng định dạng"},
		{ingest.Describe(&ingest.ParseError{Err: &ingest.WebPageError{Feeds: []string{"https://bao.example/rss"}}}), webPageKind},
		{ingest.Describe(&ingest.ParseError{Err: &ingest.WebPageError{}}), webPageKind},
		{"parse: not an RSS, Atom or JSON feed", "nguồn cấp không đúng định dạng"},
		{"broken feed: read 51 items, then the XML breaks (XML syntax error on line 812: unexpected EOF); later items are lost until it is mended",
			"nguồn cấp hỏng giữa chừng: chỉ đọc được các tin trước chỗ hỏng"},
		{"no such host: bao.example", "không tìm thấy tên miền"},
		{"DNS lookup of bao.example: i/o timeout", "lỗi tra cứu tên miền"},
		{"refusing to connect to a private address: 127.0.0.1", "địa chỉ mạng nội bộ, không được phép đọc"},
		{"stopped after 10 redirects", "chuyển hướng quá nhiều lần"},
		{"redirected to a non-http(s) URL (file:); only http and https feeds are read", "chuyển hướng tới địa chỉ không phải http(s)"},
		{"dial tcp 203.0.113.5:443: connect: connection refused", "máy chủ của báo từ chối kết nối"},
		{"tls: failed to verify certificate: x509: certificate has expired", "chứng chỉ bảo mật (TLS) không hợp lệ"},
		{"something new", "lỗi khác"},
	} {
		if got := sourceErrorKind(tt.err); got != tt.want {
			t.Errorf("%q: %q, want %q", tt.err, got, tt.want)
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
		Failures: 1, FetchedAt: t0, NextFetchAt: t0.Add(time.Hour)}, nil); err != nil {
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
		FetchedAt: t0, NextFetchAt: t0.Add(time.Hour)}, nil); err != nil {
		t.Fatal(err)
	}
	body = f.get(t, "/sources").Body.String()
	if !strings.Contains(body, `data-label="Tình trạng">đọc được một phần (HTTP 200)</td>`) ||
		!strings.Contains(body, `data-label="Lỗi gần nhất">nguồn cấp hỏng giữa chừng: chỉ đọc được các tin trước chỗ hỏng<br>`) {
		t.Errorf("status page: a feed read up to a break is not told:\n%s", body)
	}
	if got := sourceName("", "https://baomoi.example/rss"); got != "baomoi.example" {
		t.Errorf("unnamed source shown as %q", got)
	}
}
