package app

import (
	"flag"
	"strings"
)

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

// interleave lets flags follow positional arguments ("sources add URL
// --name X") by moving positional arguments after the flags, and moves a
// help flag after the others, so that the help shows what every flag given
// sets, those that flagsAfterCommand moved from before the command too
// ("bantin --config F serve -h" is parsed as "serve -h --config F").
func interleave(fs *flag.FlagSet, args []string) []string {
	var flags, help, pos []string
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
		if isHelp(fs, a) {
			help = append(help, a)
			continue
		}
		flags = append(flags, a)
		name := strings.TrimLeft(a, "-")
		if strings.Contains(name, "=") {
			continue
		}
		if f := fs.Lookup(name); f != nil && !isBool(f) {
			if i+1 == len(args) {
				return append(flags, help...) // its value is missing: fs.Parse says so
			}
			flags = append(flags, args[i+1])
			i++
		}
	}
	return append(append(append(flags, help...), "--"), pos...)
}

// isHelp says whether a is the flag package's help flag (-h, -help, with
// one or two dashes) on fs, which defines no flag of that name.
func isHelp(fs *flag.FlagSet, a string) bool {
	name := strings.TrimPrefix(strings.TrimPrefix(a, "-"), "-")
	return (name == "h" || name == "help") && fs.Lookup(name) == nil
}

func isBool(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}
