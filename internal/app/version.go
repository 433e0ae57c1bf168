package app

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
)

// runVersion prints "bantin VERSION (GO OS/ARCH)" on standard output: what
// an operator quotes in a report and compares with the version serve logs
// at start and /metrics exports.
func runVersion(_ context.Context, env *cmdEnv, args []string) error {
	fs := flag.NewFlagSet("bantin version", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	if err := fs.Parse(args); errors.Is(err, flag.ErrHelp) {
		fmt.Fprintln(env.Stderr, "Usage: bantin version   (takes no flags: it reads no configuration)")
		return err
	} else if err != nil || fs.NArg() > 0 {
		return usageError("version takes no arguments or flags, got %q", args)
	}
	_, err := fmt.Fprintf(env.Stdout, "bantin %s (%s %s/%s)\n", Version(), runtime.Version(), runtime.GOOS, runtime.GOARCH)
	return err
}

// Version names the running build: the module version when built from a
// tagged module, else the VCS revision (with "-dirty" for uncommitted
// changes), else "devel".
func Version() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "devel"
	}
	if v := bi.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	var rev, dirty string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				dirty = "-dirty"
			}
		}
	}
	if rev == "" {
		return "devel"
	}
	return rev[:min(12, len(rev))] + dirty
}
