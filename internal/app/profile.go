package app

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/pprof"
)

// startProfiles starts a CPU profile written to cpuFile (when not empty)
// and returns the function that stops it and writes a heap profile to
// memFile (when not empty). It fails when either file cannot be created;
// a profile that cannot be written at the end is reported on errs, not as
// the command's failure.
func startProfiles(errs io.Writer, cpuFile, memFile string) (func(), error) {
	var cpu, mem *os.File
	if memFile != "" {
		f, err := os.Create(memFile)
		if err != nil {
			return nil, fmt.Errorf("heap profile: %w", err)
		}
		mem = f
	}
	if cpuFile != "" {
		f, err := os.Create(cpuFile)
		if err == nil {
			err = pprof.StartCPUProfile(f)
		}
		if err != nil {
			if mem != nil {
				mem.Close()
			}
			return nil, fmt.Errorf("CPU profile: %w", err)
		}
		cpu = f
	}
	report := func(err error) {
		if err != nil {
			fmt.Fprintln(errs, "bantin: profile:", err)
		}
	}
	return func() {
		if cpu != nil {
			pprof.StopCPUProfile()
			report(cpu.Close())
		}
		if mem != nil {
			runtime.GC()
			report(pprof.WriteHeapProfile(mem))
			report(mem.Close())
		}
	}, nil
}
