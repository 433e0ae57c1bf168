package schedule

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// syncBuffer is a log sink safe for the loop's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestRunRunsEachJobUntilCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var fast, failing atomic.Int32
	var logs syncBuffer
	done := make(chan struct{})
	go func() {
		Run(ctx, slog.New(slog.NewTextHandler(&logs, nil)),
			Job{Name: "fast", Every: time.Millisecond, Run: func(context.Context) error { fast.Add(1); return nil }},
			Job{Name: "failing", Every: time.Millisecond, Run: func(context.Context) error {
				failing.Add(1)
				return errors.New("database unreachable")
			}})
		close(done)
	}()
	for fast.Load() < 5 || failing.Load() < 3 {
		time.Sleep(time.Millisecond)
	}
	cancel()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not return after cancel")
	}
	n := fast.Load()
	time.Sleep(5 * time.Millisecond)
	if fast.Load() != n {
		t.Error("a job ran after Run returned")
	}
	if !strings.Contains(logs.String(), "job=failing") || !strings.Contains(logs.String(), "database unreachable") {
		t.Errorf("failure not logged with its job: %s", logs.String())
	}
	if strings.Contains(logs.String(), "job=fast") {
		t.Errorf("a successful pass was logged as failed: %s", logs.String())
	}
}

func TestRunWaitsForPassInFlight(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	started, finished := make(chan struct{}), atomic.Bool{}
	go func() { <-started; cancel() }()
	Run(ctx, nil, Job{Name: "slow", Every: time.Hour, Run: func(ctx context.Context) error {
		close(started)
		<-ctx.Done()
		time.Sleep(10 * time.Millisecond) // finishing up after cancellation
		finished.Store(true)
		return ctx.Err()
	}})
	if !finished.Load() {
		t.Error("Run returned before the pass in flight finished")
	}
}
