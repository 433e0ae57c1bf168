package classify

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
)

// readJSONL returns the values of the file at path, one JSON object a
// line; it fails the test on a missing file or a line that does not decode.
func readJSONL[T any](tb testing.TB, path string) []T {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			tb.Fatalf("%s:%d: %v", path, n, err)
		}
		out = append(out, v)
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	return out
}

// realCorpus returns the real news corpus's path (EnvRealCorpus) and
// skips the test when it is not set.
func realCorpus(tb testing.TB) string {
	tb.Helper()
	path := os.Getenv(EnvRealCorpus)
	if path == "" {
		tb.Skip(EnvRealCorpus + " is not set")
	}
	return path
}
