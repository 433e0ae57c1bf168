package app

import (
	"runtime"
	"strings"
	"testing"
)

// 'bantin version' and '--version' print the build on standard output and
// exit 0 without reading any configuration; an argument is bad usage.
func TestCLIVersion(t *testing.T) {
	want := "bantin " + Version() + " (" + runtime.Version() + " " + runtime.GOOS + "/" + runtime.GOARCH + ")\n"
	for _, tt := range []struct {
		args []string
		code int
		out  string
		err  string
	}{
		{[]string{"version"}, 0, want, ""},
		{[]string{"--version"}, 0, want, ""},
		{[]string{"version", "-h"}, 0, "", "Usage: bantin version"},
		{[]string{"version", "now"}, 2, "", `bantin version: version takes no arguments or flags, got ["now"]`},
	} {
		code, out, stderr := runCLI(t, "sqlite:/nonexistent/dir/b.db", "", tt.args...)
		if code != tt.code || out != tt.out || !strings.HasPrefix(stderr, tt.err) || (tt.err == "" && stderr != "") {
			t.Errorf("%q: exit %d, %q %q; want %d %q %q", tt.args, code, out, stderr, tt.code, tt.out, tt.err)
		}
	}
}
