package store

import (
	"context"
	"testing"
	"time"

	"bantin/internal/model"
)

// BenchmarkLaterPages measures a list's second and third pages of 21
// stories (after the cursors the first two pages end at: the "Tin cũ hơn"
// pages) on BenchmarkBigStoryLists' store (20,000 rows, a story of 400
// reports in every other of the newest), ms a page.
func BenchmarkLaterPages(b *testing.B) {
	ctx := context.Background()
	for engine, u := range upgradeURLs(b, "later.db") {
		b.Run(engine, func(b *testing.B) {
			s := openURL(b, u)
			if _, err := s.Migrate(ctx); err != nil {
				b.Fatal(err)
			}
			fillScale(b, s, 20000)
			bigStory(b, s, 20000, 400)
			s.db.ExecContext(ctx, "ANALYZE")
			for _, l := range bigStoryLists {
				b.Run(l.name, func(b *testing.B) {
					cursors := pageCursors(b, s, l.f, 2)
					for b.Loop() {
						for _, c := range cursors {
							if _, err := s.StoryLeads(ctx, l.f, c.At, c.Row, 21); err != nil {
								b.Fatal(err)
							}
						}
					}
					b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(len(cursors)*b.N), "ms/page")
				})
			}
		})
	}
}

// pageCursors returns the cursors ending f's first pages pages of 21
// stories (fewer when the list ends).
func pageCursors(b *testing.B, s *Store, f model.Filter, pages int) []LeadRef {
	var out []LeadRef
	var at time.Time
	var row int64
	for range pages {
		leads, err := s.StoryLeads(context.Background(), f, at, row, 21)
		if err != nil {
			b.Fatal(err)
		}
		if len(leads) < 21 {
			break
		}
		last := leads[len(leads)-1]
		out = append(out, LeadRef{At: last.At, Row: last.Row})
		at, row = last.At, last.Row
	}
	return out
}
