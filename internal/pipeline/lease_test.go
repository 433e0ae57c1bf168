package pipeline_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"bantin/internal/classify"
	"bantin/internal/ingest"
	"bantin/internal/model"
	"bantin/internal/pipeline"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// TestInterruptedFetches: a fetch cut short, by a stop or by the end of its
// lease window, releases the source at once and records nothing on it: no
// failure, no backoff, due again for any worker. A fetch that merely times
// out is a failure like any other.
func TestInterruptedFetches(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		started := make(chan struct{}, 4)
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			started <- struct{}{}
			select {
			case <-r.Context().Done():
			case <-time.After(10 * time.Second):
			}
		}))
		defer srv.Close()
		cls, err := classify.New(model.NewCatalog())
		if err != nil {
			t.Fatal(err)
		}
		newPipe := func(timeout, lease, grace time.Duration) *pipeline.Pipeline {
			return pipeline.New(pipeline.Options{Store: st, Classifier: cls, Owner: "test", Workers: 4, Lease: lease, Grace: grace,
				Fetcher: ingest.NewFetcher(ingest.Options{AllowPrivate: true, Timeout: timeout}),
				Parser:  ingest.NewParser(nil), Policy: ingest.Policy{Interval: 15 * time.Minute}})
		}
		src := addSource(t, st, srv.URL+"/hang.rss")
		check := func(what string, sum pipeline.Summary, wantFailures int) {
			t.Helper()
			got, err := st.Source(context.Background(), src.ID)
			if err != nil {
				t.Fatal(err)
			}
			if got.LeaseOwner != "" || got.ConsecutiveFailures != wantFailures {
				t.Errorf("%s: lease %q, failures %d (want released, %d)", what, got.LeaseOwner, got.ConsecutiveFailures, wantFailures)
			}
			if wantFailures == 0 && (sum.Interrupted != 1 || sum.Failed != 0 || !got.LastFetchedAt.IsZero() || got.LastError != "") {
				t.Errorf("%s: %+v, source %+v: want one interrupted fetch, nothing recorded", what, sum, got)
			}
		}

		// A stop: the fetch in flight gets the grace period, then is cut.
		ctx, stop := context.WithCancel(context.Background())
		go func() { <-started; stop() }()
		sum, err := newPipe(30*time.Second, 0, 50*time.Millisecond).RunOnce(ctx, pipeline.RunOptions{All: true})
		if err == nil {
			t.Error("RunOnce of a stopped pass returned no error")
		}
		check("stopped", sum, 0)

		// The lease window (here 200 ms of a 400 ms lease) ends before the
		// fetch timeout (2 s): cut and released, so that the lease never
		// expires under a running fetch.
		sum, err = newPipe(2*time.Second, 400*time.Millisecond, 0).RunOnce(context.Background(), pipeline.RunOptions{All: true})
		if err != nil {
			t.Fatal(err)
		}
		<-started
		check("lease window", sum, 0)

		// The fetch timeout itself is the source's failure.
		sum, err = newPipe(100*time.Millisecond, 0, 0).RunOnce(context.Background(), pipeline.RunOptions{All: true})
		if err != nil || sum.Failed != 1 || sum.Interrupted != 0 {
			t.Fatalf("timeout: %+v %v", sum, err)
		}
		<-started
		check("timeout", sum, 1)
	})
}
