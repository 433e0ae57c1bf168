package web

import (
	"bytes"
	"cmp"
	"context"
	"net/http"
	"slices"
	"sync"
	"time"

	"bantin/internal/model"
)

// healthTTL is how long the failing-sources figures of the notice are
// trusted.
const healthTTL = 30 * time.Second

// healthMemo keeps the last source counts by state. It is safe for
// concurrent use.
type healthMemo struct {
	mu             sync.Mutex
	at             time.Time
	failing, total int
}

// get returns the failing and total source counts, re-read with read when
// older than healthTTL; a failed read keeps the last figures (zero at
// first) for another healthTTL.
func (h *healthMemo) get(ctx context.Context, now time.Time, read func(context.Context) (map[string]int, error)) (failing, total int) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if !h.at.IsZero() && now.Sub(h.at) < healthTTL && !now.Before(h.at) {
		return h.failing, h.total
	}
	h.at = now
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	stats, err := read(ctx)
	if err != nil {
		return h.failing, h.total
	}
	h.failing, h.total = stats["failing"], 0
	for _, n := range stats {
		h.total += n
	}
	return h.failing, h.total
}

// sourceView is one source as the status page shows it.
type sourceView struct {
	Name, URL, State, LastFetch, LastError string
	NextFetch                              string   // when a failing source is read again
	ErrorKind                              string   // LastError's kind, in Vietnamese
	Feeds                                  []string // a web page's feeds, the URLs to give instead
	Status, Failures                       int
}

// statusData is what sources.html receives.
type statusData struct {
	pageData
	List []sourceView
}

// sourcesPage is the status view the failing-sources notice links to:
// every source with its state, last fetch, consecutive failures and last
// error, failing ones first. It is never cached: fetch failures do not
// change the content version.
func (s *Server) sourcesPage(w http.ResponseWriter, r *http.Request) error {
	srcs, err := s.st.Sources(r.Context())
	if err != nil {
		return err
	}
	d := statusData{pageData: pageData{Title: "Tình trạng nguồn tin – Bản tin", Heading: "Tình trạng nguồn tin",
		Description: "Các báo Bản tin đọc tin và lần đọc gần nhất.", OPML: s.absURL("/opml"), Subscribe: s.subscribePath()}}
	rank := map[string]int{"failing": 0, "partial": 1, "new": 2, "ok": 3, "retired": 4}
	for i := range srcs {
		v := s.sourceView(&srcs[i])
		if v.State == "failing" {
			d.Failing++
		}
		d.List = append(d.List, v)
	}
	d.Sources = len(d.List)
	slices.SortStableFunc(d.List, func(a, b sourceView) int { return cmp.Compare(rank[a.State], rank[b.State]) })
	var buf bytes.Buffer
	if err := s.pages.ExecuteTemplate(&buf, "sources.html", d); err != nil {
		return err
	}
	// Revalidated on every visit (no-cache): a strong ETag makes an
	// unchanged page a 304.
	s.writeEntry(w, r, newEntry(buf.Bytes(), "text/html; charset=utf-8", time.Time{}, false), s.hdr.noCache)
	return nil
}

func (s *Server) sourceView(src *model.Source) sourceView {
	// The page is public: the feed URL and its error lose their credentials,
	// and so do the feeds a web page's error names (their keys may not be
	// the source's).
	lastError := s.redact.Scrub(s.redact.RedactIn(src.LastError, src.LastErrorFeeds), src.URL)
	v := sourceView{URL: s.redact.Redact(src.URL), Status: src.LastStatus, Failures: src.ConsecutiveFailures,
		LastError: shorten(lastError, 300), ErrorKind: sourceErrorKind(src.LastErrorKind)}
	for _, f := range src.LastErrorFeeds { // the page's links may carry the source's key
		if f = s.redact.Scrub(s.redact.Redact(f), src.URL); f != "" {
			v.Feeds = append(v.Feeds, shorten(f, 300))
		}
	}
	v.Name = sourceName(src.Name, v.URL)
	switch {
	case src.Retired():
		v.State = "retired"
	case src.LastFetchedAt.IsZero():
		v.State = "new"
	case src.ConsecutiveFailures > 0:
		v.State = "failing"
	case src.LastError != "": // read, but only up to a break in its XML
		v.State = "partial"
	default:
		v.State = "ok"
	}
	if !src.LastFetchedAt.IsZero() {
		v.LastFetch = src.LastFetchedAt.In(s.cfg.TimeZone).Format("15:04, 02/01/2006")
	}
	if v.State == "failing" && !src.NextFetchAt.IsZero() {
		v.NextFetch = src.NextFetchAt.In(s.cfg.TimeZone).Format("15:04, 02/01/2006")
	}
	return v
}
