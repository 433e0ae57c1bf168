package golden

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// fakeT records what Check reports, to test it without failing this test.
type fakeT struct {
	testing.TB
	errs, fatals int
}

func (f *fakeT) Helper()               {}
func (f *fakeT) Errorf(string, ...any) { f.errs++ }
func (f *fakeT) Fatalf(string, ...any) { f.fatals++; runtime.Goexit() }
func (f *fakeT) Fatal(...any)          { f.fatals++; runtime.Goexit() }

func TestCheck(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	if err := os.Mkdir("testdata", 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join("testdata", "a.txt"), []byte("xin chào\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name, file, got string
		errs, fatals    int
	}{
		{"equal", "a.txt", "xin chào\n", 0, 0},
		{"different", "a.txt", "xin chao\n", 1, 0},
		{"missing", "b.txt", "x", 0, 1},
	} {
		f := &fakeT{TB: t}
		done := make(chan struct{})
		go func() { // as testing does, a fatal ends the goroutine
			defer close(done)
			Check(f, tt.file, []byte(tt.got))
		}()
		<-done
		if f.errs != tt.errs || f.fatals != tt.fatals {
			t.Errorf("%s: %d errors, %d fatals; want %d, %d", tt.name, f.errs, f.fatals, tt.errs, tt.fatals)
		}
	}
}
