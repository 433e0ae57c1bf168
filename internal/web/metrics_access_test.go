package web

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"bantin/internal/store/storetest"
)

// TestMetricsAccess: /metrics answers loopback clients that no proxy
// relayed, and anyone with the configured bearer token; everyone else gets
// 403 and no metrics.
func TestMetricsAccess(t *testing.T) {
	st := storetest.OpenSQLite(t)
	const token = "0123456789abcdef-metrics"
	open := newFixture(t, st, Config{})
	withToken := newFixture(t, storetest.OpenSQLite(t), Config{MetricsToken: token})
	tests := []struct {
		name   string
		f      *fixture
		remote string
		header [2]string
		want   int
	}{
		{"loopback v4", open, "127.0.0.1:5000", [2]string{}, http.StatusOK},
		{"loopback v6", open, "[::1]:5000", [2]string{}, http.StatusOK},
		{"loopback mapped", open, "[::ffff:127.0.0.1]:5000", [2]string{}, http.StatusOK},
		{"remote", open, "203.0.113.5:5000", [2]string{}, http.StatusForbidden},
		{"private network", open, "10.0.0.7:5000", [2]string{}, http.StatusForbidden},
		{"relayed by a local proxy", open, "127.0.0.1:5000", [2]string{"X-Forwarded-For", "198.51.100.9"}, http.StatusForbidden},
		{"relayed, Forwarded", open, "127.0.0.1:5000", [2]string{"Forwarded", "for=198.51.100.9"}, http.StatusForbidden},
		{"a token when none is configured", open, "203.0.113.5:5000", [2]string{"Authorization", "Bearer " + token}, http.StatusForbidden},
		{"remote with the token", withToken, "203.0.113.5:5000", [2]string{"Authorization", "Bearer " + token}, http.StatusOK},
		{"relayed with the token", withToken, "127.0.0.1:5000", [2]string{"Authorization", "Bearer " + token}, http.StatusOK},
		{"remote with a wrong token", withToken, "203.0.113.5:5000", [2]string{"Authorization", "Bearer " + token + "x"}, http.StatusForbidden},
		{"remote with a basic header", withToken, "203.0.113.5:5000", [2]string{"Authorization", "Basic " + token}, http.StatusForbidden},
		{"loopback, token configured", withToken, "127.0.0.1:5000", [2]string{}, http.StatusOK},
	}
	for _, tt := range tests {
		r := httptest.NewRequest(http.MethodGet, "/metrics", nil)
		r.RemoteAddr = tt.remote
		if tt.header[0] != "" {
			r.Header.Set(tt.header[0], tt.header[1])
		}
		w := httptest.NewRecorder()
		tt.f.srv.Handler().ServeHTTP(w, r)
		if w.Code != tt.want {
			t.Errorf("%s: %d, want %d", tt.name, w.Code, tt.want)
		}
		if hasMetrics := strings.Contains(w.Body.String(), "bantin_build_info"); hasMetrics != (tt.want == http.StatusOK) {
			t.Errorf("%s: metrics in the body %v, want %v: %.80q", tt.name, hasMetrics, tt.want == http.StatusOK, w.Body.String())
		}
	}
}
