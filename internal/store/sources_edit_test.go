package store_test

import (
	"context"
	"errors"
	"slices"
	"testing"

	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// TestEditSource: an edit replaces the fields it names and no other, bumps
// the content version (cached feeds name the source), returns the source
// before and after, and an unknown id is model.ErrNotFound.
func TestEditSource(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		src := &model.Source{URL: "https://bao.example.vn/rss", Name: "Kinh t? Latin", DefaultTopics: []string{"kinh-te"},
			HomeProvince: "ha-noi"}
		if err := st.AddSource(ctx, src); err != nil {
			t.Fatal(err)
		}
		v0, err := st.ContentVersion(ctx)
		if err != nil {
			t.Fatal(err)
		}
		name, topics := "Kinh tế", []string{"kinh-te", "the-gioi"}
		before, after, err := st.EditSource(ctx, src.ID, store.SourceEdit{Name: &name, DefaultTopics: &topics})
		if err != nil {
			t.Fatal(err)
		}
		if before.Name != "Kinh t? Latin" || after.Name != name || !slices.Equal(after.DefaultTopics, topics) ||
			after.HomeProvince != "ha-noi" || after.URL != src.URL {
			t.Errorf("before %+v\nafter %+v", before, after)
		}
		stored, err := st.Source(ctx, src.ID)
		if err != nil || stored.Name != name || !slices.Equal(stored.DefaultTopics, topics) || stored.HomeProvince != "ha-noi" {
			t.Errorf("stored %+v, %v", stored, err)
		}
		if v1, err := st.ContentVersion(ctx); err != nil || v1 == v0 {
			t.Errorf("content version %d → %d, %v: want a bump", v0, v1, err)
		}
		none := ""
		if _, after, err := st.EditSource(ctx, src.ID, store.SourceEdit{HomeProvince: &none}); err != nil || after.HomeProvince != "" {
			t.Errorf("clearing the province: %+v, %v", after, err)
		}
		if _, _, err := st.EditSource(ctx, src.ID+99, store.SourceEdit{Name: &name}); !errors.Is(err, model.ErrNotFound) {
			t.Errorf("unknown id: %v, want ErrNotFound", err)
		}
	})
}
