package app

import (
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
)

// oneItemRSS is a sports category feed with a single item, dated in
// ISO week 2022-W52.
const oneItemRSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Thể thao Mẫu</title><link>https://the-thao.example.vn/</link>
<item><title>Đội tuyển Việt Nam thắng 2-0 trong trận giao hữu</title>
<link>https://the-thao.example.vn/bai/1.html</link><guid>https://the-thao.example.vn/bai/1.html</guid>
<description>Đội tuyển Việt Nam thắng 2-0 trong trận giao hữu trên sân Mỹ Đình tối qua.</description>
<pubDate>Wed, 28 Dec 2022 12:00:00 +0700</pubDate></item>
</channel></rss>`

// TestCLIOneIsSingular: the command line counts one thing in the singular
// ("re-tagged 1 article", "1 active subscriber"), as it counts one digest
// (uxqa19): the plural of "1 articles" and "1 filter groups" read as a
// miscount.
func TestCLIOneIsSingular(t *testing.T) {
	up := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte(oneItemRSS))
	}))
	t.Cleanup(up.Close)
	dir := t.TempDir()
	db := "sqlite:" + filepath.Join(dir, "b.db")
	env := map[string]string{"BANTIN_OUTBOX": filepath.Join(dir, "outbox")}
	for _, args := range [][]string{{"sources", "add", up.URL + "/feed.rss", "--topic", "the-thao"}, {"fetch", "--all"},
		{"subscribers", "add", "ban@example.com"}} {
		if code, _, stderr := runCLIEnv(t, env, db, "", args...); code != 0 {
			t.Fatalf("%v: %d %s", args, code, stderr)
		}
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"reclassify"}, "re-tagged 1 article;"},
		{[]string{"topics", "train", "--out", filepath.Join(dir, "m.bin")}, "trained on 1 article of 1 category feed of this store;"},
		{[]string{"digest", "send", "--period", "2022-W52", "--dry-run"}, "2022-W52 (dry run): 1 active subscriber, 0 already done, 1 filter group,"},
		{[]string{"digest", "send", "--period", "2022-W52"}, "; 1 render,"},
	} {
		code, stdout, stderr := runCLIEnv(t, env, db, "", tc.args...)
		if code != 0 || !strings.Contains(stdout, tc.want) {
			t.Errorf("%v: %d, stdout %q (stderr %q), want %q", tc.args, code, stdout, stderr, tc.want)
		}
	}
}
