package web

import (
	"context"
	"io"
	"net/http"
	"strings"
	"time"
)

// opsRoutes registers health, readiness and metrics (for loopback clients
// or the bearer of Config.MetricsToken: see metricsAllowed).
// They are answered at the root too, where probes reach the process.
func (s *Server) opsRoutes(mux router) {
	mux.handleRoot("GET /healthz", s.handle("healthz", s.healthz))
	mux.handleRoot("GET /readyz", s.handle("readyz", s.readyz))
	metricsHandler := s.metrics.Handler()
	mux.handleRoot("GET /metrics", s.handle("metrics", func(w http.ResponseWriter, r *http.Request) error {
		if !s.metricsAllowed(r) {
			return errMetricsForbidden
		}
		metricsHandler.ServeHTTP(w, r)
		return nil
	}))
}

// healthz is liveness: 200 "ok" when the database answers within two
// seconds, 503 otherwise.
func (s *Server) healthz(w http.ResponseWriter, r *http.Request) error {
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	if _, err := s.st.ContentVersion(ctx); err != nil {
		return &httpError{status: http.StatusServiceUnavailable, msg: "database unreachable", err: err}
	}
	return plain(w, "ok\n")
}

// readyz is readiness, for load balancers: 200 "ready" when the database
// answers within two seconds and has every migration this binary knows,
// and the server is not draining; 503 with the reason otherwise.
func (s *Server) readyz(w http.ResponseWriter, r *http.Request) error {
	if s.draining.Load() {
		return &httpError{status: http.StatusServiceUnavailable, msg: "not ready: shutting down"}
	}
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	pending, err := s.st.PendingMigrations(ctx)
	if err != nil {
		return &httpError{status: http.StatusServiceUnavailable, msg: "not ready: database unreachable or not migrated", err: err}
	}
	if len(pending) > 0 {
		return &httpError{status: http.StatusServiceUnavailable,
			msg: "not ready: migrations not applied: " + strings.Join(pending, ", ") + " (run 'bantin migrate')"}
	}
	return plain(w, "ready\n")
}

// plain writes an uncacheable text/plain 200 answer.
func plain(w http.ResponseWriter, body string) error {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	_, err := io.WriteString(w, body)
	return err
}

// Drain makes /readyz answer 503 from now on, so that load balancers stop
// sending traffic to a process that is shutting down.
func (s *Server) Drain() { s.draining.Store(true) }

// Draining reports whether Drain was called.
func (s *Server) Draining() bool { return s.draining.Load() }
