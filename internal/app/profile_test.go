package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFetchProfiles: fetch --cpuprofile and --memprofile write the two
// profiles of the pass; a profile file that cannot be created is an error
// that names it, before anything is fetched.
func TestFetchProfiles(t *testing.T) {
	dir := t.TempDir()
	db := "sqlite:" + filepath.Join(dir, "b.db")
	up := upstreamFixtures(t)
	if code, _, stderr := runCLI(t, db, "", "sources", "add", up.URL+"/vnexpress.rss"); code != 0 {
		t.Fatalf("add: %d %s", code, stderr)
	}
	cpu, mem := filepath.Join(dir, "cpu.prof"), filepath.Join(dir, "mem.prof")
	if code, out, stderr := runCLI(t, db, "", "fetch", "--all", "--cpuprofile", cpu, "--memprofile", mem); code != 0 ||
		!strings.Contains(out, "fetched: 1") {
		t.Fatalf("fetch: %d %q %q", code, out, stderr)
	}
	for _, f := range []string{cpu, mem} {
		if st, err := os.Stat(f); err != nil || st.Size() == 0 {
			t.Errorf("%s: %v, want a profile", filepath.Base(f), err)
		}
	}
	bad := filepath.Join(dir, "missing", "cpu.prof")
	if code, _, stderr := runCLI(t, db, "", "fetch", "--all", "--cpuprofile", bad); code != 1 || !strings.Contains(stderr, "CPU profile") {
		t.Errorf("unwritable profile: %d %q", code, stderr)
	}
}
