package app

import (
	"flag"
	"strings"
)

// listFlag is a flag of comma-separated slugs that may also be repeated:
// "--topic kinh-te --topic y-te" means "--topic kinh-te,y-te". A plain
// flag.String would keep only the last one, silently dropping the others.
type listFlag struct{ parts []string }

// listVar defines a listFlag named name on fs.
func listVar(fs *flag.FlagSet, name, usage string) *listFlag {
	l := &listFlag{}
	fs.Var(l, name, usage)
	return l
}

// String is the comma-joined value (what the flag would be as one argument).
func (l *listFlag) String() string {
	if l == nil {
		return ""
	}
	return strings.Join(l.parts, ",")
}

// Set appends one occurrence of the flag.
func (l *listFlag) Set(s string) error {
	l.parts = append(l.parts, s)
	return nil
}

// Slugs is every slug given, in order, blanks dropped (nil when none).
func (l *listFlag) Slugs() []string { return splitComma(l.String()) }
