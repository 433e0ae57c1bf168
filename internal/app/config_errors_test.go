package app

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBadConfigurationExitsTwo: a bad value of any setting is bad usage:
// every command exits 2 with a message naming the variable, and creates
// nothing.
func TestBadConfigurationExitsTwo(t *testing.T) {
	dir := t.TempDir()
	db := "sqlite:" + filepath.Join(dir, "b.db")
	missing := filepath.Join(dir, "nonexistent", "dir")
	tests := []struct {
		env  map[string]string
		name string
	}{
		{map[string]string{"BANTIN_LOG_LEVEL": "loud"}, "BANTIN_LOG_LEVEL"},
		{map[string]string{"BANTIN_LOG_FORMAT": "xml"}, "BANTIN_LOG_FORMAT"},
		{map[string]string{"BANTIN_FETCH_TIMEOUT": "-5s"}, "BANTIN_FETCH_TIMEOUT"},
		{map[string]string{"BANTIN_FETCH_TIMEOUT": "soon"}, "BANTIN_FETCH_TIMEOUT"},
		{map[string]string{"BANTIN_FETCH_WORKERS": "0"}, "BANTIN_FETCH_WORKERS"},
		{map[string]string{"BANTIN_TIMEZONE": "Mars/Base"}, "BANTIN_TIMEZONE"},
		{map[string]string{"BANTIN_DATABASE_URL": "mysql://x"}, "BANTIN_DATABASE_URL"},
		{map[string]string{"BANTIN_DATABASE_URL": "sqlite:" + filepath.Join(missing, "x.db")}, "BANTIN_DATABASE_URL"},
		{map[string]string{"BANTIN_BASE_URL": "ftp://x"}, "BANTIN_BASE_URL"},
		{map[string]string{"BANTIN_BASE_URL": "https://example.org/tin?x=1"}, "BANTIN_BASE_URL"},
		{map[string]string{"BANTIN_BASE_URL": "https://example.org/tin tức"}, "BANTIN_BASE_URL"},
		{map[string]string{"BANTIN_TRUSTED_PROXIES": "10.0.0.0/8;proxy"}, "BANTIN_TRUSTED_PROXIES"},
		{map[string]string{"BANTIN_LISTEN": "8080"}, "BANTIN_LISTEN"},
		{map[string]string{"BANTIN_READ_TIMEOUT": "-1s"}, "BANTIN_READ_TIMEOUT"},
		{map[string]string{"BANTIN_WRITE_TIMEOUT": "0s"}, "BANTIN_WRITE_TIMEOUT"},
		{map[string]string{"BANTIN_MAX_ITEMS_PER_FEED": "0"}, "BANTIN_MAX_ITEMS_PER_FEED"},
		{map[string]string{"BANTIN_MAX_CONTENT_BYTES": "100"}, "BANTIN_MAX_CONTENT_BYTES"},
		{map[string]string{"BANTIN_PARSE_MEMORY_BYTES": "1"}, "BANTIN_PARSE_MEMORY_BYTES"},
		{map[string]string{"BANTIN_JOB_MEMORY_BYTES": "1048576"}, "BANTIN_JOB_MEMORY_BYTES"},
		{map[string]string{"BANTIN_MAX_BODY_BYTES": "-1"}, "BANTIN_MAX_BODY_BYTES"},
	}
	for _, tt := range tests {
		for _, args := range [][]string{{"sources", "list"}, {"migrate"}, {"fetch", "--all"}, {"classify", "Tin Hà Nội"}} {
			env := map[string]string{"BANTIN_DATABASE_URL": db, "BANTIN_DEFAULT_SOURCES": "false"}
			for k, v := range tt.env {
				env[k] = v
			}
			var out, errOut bytes.Buffer
			code := Run(context.Background(), args, IO{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut,
				Getenv: func(k string) string { return env[k] }})
			if code != 2 || !strings.Contains(errOut.String(), tt.name) {
				t.Errorf("%v with %v: exit %d, stderr %q; want 2 naming %s", args, tt.env, code, errOut.String(), tt.name)
			}
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "nonexistent")); !os.IsNotExist(err) {
		t.Errorf("the missing database folder was created (%v)", err)
	}
}
