package schedule

import (
	"testing"
	"time"

	"bantin/internal/model"
	"bantin/internal/store"
)

func TestWeekIndexRanksAndFilters(t *testing.T) {
	base := time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)
	arts := []store.DigestArticle{
		{ID: 1, SourceID: 1, ClusterID: 1, URL: "u1", Title: "mới nhất, một báo", PublishedAt: base.Add(5 * time.Hour),
			Topics: []string{"the-thao"}, Provinces: []string{"ha-noi"}},
		{ID: 2, SourceID: 1, ClusterID: 2, URL: "u2", Title: "ba báo (A)", PublishedAt: base.Add(time.Hour),
			Topics: []string{"kinh-te", "y-te"}, Provinces: []string{"thai-nguyen", "bac-kan"}},
		{ID: 3, SourceID: 2, ClusterID: 2, URL: "u3", Title: "ba báo (B)", PublishedAt: base.Add(2 * time.Hour),
			Topics: []string{"kinh-te"}, Provinces: []string{"thai-nguyen"}},
		{ID: 4, SourceID: 3, ClusterID: 2, URL: "u4", Title: "ba báo (C)", PublishedAt: base,
			Topics: []string{"kinh-te"}},
		{ID: 5, SourceID: 2, ClusterID: 5, URL: "u5", Title: "cũ, một báo", PublishedAt: base.Add(-time.Hour),
			Topics: []string{"y-te"}, Provinces: []string{"hue"}},
	}
	x := newWeekIndex(Week{}, arts)
	cat := model.NewCatalog()
	titles := func(topics, provinces []string) []string {
		var out []string
		for _, s := range x.stories(topics, provinces, 10, cat) {
			out = append(out, s.Title)
		}
		return out
	}
	eq := func(name string, got []string, want ...string) {
		t.Helper()
		if len(got) != len(want) {
			t.Fatalf("%s: %q, want %q", name, got, want)
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("%s: %q, want %q", name, got, want)
			}
		}
	}
	// The story three papers covered leads, represented by its newest article.
	eq("all", titles(nil, nil), "ba báo (B)", "mới nhất, một báo", "cũ, một báo")
	// A legacy slug selects only articles tagged with the former province.
	eq("bac-kan", titles(nil, []string{"bac-kan"}), "ba báo (A)")
	eq("thai-nguyen", titles(nil, []string{"thai-nguyen"}), "ba báo (B)")
	// Topics AND provinces; a list means any.
	eq("y-te in hue or bac-kan", titles([]string{"y-te"}, []string{"hue", "bac-kan"}), "ba báo (A)", "cũ, một báo")
	eq("none", titles([]string{"giao-duc"}, nil))
	// The heading is the chosen topic, not the primary one.
	if s := x.stories([]string{"y-te"}, []string{"bac-kan"}, 10, cat); s[0].TopicSlug != "y-te" || s[0].ClusterSize != 3 {
		t.Fatalf("story %+v", s[0])
	}
	if got := x.stories(nil, nil, 1, cat); len(got) != 1 {
		t.Fatalf("max 1 gave %d", len(got))
	}
	if filterKey([]string{"b", "a", "a"}, nil) != filterKey([]string{"a", "b"}, []string{}) {
		t.Fatal("filter keys differ for equal filters")
	}
}
