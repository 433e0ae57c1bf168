package store

import (
	"context"
	"path/filepath"
	"testing"
)

// TestOpenForSizesCaches: a store opened for a one-shot job gives SQLite's
// readers and writer smaller page caches than one opened for a server.
func TestOpenForSizesCaches(t *testing.T) {
	for _, tt := range []struct {
		name           string
		use            Use
		reader, writer int // PRAGMA cache_size: negative KiB
	}{
		{"server", ForServer, -2048, -8192},
		{"job", ForJob, -512, -2048},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			s, err := OpenFor(ctx, "sqlite:"+filepath.Join(t.TempDir(), "s.db"), nil, tt.use)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			var reader, writer int
			if err := s.db.QueryRowContext(ctx, "PRAGMA cache_size").Scan(&reader); err != nil {
				t.Fatal(err)
			}
			if err := s.wdb.QueryRowContext(ctx, "PRAGMA cache_size").Scan(&writer); err != nil {
				t.Fatal(err)
			}
			if reader != tt.reader || writer != tt.writer {
				t.Errorf("cache_size: readers %d, writer %d; want %d, %d", reader, writer, tt.reader, tt.writer)
			}
		})
	}
}
