package web

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"bantin/internal/model"
	"bantin/internal/store/storetest"
)

// TestUnnamedSourceFeedKeepsItsSecrets: a source not yet named (added
// without --name, never fetched, or its feed has no title) is named by its
// host in its feed's title and in the list an unknown source's 400 gives,
// never by its URL, whose credentials and key anyone could read there.
func TestUnnamedSourceFeedKeepsItsSecrets(t *testing.T) {
	f := newFixture(t, storetest.OpenSQLite(t), Config{})
	src := &model.Source{URL: "https://doc:matkhau@tinmat.example/rss?token=SECRET123&chuyenmuc=1"}
	if err := f.st.AddSource(context.Background(), src); err != nil {
		t.Fatal(err)
	}
	id := strconv.FormatInt(src.ID, 10)
	cases := []struct {
		target string
		status int
		want   string
	}{
		{"/feed.rss?source=" + id, 200, "<title>tinmat.example – Bản tin</title>"},
		{"/feed.atom?source=" + id, 200, "tinmat.example – Bản tin"},
		{"/feed.json?source=" + id, 200, `"title":"tinmat.example – Bản tin"`},
		{"/feed.json?source=999", 400, id + " (tinmat.example)"},
	}
	for _, c := range cases {
		w := f.do("GET", c.target)
		body := w.Body.String()
		if w.Code != c.status || !strings.Contains(body, c.want) || strings.Contains(body, "SECRET123") || strings.Contains(body, "matkhau") {
			t.Errorf("%s: %d, want %d with %q and no secret:\n%s", c.target, w.Code, c.status, c.want, body)
		}
	}
}
