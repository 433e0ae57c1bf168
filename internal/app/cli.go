package app

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"slices"
	"sort"
	"strings"
)

// Exit statuses.
const (
	ExitOK    = 0
	ExitFail  = 1
	ExitUsage = 2
)

// IO is the process's standard streams and environment, injected so that
// tests run commands in-process.
type IO struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) string
	// StdLog routes the process-wide log package, where net/http writes
	// (an upstream's bytes after its Content-Length, a visitor's malformed
	// request), through the command's logger: its format, its redaction.
	// The binary sets it; tests running commands side by side do not.
	StdLog bool
}

// errUsage marks errors that exit with status 2.
var errUsage = errors.New("usage")

// usageError returns an error that exits with status 2 and prints msg.
func usageError(format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{errUsage}, args...)...)
}

// command is one subcommand: its one-line help and its runner.
type command struct {
	help string
	run  func(ctx context.Context, env *cmdEnv, args []string) error
}

func commands() map[string]command {
	return map[string]command{
		"serve":       {"run the HTTP server, fetch loop and digest loop", runServe},
		"migrate":     {"create or upgrade the database schema", runMigrate},
		"sources":     {"add|list|edit|remove|import-opml|export-opml upstream feeds", runSources},
		"fetch":       {"fetch due sources once (--all: every source, --source ID|URL: one)", runFetch},
		"classify":    {"show the topics and provinces of a URL, file or text (--jsonl for JSON lines)", runClassify},
		"reclassify":  {"re-tag stored articles after the rules changed", runReclassify},
		"topics":      {"train: retrain the topic model from this store's category feeds", runTopics},
		"digest":      {"preview|send weekly digests", runDigest},
		"subscribers": {"list|add|remove|export|import digest subscribers", runSubscribers},
		"version":     {"print the build's version (also --version)", runVersion},
	}
}

// Run executes the command line args (without the program name) and
// returns the exit status: 0 on success, 1 on failure, 2 on bad usage.
func Run(ctx context.Context, args []string, stdio IO) int {
	if len(args) > 1 && args[0] == "help" {
		// "bantin help sources add" is "bantin sources add -h".
		args = append(slices.Clone(args[1:]), "-h")
	}
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		printUsage(stdio.Stderr)
		if len(args) == 0 {
			return ExitUsage
		}
		return ExitOK
	}
	if args[0] == "--version" || args[0] == "-version" {
		args[0] = "version"
	}
	cmds := commands()
	args = flagsAfterCommand(args, cmds)
	cmd, ok := cmds[args[0]]
	if !ok {
		name := args[0]
		if strings.HasPrefix(name, "-") {
			name = strings.Join(args, " ") // flags with no command after them
		}
		fmt.Fprintf(stdio.Stderr, "bantin: unknown command %q%s\n\n", name, nameSuggestion(args[0], slices.Sorted(maps.Keys(cmds))))
		printUsage(stdio.Stderr)
		return ExitUsage
	}
	env := &cmdEnv{IO: stdio, name: args[0]}
	err := cmd.run(ctx, env, args[1:])
	switch {
	case err == nil:
		return ExitOK
	case errors.Is(err, flag.ErrHelp):
		return ExitOK
	case errors.Is(err, errUsage):
		fmt.Fprintf(stdio.Stderr, "bantin %s: %s\n", args[0], strings.TrimPrefix(err.Error(), "usage: "))
		return ExitUsage
	case interruptedBy(ctx, err):
		// Cut short by SIGINT or SIGTERM where the command has nothing
		// of its own to say: "store: …: context canceled (check
		// BANTIN_DATABASE_URL …)" blamed the setting for the Ctrl-C.
		fmt.Fprintf(stdio.Stderr, "bantin %s: interrupted\n", args[0])
		return ExitFail
	default:
		fmt.Fprintf(stdio.Stderr, "bantin %s: %v\n", args[0], err)
		return ExitFail
	}
}

func printUsage(w io.Writer) {
	fmt.Fprintln(w, "bantin: Vietnamese news by topic and province, as feeds and weekly email digests.")
	fmt.Fprintln(w, "\nUsage: bantin COMMAND [flags] [args]\n\nCommands:")
	cmds := commands()
	names := make([]string, 0, len(cmds))
	for n := range cmds {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-12s %s\n", n, cmds[n].help)
	}
	fmt.Fprintln(w, "\nEvery command but version takes the configuration flags (--database-url,")
	fmt.Fprintln(w, "--config, …). 'bantin COMMAND -h' (or 'bantin help COMMAND') lists a command's")
	fmt.Fprintln(w, "flags and those. Configuration: README.md.")
}
