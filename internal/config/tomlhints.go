package config

import (
	"fmt"
	"strings"
)

// tomlSyntaxError is the error of a TOML syntax error err on line of the
// file path (b): err's text with the quoting note when the line gives a key
// a bare value, the usual slip (fetch_interval = 20m, listen =
// 127.0.0.1:9000), quoting that line's value. On a line that sets a secret
// (secretKeys: smtp_url = smtp://user:password@…) neither the value nor
// the parser's text, which quotes what it found, is shown: an error reaches
// terminals and logs.
func tomlSyntaxError(path string, b []byte, line int, err error) error {
	key, val, bare := tomlLine(b, line)
	norm := strings.TrimPrefix(strings.ReplaceAll(strings.ToLower(strings.Trim(key, `"'`)), "-", "_"), "bantin_")
	if secretKeys[norm] {
		hint := ""
		if bare {
			hint = fmt.Sprintf(" (in TOML every value but a number or true/false is quoted: %s = \"…\")", key)
		}
		return &hiddenError{msg: fmt.Sprintf("config file %s: toml: line %d: the value of %s does not parse (not shown: a secret)%s",
			path, line, key, hint), err: err}
	}
	if bare {
		return fmt.Errorf("config file %s: %w (in TOML every value but a number or true/false is quoted: %s = %q)", path, err, key, val)
	}
	return fmt.Errorf("config file %s: %w", path, err)
}

// tomlLine returns the key and value of line (from 1) of b, a TOML file,
// its comment aside, and whether the value is bare (not quoted, no array
// or table); "", "", false for a line that gives no key a value, a table
// header or a line out of range.
func tomlLine(b []byte, line int) (key, val string, bare bool) {
	lines := strings.Split(string(b), "\n")
	if line < 1 || line > len(lines) {
		return "", "", false
	}
	key, val, ok := strings.Cut(lines[line-1], "=")
	key, val = strings.TrimSpace(key), strings.TrimSpace(val)
	if i := strings.Index(val, " #"); i >= 0 {
		val = strings.TrimSpace(val[:i])
	}
	if !ok || key == "" || strings.HasPrefix(key, "[") {
		return "", "", false
	}
	return key, val, val != "" && !strings.ContainsAny(val[:1], "\"'[{")
}

// hiddenError is an error whose text is msg alone, wrapping err, whose
// own text would show a secret.
type hiddenError struct {
	msg string
	err error
}

func (e *hiddenError) Error() string { return e.msg }
func (e *hiddenError) Unwrap() error { return e.err }

// keyHint returns a note for an unknown config file key k with value v: the
// key meant when k is a setting written as its variable
// (BANTIN_FETCH_INTERVAL), with dashes or in capitals; that settings are
// top-level keys when k is a table or mapping ([bantin]); that the _FILE
// forms are variables when k is one (smtp_url_file); else "".
func keyHint(k string, v any, known map[string]bool) string {
	norm := strings.ReplaceAll(strings.ToLower(k), "-", "_")
	norm = strings.TrimPrefix(norm, "bantin_")
	switch {
	case known[norm]:
		return fmt.Sprintf(" (did you mean %s? keys are the variables' names in lower case without BANTIN_)", norm)
	case known[strings.TrimSuffix(norm, "_file")] && secretKeys[strings.TrimSuffix(norm, "_file")]:
		return fmt.Sprintf(" (a secret's file is named by the variable BANTIN_%s, not in the config file)", strings.ToUpper(norm))
	}
	if _, ok := v.(map[string]any); ok {
		return " (settings are top-level keys, not under a table or section)"
	}
	return ""
}
