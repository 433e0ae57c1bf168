package app

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"bantin/internal/config"
	"bantin/internal/model"
	"bantin/internal/store/storetest"
)

// TestOwnerDead: this process's own lease name is alive; the name of a
// process that has exited, or of this pid started at another time, or
// written before a reboot, is dead; names from another host, or in an
// unknown form, are never judged dead.
func TestOwnerDead(t *testing.T) {
	me := processOwner()
	if ownerDead(me) || ownerDead(me+"/digest") {
		t.Fatalf("own name %q judged dead", me)
	}
	cmd := exec.Command("true")
	if err := cmd.Run(); err != nil {
		t.Skip("cannot run a child process:", err)
	}
	host, _ := os.Hostname()
	f := strings.Split(me, "/")
	exited := fmt.Sprintf("%s/%d/%s/%s", host, cmd.Process.Pid, f[2], f[3])
	reused := fmt.Sprintf("%s/%d/%s/%s", host, os.Getpid(), f[2], f[3]+"1")
	rebooted := fmt.Sprintf("%s/%d/%s/%s", host, os.Getpid(), "00000000", f[3])
	for _, dead := range []string{exited, exited + "/digest", reused, rebooted} {
		if f[2] == "-" && dead != exited && dead != exited+"/digest" {
			continue // without /proc only a free pid is known dead
		}
		if !ownerDead(dead) {
			t.Errorf("%q judged alive", dead)
		}
	}
	for _, alive := range []string{"other-host/1/abcd/1", "w1", "test", "", host + "/x/y/z"} {
		if ownerDead(alive) {
			t.Errorf("%q judged dead", alive)
		}
	}
}

// TestRecoverLeasesWaitsForItsKind: fetch --all waits for the sources a
// running process holds, not for its digest rows, and digest send the
// other way round.
func TestRecoverLeasesWaitsForItsKind(t *testing.T) {
	st := storetest.OpenSQLite(t)
	ctx := context.Background()
	cfg := config.Default()
	cfg.DefaultSources = false
	m, err := New(ctx, cfg, st, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	st.AddSubscriber(ctx, &model.Subscriber{Email: "a@example.com", Status: model.StatusActive})
	if _, err := st.EnsureDigests(ctx, "2026-W47", time.Now()); err != nil {
		t.Fatal(err)
	}
	other := "elsewhere/42/boot/7/digest" // another host's digest run: never judged dead
	if n, err := st.ClaimDigests(ctx, other, time.Now(), 10*time.Minute, 10); err != nil || len(n) != 1 {
		t.Fatalf("claim: %v %v", n, err)
	}
	for _, tc := range []struct {
		wait     leaseWait
		waits    bool
		reported string
	}{
		{waitNone, false, ""},
		{waitSources, false, ""},
		{waitDigests, true, "waiting for 1 digests leased by " + other},
	} {
		var out strings.Builder
		short, cancel := context.WithTimeout(ctx, 1500*time.Millisecond)
		err := m.recoverLeases(short, &out, tc.wait)
		cancel()
		if waited := errors.Is(err, context.DeadlineExceeded); waited != tc.waits || !strings.Contains(out.String(), tc.reported) {
			t.Errorf("wait %d: err %v, printed %q; want waiting %v", tc.wait, err, out.String(), tc.waits)
		}
	}
}
