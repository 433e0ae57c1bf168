package store_test

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

func addSubscribers(t *testing.T, s *store.Store, n int, status string) []int64 {
	t.Helper()
	var ids []int64
	for i := range n {
		sub := &model.Subscriber{Email: fmt.Sprintf("%s%d@example.com", status, i), Status: status}
		if err := s.AddSubscriber(context.Background(), sub); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, sub.ID)
	}
	return ids
}

func TestDigestRunAndClaims(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		addSubscribers(t, s, 3, model.StatusActive)
		addSubscribers(t, s, 1, model.StatusPending)
		started, n, err := s.StartDigestRun(ctx, "2026-W48", t0)
		if err != nil || !started || n != 3 {
			t.Fatalf("start: %v %d %v; want true 3", started, n, err)
		}
		if started, _, _ := s.StartDigestRun(ctx, "2026-W48", t0); started {
			t.Fatal("run started twice")
		}
		if ok, _ := s.DigestRunStarted(ctx, "2026-W48"); !ok {
			t.Fatal("run not recorded")
		}
		a, err := s.ClaimDigests(ctx, "w1", t0, time.Minute, 2)
		if err != nil || len(a) != 2 || a[0].Subscriber.Email == "" {
			t.Fatalf("w1 claimed %v, %v", a, err)
		}
		b, _ := s.ClaimDigests(ctx, "w2", t0, time.Minute, 10)
		if len(b) != 1 {
			t.Fatalf("w2 claimed %d, want 1", len(b))
		}
		if err := s.MarkDigestsSent(ctx, []store.SentMark{{ID: a[0].Digest.ID, MessageID: "digest-x@localhost"}}, t0); err != nil {
			t.Fatal(err)
		}
		next := t0.Add(5 * time.Minute)
		if err := s.MarkDigestRetry(ctx, a[1].Digest.ID, "w2", "451", next); !errors.Is(err, model.ErrLeaseLost) {
			t.Fatalf("retry by non-owner: %v", err)
		}
		if err := s.MarkDigestRetry(ctx, a[1].Digest.ID, "w1", "451 busy", next); err != nil {
			t.Fatal(err)
		}
		if err := s.ReleaseDigests(ctx, []int64{b[0].Digest.ID}, "w2"); err != nil {
			t.Fatal(err)
		}
		c, _ := s.ClaimDigests(ctx, "w3", t0.Add(time.Second), time.Minute, 10)
		if len(c) != 1 || c[0].Digest.ID != b[0].Digest.ID {
			t.Fatalf("after release w3 claimed %v", c)
		}
		s.MarkDigestsSent(ctx, []store.SentMark{{ID: c[0].Digest.ID, MessageID: "digest-y@localhost"}}, t0)
		d, _ := s.ClaimDigests(ctx, "w3", next, time.Minute, 10)
		if len(d) != 1 || d[0].Digest.ID != a[1].Digest.ID || d[0].Digest.Attempts != 1 {
			t.Fatalf("retry due: %v", d)
		}
		counts, _ := s.DigestCounts(ctx, "2026-W48")
		if counts[model.DigestSent] != 2 || counts[model.DigestRetry] != 1 {
			t.Fatalf("counts %v", counts)
		}
		// A subscriber confirmed later joins through EnsureDigests only.
		addSubscribers(t, s, 1, model.StatusPending+"x")
		late := addSubscribers(t, s, 1, "late")
		s.SetSubscriberStatus(ctx, late[0], model.StatusActive)
		if n, err := s.EnsureDigests(ctx, "2026-W48", t0); err != nil || n != 1 {
			t.Fatalf("ensure: %d %v, want 1", n, err)
		}
	})
}

func TestBouncesMarkSubscriber(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		id := addSubscribers(t, s, 1, model.StatusActive)[0]
		for i, period := range []string{"2026-W46", "2026-W47", "2026-W48"} {
			s.StartDigestRun(ctx, period, t0)
			jobs, _ := s.ClaimDigests(ctx, "w", t0, time.Minute, 10)
			if len(jobs) != 1 {
				t.Fatalf("%s: claimed %d", period, len(jobs))
			}
			if err := s.MarkDigestFailed(ctx, jobs[0].Digest.ID, "w", "550 no such user", true, 3); err != nil {
				t.Fatal(err)
			}
			sub, _ := s.Subscriber(ctx, id)
			want := model.StatusActive
			if i == 2 {
				want = model.StatusBounced
			}
			if sub.Bounces != i+1 || sub.Status != want {
				t.Fatalf("after %d bounces: %+v", i+1, sub)
			}
		}
		if err := s.ResetBounces(ctx, id); err != nil {
			t.Fatal(err)
		}
	})
}

func TestWeekArticles(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		src := &model.Source{URL: "https://a.vn/rss", Name: "Báo A"}
		s.AddSource(ctx, src)
		start := time.Date(2026, 11, 22, 17, 0, 0, 0, time.UTC) // Mon 23 Nov 00:00 ICT
		arts := []model.Article{
			{Key: "before", Title: "trước", PublishedAt: start.Add(-time.Microsecond)},
			{Key: "first", Title: "đầu tuần", PublishedAt: start, Summary: "tóm tắt",
				Topics:    []model.TopicTag{{Topic: "y-te", Score: 0.5}, {Topic: "kinh-te", Primary: true, Score: 1}},
				Provinces: []model.ProvinceTag{{Province: "thai-nguyen", Legacy: "bac-kan", Weight: 1}, {Province: "thai-nguyen", Weight: 0.5}}},
			{Key: "after", Title: "tuần sau", PublishedAt: start.Add(7 * 24 * time.Hour)},
		}
		for i := range arts {
			arts[i].URL = "https://a.vn/" + arts[i].Key
			arts[i].UpdatedAt, arts[i].FetchedAt = arts[i].PublishedAt, arts[i].PublishedAt
		}
		if err := s.BulkInsertArticles(ctx, src.ID, arts); err != nil {
			t.Fatal(err)
		}
		got, err := s.WeekArticles(ctx, start, start.Add(7*24*time.Hour))
		if err != nil || len(got) != 1 {
			t.Fatalf("week articles %+v, %v; want only the first", got, err)
		}
		a := got[0]
		if a.Title != "đầu tuần" || a.SourceName != "Báo A" || a.ClusterID == 0 ||
			fmt.Sprint(a.Topics) != "[kinh-te y-te]" || fmt.Sprint(a.Provinces) != "[thai-nguyen bac-kan]" {
			t.Fatalf("article %+v", a)
		}
	})
}
