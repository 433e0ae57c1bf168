package store_test

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// TestSameLinkTwoReplicas: two replicas (two stores on one PostgreSQL
// database) save fetches of two sources that carry the same links, at the
// same time, in opposite orders, with links the other stored earlier
// among them (so both touch those articles). Neither fails (no deadlock,
// no unique violation) and every link is one article: the other rows of
// it are its copies.
func TestSameLinkTwoReplicas(t *testing.T) {
	u := storetest.PostgresSchemaURL(t)
	ctx := context.Background()
	var st [2]*store.Store
	for i := range st {
		s, err := store.Open(ctx, u, nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		if _, err := s.Migrate(ctx); err != nil {
			t.Fatal(err)
		}
		st[i] = s
	}
	var src [2]model.Source
	for i := range src {
		src[i] = model.Source{URL: fmt.Sprintf("https://vnexpress.net/rss/%d.rss", i)}
		if err := st[0].AddSource(ctx, &src[i]); err != nil {
			t.Fatal(err)
		}
	}
	const rounds, perRound = 12, 8
	for r := range rounds {
		var wg sync.WaitGroup
		errs := make([]error, 2)
		for i := range st {
			var writes []store.ArticleWrite
			for k := range perRound {
				// Half the links are this round's, half the last round's
				// (stored: the new rows are copies, touching their articles).
				n := r*perRound + k - (k%2)*(perRound+1)
				if n < 0 {
					continue
				}
				l := fmt.Sprintf("https://vnexpress.net/tin-%d.html", n)
				a := model.Article{Key: fmt.Sprintf("s%d-r%d-%d", i, r, k), URL: l, Link: l, Title: "Tin", Summary: "Tin",
					PublishedAt: t0, UpdatedAt: t0, FetchedAt: t0.Add(time.Duration(r) * time.Minute), ContentHash: l,
					Topics: []model.TopicTag{{Topic: "thoi-su", Primary: true}}}
				writes = append(writes, store.ArticleWrite{Article: a})
			}
			if i == 1 {
				slices.Reverse(writes)
			}
			owner := fmt.Sprint("replica-", i)
			if _, err := st[i].ClaimSource(ctx, src[i].ID, owner, t0, time.Hour); err != nil {
				t.Fatal(err)
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				_, errs[i] = st[i].SaveFetch(ctx, store.FetchOutcome{SourceID: src[i].ID, Owner: owner, Status: 200,
					FetchedAt: t0, NextFetchAt: t0.Add(time.Minute)}, writes)
			}()
		}
		wg.Wait()
		for i, err := range errs {
			if err != nil {
				t.Fatalf("round %d, replica %d: %v", r, i, err)
			}
		}
	}
	arts, err := st[0].Articles(ctx, model.Filter{Limit: store.MaxLimit})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]int{}
	for _, a := range arts {
		seen[a.URL]++
	}
	if want := rounds * perRound / 2; len(seen) != want || len(arts) != want {
		t.Errorf("%d articles of %d links, want %d of %d", len(arts), len(seen), want, want)
	}
}
