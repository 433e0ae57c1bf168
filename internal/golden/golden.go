// Package golden compares a test's output with its golden file under the
// test package's testdata/ folder, and rewrites the file instead when the
// test binary runs with -update (go test ./pkg -update, then review the
// diff). It is for tests only.
package golden

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/")

// Updating reports whether the test binary runs with -update.
func Updating() bool { return *update }

// Check compares got with testdata/name. Under -update it writes got there
// and passes. Otherwise a missing file fails the test at once, and a
// difference is an error that shows got and says how to accept it.
func Check(t testing.TB, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test with -update to write it)", err)
	}
	if !bytes.Equal(want, got) {
		t.Errorf("%s differs from the golden file (%d bytes, want %d); run go test with -update and review the diff:\n%s",
			path, len(got), len(want), got)
	}
}
