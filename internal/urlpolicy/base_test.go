package urlpolicy

import "testing"

func TestBasePath(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		ok       bool
	}{
		{"https://bantin.example", "", true},
		{"https://bantin.example/", "", true},
		{"http://127.0.0.1:8080", "", true},
		{"https://example.org/tin", "/tin", true},
		{"https://example.org/tin/", "/tin", true},
		{"https://example.org/a/b-c_d.e~f/", "/a/b-c_d.e~f", true},
		{"https://example.org/tin?x=1", "", false},
		{"https://example.org/tin?", "", false},
		{"https://example.org/tin#top", "", false},
		{"https://u:p@example.org/tin", "", false},
		{"https://example.org/tin tức", "", false},
		{"https://example.org/tin%20t", "", false},
		{"https://example.org/tin{x}", "", false},
		{"https://example.org//tin", "", false},
		{"https://example.org/a/../tin", "", false},
		{"https://example.org/./tin", "", false},
		{"https://example.org/tín", "", false},
		{"ftp://example.org/tin", "", false},
		{"example.org/tin", "", false},
		{"/tin", "", false},
	} {
		got, err := BasePath(tc.in)
		if got != tc.want || (err == nil) != tc.ok {
			t.Errorf("BasePath(%q) = %q, %v; want %q, ok %v", tc.in, got, err, tc.want, tc.ok)
		}
	}
}
