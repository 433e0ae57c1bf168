package mailer

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"testing"
)

func TestOutboxWritesAtomicallyAndOverwrites(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "outbox", "nested")
	o, err := NewOutbox(dir, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	var s Sender = o
	msgs := digestMessages(t, 3)
	for _, m := range msgs {
		if err := s.Send(context.Background(), m); err != nil {
			t.Fatal(err)
		}
	}
	// Resending the same key, concurrently, with other bytes replaces the file.
	resend := *msgs[0]
	resend.Raw = append(bytes.Clone(msgs[0].Raw), "\r\n"...)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			if err := s.Send(context.Background(), &resend); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	want := []string{"digest-2026-W48-0.eml", "digest-2026-W48-1.eml", "digest-2026-W48-2.eml"}
	if len(names) != len(want) || names[0] != want[0] || names[1] != want[1] || names[2] != want[2] {
		t.Fatalf("outbox holds %v, want %v (no temporary files left)", names, want)
	}
	got, err := os.ReadFile(o.Path(msgs[0].Key))
	if err != nil || !bytes.Equal(got, resend.Raw) {
		t.Errorf("resent file does not hold the new bytes (%v)", err)
	}
	if got, _ := os.ReadFile(o.Path(msgs[2].Key)); !bytes.Equal(got, msgs[2].Raw) {
		t.Error("outbox file differs from the message")
	}
	parseMessage(t, got)
}

func TestOutboxRejects(t *testing.T) {
	o, err := NewOutbox(t.TempDir(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := o.Send(context.Background(), &Message{Key: "../escape", Raw: []byte("x")}); !IsPermanent(err) || !errors.Is(err, ErrInvalid) {
		t.Errorf("bad key: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := o.Send(ctx, &Message{Key: "k", Raw: []byte("x")}); !IsTemporary(err) || !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
	if _, err := NewOutbox("/proc/no-such-dir/outbox", nil); err == nil {
		t.Error("NewOutbox in an unwritable place succeeded")
	}
}

// TestLazyOutbox: a lazy outbox leaves the file system alone until Prepare
// or the first Send creates its folder; Prepare fails on a folder that
// cannot be one (a file in its place, under /proc).
func TestLazyOutbox(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out", "box")
	o := LazyOutbox(dir, nil)
	if _, err := os.Stat(dir); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("LazyOutbox touched %s: %v", dir, err)
	}
	if err := o.Send(context.Background(), &Message{Key: "k", Raw: []byte("x")}); err != nil {
		t.Fatalf("first send: %v", err)
	}
	if got, err := os.ReadFile(o.Path("k")); err != nil || string(got) != "x" {
		t.Fatalf("sent file: %q, %v", got, err)
	}
	if err := o.Prepare(); err != nil {
		t.Fatalf("Prepare on a written outbox: %v", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("Prepare left %d files, want the one message", len(entries))
	}
	file := filepath.Join(t.TempDir(), "file")
	os.WriteFile(file, nil, 0o600)
	for _, bad := range []string{file, filepath.Join(file, "sub"), "/proc/no-such-dir/outbox"} {
		if err := LazyOutbox(bad, nil).Prepare(); err == nil {
			t.Errorf("Prepare(%s) succeeded", bad)
		}
	}
}
