package web_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"bantin/internal/model"
	"bantin/internal/store"
)

// A phone reader on long lists: a story of 30 reports folds its middle 20
// behind "Xem thêm" that opens by touch or keyboard with JavaScript off,
// and the "Tin cũ hơn" / "← Tin mới nhất" links of a list of 45 stories are
// tap targets of 36 px or more (sizes a Go test cannot see).
func TestBrowserLongLists(t *testing.T) {
	node, dir := browserScripts(t)
	t.Parallel()
	s := newSite(t)
	ctx := context.Background()
	src := model.Source{URL: "https://thanhnien.vn/rss/the-thao.rss", Name: "Thanh Niên"}
	if err := s.st.AddSource(ctx, &src); err != nil {
		t.Fatal(err)
	}
	now := time.Now().UTC().Truncate(time.Minute)
	var arts []model.Article
	for i := range 75 { // 30 reports of one story, then 45 stories of one
		key, title := "bao"+strconv.Itoa(i), fmt.Sprintf("Bão số 9, bản tin %02d", i)
		if i >= 30 {
			key, title = "tin"+strconv.Itoa(i), fmt.Sprintf("Giải bóng chuyền, trận %02d", i)
		}
		at := now.Add(-time.Duration(i) * time.Minute)
		arts = append(arts, model.Article{Key: key, URL: "https://thanhnien.vn/" + key + ".htm", Title: title, Summary: "Tóm tắt: " + title + ".",
			PublishedAt: at, UpdatedAt: at, FetchedAt: at, ContentHash: "h-" + key,
			Topics: []model.TopicTag{{Topic: "the-thao", Primary: true, Score: 1, Reason: "test"}}})
	}
	if err := s.st.BulkInsertArticles(ctx, src.ID, arts); err != nil {
		t.Fatal(err)
	}
	all, err := s.st.Articles(ctx, model.Filter{SourceID: src.ID, Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]int64{}
	for _, a := range all {
		ids[a.Key] = a.ID
	}
	story := store.Placement{Thread: ids["bao29"], Segment: ids["bao29"]}
	moves := map[int64]store.Placement{}
	for i := range 30 {
		moves[ids["bao"+strconv.Itoa(i)]] = story
	}
	if err := s.st.SetClusters(ctx, moves); err != nil {
		t.Fatal(err)
	}
	s.app.Server.Invalidate()
	out := t.TempDir()
	spec, _ := json.Marshal(map[string]any{"story": "/stories/" + strconv.FormatInt(story.Segment, 10), "list": "/topics/the-thao/"})
	if err := os.WriteFile(filepath.Join(out, "spec.json"), spec, 0o644); err != nil {
		t.Fatal(err)
	}
	shots := runScript(t, node, dir, "lists.mjs", s.base, out, nil)
	keepScreenshots(t, shots, "story_folded_phone", "story_unfolded_phone")
}
