package web

import (
	"context"
	"regexp"
	"strings"
	"testing"
	"time"

	"bantin/internal/store/storetest"
	"bantin/mailer"
)

// TestArchivePageOutline: the web view of a digest ("Xem trên trình
// duyệt" in every mail) is laid out like the site's other story lists:
// each section's stories are h3 under the section's h2 (not h2 beside it,
// which flattened the outline screen readers navigate by), in the
// site's story rows (which stack the picture on phones and wrap long
// words), and "N nguồn" does not break between the count and the word.
func TestArchivePageOutline(t *testing.T) {
	f := newSubFixture(t, storetest.OpenSQLite(t))
	week := time.Date(2026, 11, 16, 0, 0, 0, 0, time.UTC)
	f.subs.Archive = func(_ context.Context, period string, _, _ []string) (mailer.Archive, error) {
		return mailer.Archive{Period: period, Label: "47/2026", Start: week, End: week.AddDate(0, 0, 7),
			Groups: []mailer.TopicGroup{{Slug: "kinh-te", Label: "Kinh tế", Stories: []mailer.Story{
				{Title: "Giá lúa tăng", URL: "https://bao.example/a", Source: "Báo A", Published: week.Add(30 * time.Hour),
					ImageURL: "https://bao.example/a.jpg", ClusterSize: 3, StoryURL: "https://bantin.example/stories/7"},
				{Title: "Cảng mới", URL: "https://bao.example/b", Source: "Báo B", Published: week.Add(50 * time.Hour), ClusterSize: 1},
			}}}}, nil
	}
	w := f.get("/digests/2026-W47")
	if w.Code != 200 {
		t.Fatalf("archive: %d", w.Code)
	}
	body := w.Body.String()
	articles := regexp.MustCompile(`(?s)<article class="story">.*?</article>`).FindAllString(body, -1)
	if len(articles) != 2 {
		t.Fatalf("%d story rows, want 2:\n%s", len(articles), body)
	}
	for _, a := range articles {
		if strings.Contains(a, "<h2") || !strings.Contains(a, "<h3>") {
			t.Errorf("story row without its h3 (or with an h2):\n%s", a)
		}
	}
	if !strings.Contains(body, "<h2>Kinh tế</h2>") {
		t.Error("the section lost its h2")
	}
	if !strings.Contains(body, ">3&nbsp;nguồn</a>") {
		t.Errorf("\"3 nguồn\" can break between the count and the word:\n%s", articles[0])
	}
}
