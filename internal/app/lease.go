package app

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"

	"bantin/internal/store"
)

// Lease owners name their process: "host/pid/boot/start", where boot is
// the start of this boot's id (/proc/sys/kernel/random/boot_id) and start
// the process's start time in clock ticks since boot (/proc/PID/stat), or
// "-" and a time stamp where /proc is missing. The digest service adds
// "/digest". On the host that wrote it, such a name says whether its
// process still runs: see ownerDead.

// processOwner names this process for leases.
func processOwner() string {
	host, _ := os.Hostname()
	pid := os.Getpid()
	boot, start := bootID(), procStart(pid)
	if boot == "" || start == "" {
		return fmt.Sprintf("%s/%d/-/%d", host, pid, time.Now().UnixNano())
	}
	return fmt.Sprintf("%s/%d/%s/%s", host, pid, boot, start)
}

// bootID returns the first 8 characters of this boot's id, or "".
func bootID() string {
	b, err := os.ReadFile("/proc/sys/kernel/random/boot_id")
	if err != nil || len(b) < 8 {
		return ""
	}
	return string(b[:8])
}

// procStart returns process pid's start time in clock ticks since boot
// (field 22 of /proc/PID/stat), or "" when there is no such process.
func procStart(pid int) string {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return ""
	}
	// The command name (field 2) is in parentheses and may hold spaces.
	rest := string(b[strings.LastIndexByte(string(b), ')')+1:])
	f := strings.Fields(rest)
	if len(f) < 20 {
		return ""
	}
	return f[19]
}

// ownerDead reports whether the process named by lease owner owner (see
// processOwner) is known to be gone: it ran on this host, and this host
// rebooted since, or no process with its pid runs now, or the one that
// does started at another time (its pid was reused). An owner of another
// host, or in another form, is never known dead.
func ownerDead(owner string) bool {
	f := strings.Split(strings.TrimSuffix(owner, "/digest"), "/")
	host, _ := os.Hostname()
	if len(f) != 4 || f[0] != host {
		return false
	}
	pid, err := strconv.Atoi(f[1])
	if err != nil || pid <= 0 {
		return false
	}
	if f[2] == "-" { // no /proc: only whether the pid is taken
		return errors.Is(syscall.Kill(pid, 0), syscall.ESRCH)
	}
	return f[2] != bootID() || procStart(pid) != f[3]
}

// leaseWait says which leases of running processes recoverLeases waits for.
type leaseWait int

const (
	waitNone    leaseWait = iota // none: serve, fetch of due sources
	waitSources                  // sources: fetch --all covers every source
	waitDigests                  // digest rows: digest send covers every due row
)

// recoverLeases makes the leases of other bantin processes no obstacle to
// a command that must cover everything (fetch --all, digest send): leases
// of processes known dead (killed on this host, see ownerDead) are
// released at once and reported on w; the command then waits, reporting
// every 10 s on w, until the leases of the kind wait names held by live
// processes and by other hosts are released or expire (fetch --all does
// not wait for a digest run elsewhere, nor digest send for a fetch) (at most a lease period: 75 s for
// sources, 10 min for digest rows with the defaults). It returns ctx's
// error when ctx ends first.
func (m *Main) recoverLeases(ctx context.Context, w io.Writer, wait leaseWait) error {
	lastReport := time.Time{}
	for {
		holders, err := m.Store.LeaseHolders(ctx, time.Now())
		if err != nil {
			return err
		}
		var live []store.LeaseHolder
		for _, h := range holders {
			if strings.HasPrefix(h.Owner, m.Owner) {
				continue
			}
			if !ownerDead(h.Owner) {
				if wait == waitSources && h.Sources > 0 || wait == waitDigests && h.Digests > 0 {
					live = append(live, h)
				}
				continue
			}
			n, d, err := m.Store.ReleaseLeases(ctx, h.Owner, h.Owner)
			if err != nil {
				return err
			}
			fmt.Fprintf(w, "took over %s and %s leased by %s, which is no longer running\n",
				count(n, "source", "sources"), count(d, "digest", "digests"), h.Owner)
			m.Log.Info("took over the leases of a dead process", "owner", h.Owner, "sources", n, "digests", d)
		}
		if len(live) == 0 {
			return nil
		}
		if time.Since(lastReport) >= 10*time.Second {
			for _, h := range live {
				n, what := h.Sources, "sources"
				if wait == waitDigests {
					n, what = h.Digests, "digests"
				}
				fmt.Fprintf(w, "waiting for %d %s leased by %s (running, or on another host) until %s\n",
					n, what, h.Owner, h.Until.Local().Format(time.TimeOnly))
			}
			lastReport = time.Now()
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(time.Second):
		}
	}
}
