package config

import (
	"errors"
	"flag"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"gopkg.in/yaml.v3"
)

// secretKeys may also be read from a file named by NAME_FILE.
var secretKeys = map[string]bool{"secret": true, "smtp_url": true, "database_url": true, "metrics_token": true}

// Flags registers every setting as a --flag on a command's FlagSet, plus
// --config, and applies those the user set after parsing.
type Flags struct {
	file   *string
	values map[string]*string
	fs     *flag.FlagSet
}

// RegisterFlags adds --config and one flag per setting (named after the file
// key with dashes: --database-url, --listen, …) to fs.
func RegisterFlags(fs *flag.FlagSet) *Flags {
	f := &Flags{fs: fs, values: map[string]*string{}}
	f.file = fs.String("config", "", "configuration file (TOML or YAML)")
	def := Default()
	forEachField(&def, func(key string, v reflect.Value) {
		name := strings.ReplaceAll(key, "_", "-")
		f.values[key] = fs.String(name, "", flagUsage(key, format(v)))
	})
	return f
}

// Load builds the Config: defaults, then the file (from --config or
// BANTIN_CONFIG), then BANTIN_* variables from env (and NAME_FILE for
// secrets), then flags the user set. f may be nil. It returns an error that
// names the setting and the source (file, variable or flag) at fault; the
// result is not yet validated.
func Load(env func(string) string, f *Flags) (Config, error) {
	c, _, err := load(env, f)
	return c, err
}

// LoadOrigins is Load that also returns where each setting not left at its
// default came from, for ValidateFrom.
func LoadOrigins(env func(string) string, f *Flags) (Config, map[string]string, error) {
	return load(env, f)
}

// load is Load that also returns where each setting not left at its default
// came from, by file key: "file PATH", "BANTIN_X", "BANTIN_X_FILE", "--flag"
// (see Flags.Explain).
func load(env func(string) string, f *Flags) (Config, map[string]string, error) {
	c, origin := Default(), map[string]string{}
	file := env("BANTIN_CONFIG")
	if f != nil && *f.file != "" {
		file = *f.file
	}
	if file != "" {
		if err := loadFile(&c, file, origin); err != nil {
			return c, origin, err
		}
	}
	if err := loadEnv(&c, env, origin); err != nil || f == nil {
		return c, origin, err
	}
	if err := f.apply(&c, origin); err != nil {
		return c, origin, err
	}
	if b := baseURLFollowingListen(c); b != c.BaseURL {
		c.BaseURL, origin["base_url"] = b, "the listen address"
	}
	return c, origin, nil
}

// loadEnv reads the BANTIN_* variables of env over c (NAME_FILE for an
// unset secret), noting each setting it sets in origin. It returns the
// first variable that does not load, named.
func loadEnv(c *Config, env func(string) string, origin map[string]string) error {
	var err error
	forEachField(c, func(key string, v reflect.Value) {
		name := "BANTIN_" + strings.ToUpper(key)
		val, from := env(name), name
		if val == "" && secretKeys[key] && env(name+"_FILE") != "" {
			b, rerr := os.ReadFile(env(name + "_FILE"))
			if rerr != nil && err == nil {
				err = fmt.Errorf("%s_FILE: %w", name, rerr)
			}
			val, from = strings.TrimSpace(string(b)), name+"_FILE"
		}
		if val != "" && err == nil {
			if serr := set(v, val); serr != nil {
				err = fmt.Errorf("%s=%q: %w", from, val, serr)
			}
			origin[key] = from
		}
	})
	return err
}

// apply sets over c the settings the user gave as flags, noting each in
// origin. It returns the first flag that does not load, named.
func (f *Flags) apply(c *Config, origin map[string]string) error {
	var err error
	f.fs.Visit(func(fl *flag.Flag) {
		ptr, ok := f.values[strings.ReplaceAll(fl.Name, "-", "_")]
		if !ok || err != nil {
			return
		}
		forEachField(c, func(key string, v reflect.Value) {
			if f.values[key] == ptr {
				if serr := set(v, *ptr); serr != nil {
					err = fmt.Errorf("--%s=%q: %w", fl.Name, *ptr, serr)
				}
				origin[key] = "--" + fl.Name
			}
		})
	})
	return err
}

// baseURLFollowingListen returns c's base URL, except that a base URL left
// at its default follows a listen address set elsewhere: `--listen
// 127.0.0.1:9000` alone gives pages, feeds and mail links on port 9000, not
// on the default's 8080. A wildcard host (":9000", "0.0.0.0:9000", "[::]:9000")
// becomes 127.0.0.1; port 0 (any free port) and an address that does not
// parse leave the default.
func baseURLFollowingListen(c Config) string {
	def := Default()
	if c.BaseURL != def.BaseURL || c.Listen == def.Listen {
		return c.BaseURL
	}
	host, port, err := net.SplitHostPort(c.Listen)
	if err != nil || port == "" || port == "0" {
		return c.BaseURL
	}
	if ip := net.ParseIP(host); host == "" || (ip != nil && ip.IsUnspecified()) {
		host = "127.0.0.1"
	}
	return "http://" + net.JoinHostPort(host, port)
}

