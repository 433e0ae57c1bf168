package app

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"bantin/internal/classify"
)

// TestCLITopicsTrain: `bantin topics train` learns from the store's
// category feeds, writes a model that BANTIN_TOPIC_MODEL loads, and says
// what to do when the store has no category feed.
func TestCLITopicsTrain(t *testing.T) {
	dir := t.TempDir()
	db := "sqlite:" + filepath.Join(dir, "b.db")
	up := upstreamFixtures(t)
	if code, _, stderr := runCLI(t, db, "", "topics", "train", "--out", filepath.Join(dir, "m.bin")); code != 1 ||
		!strings.Contains(stderr, "--topic") {
		t.Errorf("train without category feeds: %d %q", code, stderr)
	}
	for f, topic := range map[string]string{"vnexpress.rss": "the-thao", "tuoitre.rss": "giao-duc"} {
		if code, _, stderr := runCLI(t, db, "", "sources", "add", up.URL+"/"+f, "--topic", topic); code != 0 {
			t.Fatalf("add %s: %d %s", f, code, stderr)
		}
	}
	if code, _, stderr := runCLI(t, db, "", "fetch", "--all"); code != 0 {
		t.Fatalf("fetch: %d %s", code, stderr)
	}
	// An --out in no directory is named as such, not as the temporary file
	// beside it ("open /x/.topicmodel-123: no such file or directory").
	missing := filepath.Join(dir, "khong-co", "m.bin")
	if code, _, stderr := runCLI(t, db, "", "topics", "train", "--out", missing); code != 1 ||
		!strings.Contains(stderr, "cannot write the model to "+missing) || strings.Contains(stderr, ".topicmodel-") {
		t.Errorf("train --out %s: %d %q", missing, code, stderr)
	}
	out := filepath.Join(dir, "m.bin")
	code, stdout, stderr := runCLI(t, db, "", "topics", "train", "--out", out, "--no-base", "--min", "1")
	if code != 0 || !strings.Contains(stdout, "the-thao") || !strings.Contains(stdout, "BANTIN_TOPIC_MODEL="+out) {
		t.Fatalf("train: %d %q %q", code, stdout, stderr)
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	m, err := classify.ReadTopicModel(f)
	f.Close()
	if err != nil || m.Features() == 0 {
		t.Fatalf("written model: %v, %d features", err, m.Features())
	}
	// The running service loads it from BANTIN_TOPIC_MODEL.
	var so, se bytes.Buffer
	env := map[string]string{"BANTIN_DATABASE_URL": db, "BANTIN_TOPIC_MODEL": out, "BANTIN_LOG_LEVEL": "error"}
	code = Run(context.Background(), []string{"classify", "Một bài báo"}, IO{Stdin: strings.NewReader(""),
		Stdout: &so, Stderr: &se, Getenv: func(k string) string { return env[k] }})
	if code != 0 {
		t.Fatalf("classify with the trained model: %d %q", code, se.String())
	}
	env["BANTIN_TOPIC_MODEL"] = filepath.Join(dir, "missing.bin")
	se.Reset()
	code = Run(context.Background(), []string{"classify", "Một bài báo"}, IO{Stdin: strings.NewReader(""),
		Stdout: &so, Stderr: &se, Getenv: func(k string) string { return env[k] }})
	if code != 2 || !strings.Contains(se.String(), "BANTIN_TOPIC_MODEL") {
		t.Errorf("missing model file: %d %q", code, se.String())
	}
}
