package app

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// An interrupt of `bantin fetch` while the WebSub hub is slow to answer its
// ping ends the command at once: the ping is cut, as serve cuts it at the
// end of its grace, not waited for up to the hub client's timeout (10 s).
func TestCLIFetchInterruptCutsHubPing(t *testing.T) {
	db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
	up := upstreamFixtures(t)
	pinged, release := make(chan struct{}, 1), make(chan struct{})
	hub := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case pinged <- struct{}{}:
		default:
		}
		select { // a hub that does not answer
		case <-r.Context().Done():
		case <-release:
		}
	}))
	defer hub.Close()
	defer close(release)
	env := map[string]string{"BANTIN_WEBSUB_HUB": hub.URL + "/", "BANTIN_BASE_URL": "https://bantin.example",
		"BANTIN_DATABASE_URL": db, "BANTIN_ALLOW_PRIVATE_SOURCES": "true", "BANTIN_DEFAULT_SOURCES": "false",
		"BANTIN_LOG_LEVEL": "error"}
	if code, _, stderr := runCLIEnv(t, env, db, "", "sources", "add", up.URL+"/baothainguyen.rss"); code != 0 {
		t.Fatalf("add: %d %s", code, stderr)
	}
	ctx, interrupt := context.WithCancel(context.Background())
	defer interrupt()
	go func() {
		<-pinged
		interrupt()
	}()
	var out, errOut bytes.Buffer
	done := make(chan int, 1)
	go func() {
		done <- Run(ctx, []string{"fetch", "--all"}, IO{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut,
			Getenv: func(k string) string { return env[k] }})
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatalf("fetch still waiting for the hub 5 s after the interrupt; out %q err %q", out.String(), errOut.String())
	}
}

// An interrupt of `bantin fetch` while an upstream is slow to answer says
// at once that the command is letting the fetch in flight finish, for how
// long at most, and how to stop it at once: the grace (30 s by default)
// went by in silence and looked like a hang. The note is a line of its own
// and the fetch still ends as before.
func TestCLIFetchInterruptSaysStopping(t *testing.T) {
	db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
	asked, release := make(chan struct{}, 1), make(chan struct{})
	up := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case asked <- struct{}{}:
		default:
		}
		select { // an upstream that answers only when released
		case <-r.Context().Done():
		case <-release:
			http.ServeFile(w, r, "../../testdata/upstream/baothainguyen.rss")
		}
	}))
	defer up.Close()
	env := map[string]string{"BANTIN_DATABASE_URL": db, "BANTIN_ALLOW_PRIVATE_SOURCES": "true",
		"BANTIN_DEFAULT_SOURCES": "false", "BANTIN_LOG_LEVEL": "error", "BANTIN_SHUTDOWN_GRACE": "45s"}
	if code, _, stderr := runCLIEnv(t, env, db, "", "sources", "add", up.URL+"/slow.rss"); code != 0 {
		t.Fatalf("add: %d %s", code, stderr)
	}
	ctx, interrupt := context.WithCancel(context.Background())
	defer interrupt()
	var out bytes.Buffer
	errOut := &syncBuffer{}
	done := make(chan int, 1)
	go func() {
		done <- Run(ctx, []string{"fetch", "--all"}, IO{Stdin: strings.NewReader(""), Stdout: &out, Stderr: errOut,
			Getenv: func(k string) string { return env[k] }})
	}()
	<-asked
	interrupt()
	const want = "stopping: letting the fetches in flight finish (at most 45s, BANTIN_SHUTDOWN_GRACE); interrupt again to stop at once\n"
	for deadline := time.Now().Add(5 * time.Second); !strings.Contains(errOut.String(), want); time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			close(release)
			t.Fatalf("no note of the stop 5 s after the interrupt; stderr %q", errOut.String())
		}
	}
	close(release)
	if code := <-done; code != 1 || !strings.HasPrefix(errOut.String(), want) {
		t.Errorf("exit %d, stderr %q (want the note first, on a line of its own)", code, errOut.String())
	}
}
