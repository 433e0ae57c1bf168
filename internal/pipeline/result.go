package pipeline

import (
	"time"

	"bantin/internal/metrics"
	"bantin/internal/model"
)

// SourceResult is what one fetch of one source did.
type SourceResult struct {
	Status      int
	NotModified bool
	Err         error // fetch, parse or store error; nil on success
	// Interrupted: the fetch was cut short (shutdown, or its lease window
	// ended) and its lease released; nothing was recorded on the source,
	// which is due again at once. Err holds the cause.
	Interrupted bool
	// Removed: the source was removed (bantin sources remove) while it
	// was fetched; nothing was stored and nothing is due. Err says so.
	Removed bool
	New     int
	Updated int
	Skipped int // unchanged items
	// Deferred: new or changed items over Options.MaxItems, left for the
	// next fetch (which gets the whole feed again).
	Deferred int
	Duration time.Duration
	Failures int // consecutive failures recorded on the source
	// MovedTo is the source's new URL when this fetch followed permanent
	// redirects and stored it in place of the old one; "" otherwise.
	MovedTo     string
	NextFetchAt time.Time // when the source is due again
	// Retired: the feed answered 410 Gone and the source is retired (no
	// longer fetched until added again).
	Retired bool
}

// outcome names r for metrics and logs.
func (r SourceResult) outcome() string {
	switch {
	case r.Interrupted, r.Removed:
		return metrics.FetchInterrupted
	case r.Err != nil:
		return metrics.FetchFailed
	case r.NotModified:
		return metrics.FetchNotModified
	}
	return metrics.FetchOK
}

// Summary adds up one pass.
type Summary struct {
	Sources, Fetched, NotModified, Failed, Interrupted, New, Updated int
	// Removed counts the sources removed during their fetch.
	Removed int
	// FailedSources are the sources whose fetch failed, in the order they
	// finished.
	FailedSources []FailedSource
	Duration      time.Duration
}

// FailedSource is one failed fetch of a pass.
type FailedSource struct {
	ID    int64
	URL   string
	Error string // as ErrText describes it
	Err   error  // the error itself, for errors.Is
}

// add counts r in s.
func (s *Summary) add(src model.Source, r SourceResult) {
	s.Sources++
	switch {
	case r.Removed:
		s.Removed++
	case r.Interrupted:
		s.Interrupted++
	case r.Err != nil:
		s.Failed++
		s.FailedSources = append(s.FailedSources, FailedSource{ID: src.ID, URL: src.URL, Error: ErrText(r.Err), Err: r.Err})
	case r.NotModified:
		s.NotModified++
	default:
		s.Fetched++
	}
	s.New += r.New
	s.Updated += r.Updated
}