// loadFile reads a TOML (.toml) or YAML (.yaml, .yml) file over c, noting
// each key it sets in origin. Durations are written as strings ("15m").
func loadFile(c *Config, path string, origin map[string]string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("config file: %w", err)
	}
	raw := map[string]any{}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".toml":
		err = toml.Unmarshal(b, &raw)
	case ".yaml", ".yml":
		err = yaml.Unmarshal(b, &raw)
	default:
		return fmt.Errorf("config file %s: want a .toml, .yaml or .yml file", path)
	}
	if pe := (toml.ParseError{}); errors.As(err, &pe) {
		return tomlSyntaxError(path, b, pe.Position.Line, err)
	}
	if err != nil {
		return fmt.Errorf("config file %s: %w", path, err)
	}
	known := map[string]bool{}
	forEachField(c, func(key string, v reflect.Value) {
		known[key] = true
		if val, ok := raw[key]; ok && err == nil {
			if serr := set(v, fmt.Sprint(val)); serr != nil {
				err = fmt.Errorf("config file %s: %s: %w", path, key, serr)
			}
			origin[key] = "file " + path
		}
	})
	for k := range raw {
		if !known[k] && err == nil {
			err = fmt.Errorf("config file %s: unknown setting %q%s", path, k, keyHint(k, raw[k], known))
		}
	}
	return err
}

// forEachField calls fn with the file key and settable value of each field.
func forEachField(c *Config, fn func(key string, v reflect.Value)) {
	v := reflect.ValueOf(c).Elem()
	t := v.Type()
	for i := range t.NumField() {
		fn(t.Field(i).Tag.Get("toml"), v.Field(i))
	}
}

func set(v reflect.Value, s string) error {
	switch v.Interface().(type) {
	case string:
		v.SetString(s)
	case bool:
		b, err := strconv.ParseBool(s)
		if err != nil {
			return fmt.Errorf("want true or false")
		}
		v.SetBool(b)
	case time.Duration:
		d, err := time.ParseDuration(s)
		if err != nil {
			if _, nerr := strconv.ParseUint(s, 10, 64); nerr == nil { // a bare number: its unit left out
				return fmt.Errorf("want a duration such as 15m or 24h, with its unit (%ss? %sm?)", s, s)
			}
			return fmt.Errorf("want a duration such as 15m or 24h")
		}
		v.SetInt(int64(d))
	case int, int64:
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return fmt.Errorf("want a whole number%s", sizeGuess(s))
		}
		v.SetInt(n)
	}
	return nil
}

// sizeGuess returns a note for a size written with a unit (20MB, 64 MiB,
// 1.5G), where the byte settings take a whole number of bytes: the number
// of bytes it means, read as binary units (MiB), which "MB" often means;
// "" for anything else.
func sizeGuess(s string) string {
	t := strings.ToUpper(strings.TrimSpace(s))
	t = strings.TrimSuffix(strings.TrimSuffix(t, "B"), "I")
	shift := map[byte]uint{'K': 10, 'M': 20, 'G': 30}
	if t == "" {
		return ""
	}
	sh, ok := shift[t[len(t)-1]]
	if !ok {
		return ""
	}
	f, err := strconv.ParseFloat(strings.TrimSpace(t[:len(t)-1]), 64)
	if err != nil || !(f > 0 && f <= 1<<20) { // NaN as well
		return ""
	}
	unit := map[uint]string{10: "KiB", 20: "MiB", 30: "GiB"}[sh]
	return fmt.Sprintf(" of bytes (%s %s is %d)", strconv.FormatFloat(f, 'f', -1, 64), unit, int64(f*float64(int64(1)<<sh)))
}

// format writes a setting's value as a user would type it: durations
// without zero units ("24h", "15m", "1m15s"), the rest as fmt prints them.
func format(v reflect.Value) string {
	if d, ok := v.Interface().(time.Duration); ok {
		return ShortDuration(d)
	}
	return fmt.Sprint(v.Interface())
}

// ShortDuration writes d as time.Duration.String does, without trailing
// zero units: 24h0m0s is "24h", 15m0s "15m"; 1m15s and 0s are unchanged.
func ShortDuration(d time.Duration) string {
	s := d.String()
	if t, ok := strings.CutSuffix(s, "m0s"); ok {
		s = t + "m"
	}
	if t, ok := strings.CutSuffix(s, "h0m"); ok {
		s = t + "h"
	}
	return s
}
