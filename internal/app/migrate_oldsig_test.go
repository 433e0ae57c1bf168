package app

import (
	"context"
	"strings"
	"testing"
	"time"

	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// TestCLIMigrateNamesReclassify: after an upgrade whose release changed
// the story signature (often with no migration at all), `bantin migrate`
// says how many recent articles an older release signed and that `bantin
// reclassify` re-signs them; once it has, migrate says nothing of it. An
// old article (outside the clustering window) or one never signed is not
// counted. Both engines.
func TestCLIMigrateNamesReclassify(t *testing.T) {
	storetest.EngineURLs(t, testMigrateNamesReclassify)
}

func testMigrateNamesReclassify(t *testing.T, db string) {
	if code, out, stderr := runCLI(t, db, "", "migrate"); code != 0 || strings.Contains(out, "reclassify") {
		t.Fatalf("first migrate: %d %q %q", code, out, stderr)
	}
	ctx := context.Background()
	st, err := store.Open(ctx, db, nil)
	if err != nil {
		t.Fatal(err)
	}
	src := &model.Source{URL: "https://bao.example.vn/rss"}
	if err := st.AddSource(ctx, src); err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	var arts []model.Article
	for i, age := range []time.Duration{time.Hour, 30 * time.Hour, 40 * 24 * time.Hour, 2 * time.Hour} {
		u := "https://bao.example.vn/" + string(rune('a'+i))
		arts = append(arts, model.Article{Key: "url:" + u, URL: u, Title: "Tin " + u, PublishedAt: now.Add(-age),
			UpdatedAt: now, FetchedAt: now, ContentHash: u})
	}
	if err := st.BulkInsertArticles(ctx, src.ID, arts); err != nil {
		t.Fatal(err)
	}
	stored, err := st.Articles(ctx, model.Filter{})
	if err != nil || len(stored) != 4 {
		t.Fatalf("stored %d, %v", len(stored), err)
	}
	sigs := map[int64][]byte{}
	for _, a := range stored {
		if a.Title != "Tin https://bao.example.vn/d" { // d: never signed
			sigs[a.ID] = []byte{3, 0, 1} // a signature of an older scheme
		}
	}
	if err := st.SetSignatures(ctx, sigs); err != nil {
		t.Fatal(err)
	}
	st.Close()
	code, out, stderr := runCLI(t, db, "", "migrate")
	if code != 0 || !strings.Contains(out, "2 articles of the last eight days have story signatures of an older release: run 'bantin reclassify'") {
		t.Fatalf("migrate after an upgrade: %d %q %q", code, out, stderr)
	}
	if code, out, stderr := runCLI(t, db, "", "reclassify"); code != 0 {
		t.Fatalf("reclassify: %d %q %q", code, out, stderr)
	}
	engine := strings.SplitN(db, ":", 2)[0]
	if code, out, stderr := runCLI(t, db, "", "migrate"); code != 0 || out != "database ("+engine+") is up to date\n" {
		t.Errorf("migrate after reclassify: %d %q %q", code, out, stderr)
	}
}
