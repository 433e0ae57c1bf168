package store

import (
	"bytes"
	"errors"
	"log/slog"
	"strings"
	"testing"
)

// TestCheckpointLog: a disk that stays full fails the checkpoint every
// second; the log gets one warning per checkpointWarnEvery failures (the
// first included), the rest at debug level, and one line when it recovers.
func TestCheckpointLog(t *testing.T) {
	var buf bytes.Buffer
	c := checkpointLog{log: slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelInfo}))}
	full := errors.New("database or disk is full (13)")
	c.result(nil)
	for range 2*checkpointWarnEvery + 5 {
		c.result(full)
	}
	c.result(nil)
	c.result(nil)
	c.result(full)
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	want := []string{"level=WARN msg=\"sqlite checkpoint failed\" error=\"database or disk is full (13)\" failures=1",
		"failures=601", "failures=1201", "level=INFO msg=\"sqlite checkpoint recovered\" failures=1205",
		"level=WARN msg=\"sqlite checkpoint failed\" error=\"database or disk is full (13)\" failures=1"}
	if len(lines) != len(want) {
		t.Fatalf("%d lines, want %d:\n%s", len(lines), len(want), buf.String())
	}
	for i, w := range want {
		if !strings.Contains(lines[i], w) {
			t.Errorf("line %d = %q, want %q in it", i+1, lines[i], w)
		}
	}
}
