package app

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"strings"

	"bantin/internal/config"
	"bantin/internal/store"
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
		"sources":     {"add|list|remove|import-opml|export-opml upstream feeds", runSources},
		"fetch":       {"fetch due sources once (--all: every source, --source ID|URL: one)", runFetch},
		"classify":    {"show the topics and provinces of a URL, file or text (--jsonl for JSON lines)", runClassify},
		"reclassify":  {"re-tag stored articles after the rules changed", runReclassify},
		"topics":      {"train: retrain the topic model from this store's category feeds", runTopics},
		"digest":      {"preview|send weekly digests", runDigest},
		"subscribers": {"list|add|remove|export|import digest subscribers", runSubscribers},
		"version":     {"print the build's version (also --version)", runVersion},
	}
}

// flagsAfterCommand moves the configuration flags given before the command
// ("bantin --config bantin.toml migrate") after it, where every command
// parses them (each takes a value: "--flag value" or "--flag=value"). It
// returns args unchanged when they do not open with flags followed by a
// command.
func flagsAfterCommand(args []string, cmds map[string]command) []string {
	i := 0
	for i < len(args) && len(args[i]) > 1 && args[i][0] == '-' && args[i] != "--" {
		if !strings.Contains(args[i], "=") {
			i++ // its value
		}
		i++
	}
	if i == 0 || i >= len(args) {
		return args
	}
	if _, ok := cmds[args[i]]; !ok {
		return args
	}
	out := append([]string{args[i]}, args[i+1:]...)
	return append(out, args[:i]...)
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
		fmt.Fprintf(stdio.Stderr, "bantin: unknown command %q\n\n", name)
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

// cmdEnv is what a command runner gets: the streams and a flag set that
// already carries the configuration flags.
type cmdEnv struct {
	IO
	name  string
	flags *config.Flags
}

// flagSet returns a FlagSet for the command with the configuration flags.
func (e *cmdEnv) flagSet(usage string) *flag.FlagSet {
	fs := flag.NewFlagSet("bantin "+e.name, flag.ContinueOnError)
	fs.SetOutput(e.Stderr)
	e.flags = config.RegisterFlags(fs)
	common := map[string]bool{}
	fs.VisitAll(func(f *flag.Flag) { common[f.Name] = true })
	fs.Usage = func() {
		fmt.Fprintf(e.Stderr, "Usage: bantin %s %s\n", e.name, usage)
		printFlags(e.Stderr, fs, "\nFlags:\n", func(name string) bool { return !common[name] })
		printFlags(e.Stderr, fs, "\nConfiguration flags (every command takes them; see README.md):\n", func(name string) bool { return common[name] })
	}
	return fs
}

// printFlags prints heading and the defaults of fs's flags that keep
// selects, nothing when none does: a command's own flags come before the
// forty configuration flags every command takes.
func printFlags(w io.Writer, fs *flag.FlagSet, heading string, keep func(string) bool) {
	part := flag.NewFlagSet(fs.Name(), flag.ContinueOnError)
	part.SetOutput(w)
	fs.VisitAll(func(f *flag.Flag) {
		if keep(f.Name) {
			part.Var(f.Value, f.Name, f.Usage)
			part.Lookup(f.Name).DefValue = f.DefValue
		}
	})
	n := 0
	part.VisitAll(func(*flag.Flag) { n++ })
	if n > 0 {
		fmt.Fprint(w, heading)
		part.PrintDefaults()
	}
}

// parse parses args, mapping flag errors to usage errors. -h prints the
// command's usage; a bad flag is named with a pointer to -h, not followed
// by every flag (the configuration flags make that about 60 lines).
func (e *cmdEnv) parse(fs *flag.FlagSet, args []string) error {
	usage := fs.Usage
	fs.Usage = func() {}
	fs.SetOutput(io.Discard)
	err := fs.Parse(interleave(fs, args))
	fs.Usage = usage
	fs.SetOutput(e.Stderr)
	switch {
	case errors.Is(err, flag.ErrHelp):
		usage()
		return err
	case err != nil:
		return usageError("%v%s (-h lists the flags)", err, flagSuggestion(fs, err))
	}
	return nil
}

// parseAndOpen parses args with fs and opens bantin: the start of every
// command that needs the database. The caller closes the Main.
func (e *cmdEnv) parseAndOpen(ctx context.Context, fs *flag.FlagSet, args []string) (*Main, error) {
	if err := e.parse(fs, args); err != nil {
		return nil, err
	}
	if fs.NArg() > 0 { // a forgotten flag name: never ignore what was meant
		return nil, usageError("takes no arguments, got %q (a flag's name left out? see -h)", fs.Args())
	}
	return e.open(ctx)
}

// subcommand is one verb of a command with subcommands ("sources add").
type subcommand struct {
	name string
	run  func(ctx context.Context, env *cmdEnv, args []string) error
}

// dispatch runs the subcommand named by args[0]; usage lists the forms for
// the error when none or an unknown one is given.
func dispatch(ctx context.Context, env *cmdEnv, args []string, usage string, subs ...subcommand) error {
	names := make([]string, len(subs))
	for i, sc := range subs {
		if len(args) > 0 && args[0] == sc.name {
			return sc.run(ctx, env, args[1:])
		}
		names[i] = sc.name
	}
	if len(args) == 0 {
		return usageError("want a subcommand: %s", usage)
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		fmt.Fprintf(env.Stderr, "Usage: bantin %s %s\n(bantin %s SUBCOMMAND -h lists its flags)\n", env.name, usage, env.name)
		return flag.ErrHelp
	}
	return usageError("unknown subcommand %q: want %s", args[0], strings.Join(names, ", "))
}

// open loads the configuration and opens bantin for a one-shot command
// (store.ForJob).
func (e *cmdEnv) open(ctx context.Context) (*Main, error) { return e.openFor(ctx, store.ForJob) }

// openFor loads the configuration and opens bantin for use.
func (e *cmdEnv) openFor(ctx context.Context, use store.Use) (*Main, error) {
	cfg, err := loadConfig(e)
	if err != nil {
		return nil, err
	}
	log, err := newLogger(e.Stderr, cfg)
	if err != nil {
		return nil, err
	}
	if e.StdLog {
		routeStdLog(log)
	}
	return Open(ctx, cfg, log, use)
}

// loadConfig reads the configuration from the environment and the flags
// and validates it; a bad value is a usage error (exit 2) naming the
// variable.
func loadConfig(e *cmdEnv) (config.Config, error) {
	getenv := e.Getenv
	if getenv == nil {
		getenv = os.Getenv
	}
	cfg, err := config.Load(getenv, e.flags)
	if err != nil {
		return cfg, usageError("%v", err)
	}
	if err := cfg.Validate(); err != nil {
		return cfg, usageError("invalid configuration:\n%v", err)
	}
	return cfg, nil
}

// interleave lets flags follow positional arguments ("sources add URL
// --name X") by moving positional arguments after the flags.
func interleave(fs *flag.FlagSet, args []string) []string {
	var flags, pos []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			pos = append(pos, args[i+1:]...)
			break
		}
		if !strings.HasPrefix(a, "-") || a == "-" {
			pos = append(pos, a)
			continue
		}
		flags = append(flags, a)
		name := strings.TrimLeft(a, "-")
		if strings.Contains(name, "=") {
			continue
		}
		if f := fs.Lookup(name); f != nil && !isBool(f) {
			if i+1 == len(args) {
				return flags // its value is missing: fs.Parse says so
			}
			flags = append(flags, args[i+1])
			i++
		}
	}
	return append(append(flags, "--"), pos...)
}

func isBool(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}
