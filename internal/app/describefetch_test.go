package app

import (
	"strings"
	"testing"

	"bantin/internal/model"
	"bantin/internal/pipeline"
)

// TestDescribeFetchMoved: 'bantin fetch' tells the operator a source's
// new URL after a permanent redirect, and says nothing of it otherwise;
// and how many items a big feed left for the next fetches.
func TestDescribeFetchMoved(t *testing.T) {
	src := model.Source{ID: 5, URL: "https://old.example/rss"}
	for _, tt := range []struct {
		r    pipeline.SourceResult
		want string
	}{
		{pipeline.SourceResult{Status: 200, New: 3, MovedTo: "https://new.example/rss"},
			"fetched  5 https://old.example/rss (moved permanently: now https://new.example/rss): 3 new"},
		{pipeline.SourceResult{Status: 304, NotModified: true, MovedTo: "https://new.example/rss"},
			"304      5 https://old.example/rss (moved permanently: now https://new.example/rss)"},
		{pipeline.SourceResult{Status: 200, New: 3}, "fetched  5 https://old.example/rss: 3 new"},
		{pipeline.SourceResult{Status: 410, Retired: true},
			"retired  5 https://old.example/rss: HTTP 410 Gone: the feed is gone for good and is no longer fetched ('bantin sources add https://old.example/rss' makes it active again"},
		{pipeline.SourceResult{Status: 200, New: 1000, Deferred: 5237},
			"fetched  5 https://old.example/rss: 1000 new, 0 updated, 0 unchanged, 5237 more left for the next fetches (BANTIN_MAX_ITEMS_PER_FEED) ("},
	} {
		if got := describeFetch(src, tt.r, false, ""); !strings.HasPrefix(got, tt.want) {
			t.Errorf("describeFetch(%+v) = %q, want it to start %q", tt.r, got, tt.want)
		}
	}
}
