package config

import (
	"fmt"
	"net/url"
	"reflect"
	"strings"
)

// flagUsage is the help text of a setting's flag: what it does
// (settingHelp), its variable and its built-in default.
func flagUsage(key, def string) string {
	what, ok := settingHelp[key]
	if !ok {
		what = strings.ReplaceAll(key, "_", " ")
	}
	return fmt.Sprintf("%s (env BANTIN_%s, default %q)", what, strings.ToUpper(key), def)
}

// Explain rewrites the help text of every setting's flag to add the value
// the command would run with and where it comes from, when that is not the
// built-in default: the config file, a BANTIN_ variable (or its _FILE), a
// flag given before -h, or, for the base URL, the listen address (for the
// sender, the base URL). So
// `bantin serve -h` on a configured machine says what it would do there.
// Secrets are never shown: a URL's password and query are masked, a key is
// only said to be set. It returns the load error when a setting does not
// load (what loaded before it is shown), else nil.
func (f *Flags) Explain(env func(string) string) error {
	c, origin, err := load(env, f)
	def := Default()
	defaults := map[string]string{}
	forEachField(&def, func(key string, v reflect.Value) { defaults[key] = format(v) })
	forEachField(&c, func(key string, v reflect.Value) {
		fl := f.fs.Lookup(strings.ReplaceAll(key, "_", "-"))
		if fl == nil {
			return
		}
		fl.Usage = flagUsage(key, defaults[key])
		if from, ok := origin[key]; ok {
			fl.Usage += fmt.Sprintf("; now %s (from %s)", shown(key, format(v)), from)
		} else if key == "mail_from" && c.Sender() != def.Sender() {
			fl.Usage += fmt.Sprintf("; now %q (from the base URL)", c.Sender())
		}
	})
	return err
}

// shown is a setting's value as help may print it: quoted, with secrets
// hidden. A secret URL shows without its password and query; a secret
// setting that is not such a URL (a keyword DSN, "smtp:user:pass@host")
// shows as set only: -h runs before validation refuses such values.
func shown(key, val string) string {
	switch {
	case !secretKeys[key] || val == "":
		return fmt.Sprintf("%q", val)
	case key == "secret" || key == "metrics_token":
		return "set (hidden)"
	}
	u, err := url.Parse(val)
	if err != nil || u.Scheme == "" || u.Opaque != "" && u.Scheme != "sqlite" {
		return "set (hidden)" // not a URL whose password and query can be cut out
	}
	if _, ok := u.User.Password(); ok {
		u.User = url.UserPassword(u.User.Username(), "xxxxx")
	}
	if u.RawQuery != "" {
		u.RawQuery = "…"
	}
	return fmt.Sprintf("%q", u.String())
}
