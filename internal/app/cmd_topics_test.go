package app

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"bantin/internal/classify"
)

// TestCLITopicsTrain: `bantin topics train` learns from the store's
// category feeds, writes a model that BANTIN_TOPIC_MODEL loads (readable by
// another user), shows this store's examples beside the shipped ones, names
// the sources it leaves out, refuses --no-base while topics have no
// example, and says what to do when the store has no category feed.
func TestCLITopicsTrain(t *testing.T) {
	dir := t.TempDir()
	db := "sqlite:" + filepath.Join(dir, "b.db")
	up := upstreamFixtures(t)
	if code, _, stderr := runCLI(t, db, "", "migrate"); code != 0 { // training creates no database
		t.Fatalf("migrate: %d %s", code, stderr)
	}
	if code, _, stderr := runCLI(t, db, "", "topics", "train", "--out", filepath.Join(dir, "m.bin")); code != 1 ||
		!strings.Contains(stderr, "--topic") {
		t.Errorf("train without category feeds: %d %q", code, stderr)
	}
	for _, src := range [][2]string{{"vnexpress.rss", "the-thao"}, {"tuoitre.rss", "giao-duc"}, {"baothainguyen.rss", "chinh-tri,xa-hoi"}} {
		f, topic := src[0], src[1]
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
	// Two topics of sixteen: a model of this store alone could give no other.
	if code, _, stderr := runCLI(t, db, "", "topics", "train", "--out", out, "--no-base"); code != 1 ||
		!strings.Contains(stderr, "no example of 14 of the 16 topics") || !strings.Contains(stderr, "chinh-tri") {
		t.Errorf("train --no-base: %d %q", code, stderr)
	}
	if _, err := os.Stat(out); err == nil {
		t.Errorf("a refused --no-base wrote %s", out)
	}
	code, stdout, stderr := runCLI(t, db, "", "topics", "train", "--out", out)
	if code != 0 || !strings.Contains(stdout, "THIS STORE") || !strings.Contains(stdout, "SHIPPED") ||
		!strings.Contains(stdout, "category feeds of this store (left out: source 3, with several topics") ||
		!strings.Contains(stdout, "BANTIN_TOPIC_MODEL="+out) {
		t.Fatalf("train: %d %q %q", code, stdout, stderr)
	}
	if st, err := os.Stat(out); err != nil || st.Mode().Perm() != 0o644 {
		t.Errorf("model file mode: %v %v, want -rw-r--r--", st.Mode(), err)
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

// TestPrintTrained: the examples table puts this store's count beside the
// shipped model's (all minus this store's), or alone with --no-base.
func TestPrintTrained(t *testing.T) {
	own := map[string]int{"the-thao": 5, "y-te": 0}
	all := map[string]int{"the-thao": 12, "y-te": 3}
	for _, tc := range []struct {
		base bool
		want string
	}{
		{true, "TOPIC     THIS STORE  SHIPPED\nthe-thao  5           7\ny-te      0           3\n"},
		{false, "TOPIC     THIS STORE\nthe-thao  5\ny-te      0\n"},
	} {
		var b strings.Builder
		printTrained(&b, own, all, tc.base)
		if b.String() != tc.want {
			t.Errorf("base %v:\n%s\nwant\n%s", tc.base, b.String(), tc.want)
		}
	}
}

func TestMissingTopics(t *testing.T) {
	for _, tc := range []struct {
		docs map[string]int
		want []string
	}{
		{map[string]int{"y-te": 0, "the-thao": 3, "giao-duc": 0}, []string{"giao-duc", "y-te"}},
		{map[string]int{"the-thao": 3}, nil},
	} {
		if got := missingTopics(tc.docs); !slices.Equal(got, tc.want) {
			t.Errorf("missingTopics(%v) = %v, want %v", tc.docs, got, tc.want)
		}
	}
}
