package app

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"bantin/internal/model"
	"bantin/internal/store"
)

// taggedFeed is one article whose raw HTML says more than its text: an
// image caption names Hà Nội only in an attribute, and entities and tags
// split the words a reader sees. The source is a provincial paper's
// category feed.
const taggedFeed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Báo Thái Nguyên</title><link>https://baothainguyen.vn/</link>
<item><title>Tân Cương vào vụ chè cuối năm</title>
<link>https://baothainguyen.vn/kinh-te/tan-cuong-vu-che-cuoi-nam.html</link>
<description>Nông dân thu hái vụ chè đông, giá ổn định.</description>
<content:encoded><![CDATA[<p>Người trồng ch&egrave; ở x&atilde; T&acirc;n Cương, tỉnh Th&aacute;i Nguy&ecirc;n thu hoạch vụ đông.</p>
<p><img src="https://baothainguyen.vn/img/che.jpg" alt="Đoàn khách Hà Nội thăm đồi chè" title="Hà Nội"></p>
<p>Giá chè búp khô <b>ổn</b> định, hợp tác xã mở rộng tiêu thụ.</p>]]></content:encoded>
<pubDate>Thu, 26 Nov 2026 08:00:00 +0700</pubDate></item>
</channel></rss>`

// TestSameTagsInLoopReclassifyAndClassify stores an article through the
// fetch loop, re-tags it with `bantin reclassify` and explains its feed
// with `bantin classify URL`: all three must read the article the same way
// (pipeline.ClassifierInput) and give the same tags.
func TestSameTagsInLoopReclassifyAndClassify(t *testing.T) {
	up := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
		fmt.Fprint(w, taggedFeed)
	}))
	defer up.Close()
	db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
	feedURL := up.URL + "/rss/kinh-te.rss"
	for _, args := range [][]string{
		{"sources", "add", feedURL, "--name", "Báo Thái Nguyên", "--province", "thai-nguyen", "--topic", "kinh-te"},
		{"fetch", "--all"},
	} {
		if code, out, stderr := runCLI(t, db, "", args...); code != 0 {
			t.Fatalf("%v: %d %s %s", args, code, out, stderr)
		}
	}
	loop := storedTags(t, db)
	if loop == "" || !strings.Contains(loop, "thai-nguyen") || strings.Contains(loop, "ha-noi") {
		t.Fatalf("the loop tagged %q: want Thái Nguyên from the text, not Hà Nội from an image attribute", loop)
	}
	if code, out, stderr := runCLI(t, db, "", "reclassify"); code != 0 {
		t.Fatalf("reclassify: %d %s %s", code, out, stderr)
	}
	if got := storedTags(t, db); got != loop {
		t.Errorf("reclassify gave %q, the loop %q", got, loop)
	}
	code, out, stderr := runCLI(t, db, "", "classify", feedURL)
	if code != 0 {
		t.Fatalf("classify: %d %s %s", code, out, stderr)
	}
	if got := explainedTags(out); got != loop {
		t.Errorf("classify URL gave %q, the loop %q\n%s", got, loop, out)
	}
}

// storedTags returns the tags of the one stored article as
// "topics: a*, b | provinces: c, d (legacy e)" (* marks the primary).
func storedTags(t *testing.T, db string) string {
	t.Helper()
	st, err := store.Open(context.Background(), db, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	arts, err := st.Articles(context.Background(), model.Filter{})
	if err != nil || len(arts) != 1 {
		t.Fatalf("stored articles: %d, %v", len(arts), err)
	}
	var topics, provinces []string
	for _, tp := range arts[0].Topics {
		topics = append(topics, tp.Topic+map[bool]string{true: "*"}[tp.Primary])
	}
	for _, p := range arts[0].Provinces {
		provinces = append(provinces, p.Province+map[bool]string{true: " (legacy " + p.Legacy + ")"}[p.Legacy != ""])
	}
	return tagLine(topics, provinces)
}

// explainedTags reads the same form from the output of `bantin classify`.
func explainedTags(out string) string {
	var topics, provinces []string
	section := ""
	for _, line := range strings.Split(out, "\n") {
		f := strings.Fields(line)
		switch {
		case strings.HasSuffix(line, ":") && !strings.HasPrefix(line, " "):
			section = line
		case len(f) < 2 || f[0] == "(none)" || f[0] == "(none:":
		case section == "Topics:":
			topics = append(topics, f[0]+map[bool]string{true: "*"}[f[1] == "primary"])
		case section == "Provinces:" && f[1] == "(legacy":
			provinces = append(provinces, f[0]+" (legacy "+strings.TrimSuffix(f[2], ")")+")")
		case section == "Provinces:":
			provinces = append(provinces, f[0])
		}
	}
	return tagLine(topics, provinces)
}

func tagLine(topics, provinces []string) string {
	slices.Sort(topics)
	slices.Sort(provinces)
	return "topics: " + strings.Join(topics, ", ") + " | provinces: " + strings.Join(provinces, ", ")
}
