package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestTopicModelReproducible rebuilds the topic model from the corpus named
// by BANTIN_REAL_CORPUS and checks that it is the embedded one, byte for
// byte: the model learns from labels the rules give (trainLabel), so a
// change of the rules' cues or weights leaves the shipped model stale until
// `go run ./cmd/bantin-corpus train` is run again. Skipped without the
// corpus, which is not part of the repository.
func TestTopicModelReproducible(t *testing.T) {
	corpus := os.Getenv("BANTIN_REAL_CORPUS")
	if corpus == "" {
		t.Skip("BANTIN_REAL_CORPUS is not set (BENCHMARKS.md, Real news)")
	}
	out := filepath.Join(t.TempDir(), "topicmodel.bin")
	if err := trainCmd([]string{"-in", corpus, "-o", out}); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../../internal/classify/topicmodel.bin")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("the rebuilt model (%d bytes) differs from internal/classify/topicmodel.bin (%d bytes): run `go run ./cmd/bantin-corpus train`", len(got), len(want))
	}
}
