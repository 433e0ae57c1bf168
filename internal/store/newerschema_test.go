package store

import (
	"context"
	"testing"
	"time"

	"bantin/internal/model"
)

// TestNewerSchemaColumns: a release reads a database a newer release has
// migrated — a column it does not know on sources or digests, as 0013's
// last_error_detail was to 0012's binary — so that rolling back is running
// the older binary again: claims (RETURNING *), listings and edits work
// and ignore the column.
func TestNewerSchemaColumns(t *testing.T) {
	for engine, u := range upgradeURLs(t, "newer.db") {
		t.Run(engine, func(t *testing.T) {
			ctx := context.Background()
			s := openURL(t, u)
			if _, err := s.Migrate(ctx); err != nil {
				t.Fatal(err)
			}
			for _, table := range []string{"sources", "digests"} {
				if _, err := s.wdb.ExecContext(ctx, "ALTER TABLE "+table+" ADD COLUMN from_a_newer_release TEXT NOT NULL DEFAULT 'x'"); err != nil {
					t.Fatal(err)
				}
			}
			src := model.Source{URL: "https://bao.example/rss"}
			if err := s.AddSource(ctx, &src); err != nil {
				t.Fatal(err)
			}
			now := time.Date(2026, 12, 8, 9, 0, 0, 0, time.UTC)
			if _, err := s.ClaimSource(ctx, src.ID, "w", now, time.Minute); err != nil {
				t.Errorf("ClaimSource: %v", err)
			}
			if _, err := s.ClaimDue(ctx, "w2", now.Add(time.Hour), time.Minute, 10); err != nil {
				t.Errorf("ClaimDue: %v", err)
			}
			if got, err := s.Sources(ctx); err != nil || len(got) != 1 {
				t.Errorf("Sources = %d sources, %v; want 1, nil", len(got), err)
			}
			name := "Báo Ví Dụ"
			if _, after, err := s.EditSource(ctx, src.ID, SourceEdit{Name: &name}); err != nil || after.Name != name {
				t.Errorf("EditSource: name %q, %v; want %q, nil", after.Name, err, name)
			}
			if _, err := s.ClaimDigests(ctx, "w", now, time.Minute, 10); err != nil {
				t.Errorf("ClaimDigests: %v", err)
			}
		})
	}
}
