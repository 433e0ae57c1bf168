package config

import (
	"flag"
	"io"
	"reflect"
	"strings"
	"testing"
)

// TestSettingHelp: every setting's flag says what the setting does, not
// only its name, shows its value as a string, and settingHelp names no
// setting Config lacks.
func TestSettingHelp(t *testing.T) {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	RegisterFlags(fs)
	var c Config
	keys := map[string]bool{}
	forEachField(&c, func(key string, _ reflect.Value) {
		keys[key] = true
		fl := fs.Lookup(strings.ReplaceAll(key, "_", "-"))
		if fl == nil {
			t.Errorf("no flag for %s", key)
			return
		}
		if what := settingHelp[key]; what == "" || !strings.HasPrefix(fl.Usage, what+" (env BANTIN_") {
			t.Errorf("-%s help is %q: want what it does, then its variable", fl.Name, fl.Usage)
		}
		// flag reads a `quoted` word of a usage as the value's name
		// ("-topic-model bantin topics train" in -h).
		if name, _ := flag.UnquoteUsage(fl); name != "string" {
			t.Errorf("-%s shows its value as %q in -h: a usage must not quote with backquotes", fl.Name, name)
		}
	})
	for key := range settingHelp {
		if !keys[key] {
			t.Errorf("settingHelp names %q, which is no setting", key)
		}
	}
}
