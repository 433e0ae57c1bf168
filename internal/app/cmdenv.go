package app

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"bantin/internal/config"
	"bantin/internal/store"
)

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
		heading := "\nConfiguration flags (every command takes them; \"now\" is the value the config file,\n" +
			"environment or flags give here instead of the default; see README.md):\n"
		if err := e.flags.Explain(e.getenv()); err != nil {
			heading += fmt.Sprintf("  (the configuration does not load: %v)\n", err)
		}
		printFlags(e.Stderr, fs, heading, func(name string) bool { return common[name] })
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

// parseAndOpen parses args with fs, refuses any argument left, and opens
// bantin on a database that must exist already (openExisting): the start
// of a command of flags alone that reads or changes what a database holds
// (a listing, an export, reclassify, topics train). The caller closes the
// Main.
func (e *cmdEnv) parseAndOpen(ctx context.Context, fs *flag.FlagSet, args []string) (*Main, error) {
	if err := e.parse(fs, args); err != nil {
		return nil, err
	}
	if fs.NArg() > 0 { // a forgotten flag name: never ignore what was meant
		return nil, usageError("takes no arguments, got %q (a flag's name left out? see -h)", fs.Args())
	}
	return e.openExisting(ctx)
}

// openExisting is open for a command that reads or changes what a database
// already holds (a listing, an export, an edit, a removal, a digest): on
// sqlite:PATH whose file does not exist it refuses, naming the path, where
// open would create an empty database there and the command would answer
// "no sources yet" — the usual cause is a command run in another folder
// than the database's, or a mistyped path. Other databases open as open
// opens them.
func (e *cmdEnv) openExisting(ctx context.Context) (*Main, error) {
	cfg, err := loadConfig(e)
	if err != nil {
		return nil, err
	}
	if err := sqliteFileExists(cfg.DatabaseURL); err != nil {
		return nil, err
	}
	return e.open(ctx)
}

// sqliteFileExists returns an error naming the file when dbURL is
// sqlite:PATH, PATH a plain file path (not a file: URI or :memory:), and no
// file is there; nil otherwise.
func sqliteFileExists(dbURL string) error {
	path, ok := store.SQLitePath(dbURL)
	if !ok || path == "" || path == ":memory:" || strings.HasPrefix(path, "file:") {
		return nil
	}
	if _, err := os.Stat(path); !errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	return fmt.Errorf("no database at %s (BANTIN_DATABASE_URL %s): run the command in the folder that holds "+
		"the database, or set BANTIN_DATABASE_URL (--database-url) to its path; 'bantin migrate' creates a new one there",
		path, dbURL)
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
	return usageError("unknown subcommand %q%s: want %s", args[0], nameSuggestion(args[0], names), strings.Join(names, ", "))
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
// variable, flag or config file key it came from.
func loadConfig(e *cmdEnv) (config.Config, error) {
	cfg, origin, err := config.LoadOrigins(e.getenv(), e.flags)
	if err != nil {
		return cfg, usageError("%v", err)
	}
	if err := cfg.ValidateFrom(origin); err != nil {
		return cfg, usageError("invalid configuration:\n%v", err)
	}
	return cfg, nil
}

// getenv is the command's environment: IO.Getenv, else the process's.
func (e *cmdEnv) getenv() func(string) string {
	if e.Getenv == nil {
		return os.Getenv
	}
	return e.Getenv
}
