package store

import (
	"context"
	"log/slog"
	"time"
)

// checkpointEvery is how often the background checkpointer copies the
// SQLite write-ahead log back into the database.
const checkpointEvery = time.Second

// startCheckpointer runs PASSIVE checkpoints from a reader connection in the
// background, so that copying the WAL back into the database (and its
// fsync) runs beside the single writer instead of inside one of its
// commits; the writer's own automatic checkpoint is only a backstop (see
// openSQLite).
func (s *Store) startCheckpointer() {
	ctx, cancel := context.WithCancel(context.Background())
	s.stop, s.done = cancel, make(chan struct{})
	go func() {
		defer close(s.done)
		t := time.NewTicker(checkpointEvery)
		defer t.Stop()
		streak := checkpointLog{log: s.log}
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				_, err := s.db.ExecContext(ctx, "PRAGMA wal_checkpoint(PASSIVE)")
				if ctx.Err() == nil {
					streak.result(err)
				}
			}
		}
	}()
}

// checkpointWarnEvery is how many failed checkpoints in a row (one a
// second) are logged at debug level between two warnings.
const checkpointWarnEvery = 600

// checkpointLog logs the checkpointer's results without flooding the log
// while the disk stays full: the first failure of a streak, and every
// checkpointWarnEvery-th, at warn level with the streak's length, the
// others at debug level, and the success that ends a streak at info level.
type checkpointLog struct {
	log      *slog.Logger
	failures int
}

func (c *checkpointLog) result(err error) {
	switch {
	case err != nil:
		c.failures++
		level := slog.LevelDebug
		if c.failures%checkpointWarnEvery == 1 {
			level = slog.LevelWarn
		}
		c.log.Log(context.Background(), level, "sqlite checkpoint failed", "error", err, "failures", c.failures)
	case c.failures > 0:
		c.log.Info("sqlite checkpoint recovered", "failures", c.failures)
		c.failures = 0
	}
}
