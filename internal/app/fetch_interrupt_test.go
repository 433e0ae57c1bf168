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
