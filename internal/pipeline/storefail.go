package pipeline

import (
	"context"
	"errors"
	"fmt"
	"time"

	"bantin/internal/ingest"
	"bantin/internal/model"
)

// storeFailed describes a failed store of a fetched feed for the source's
// last error: a permanent redirect onto another source's URL names that URL
// and, when it can be read, that source's id (the operator removes one of
// the two), and leaves out the store's wording of the conflict, which
// errors.Is still finds.
func (p *Pipeline) storeFailed(ctx context.Context, err error, movedTo string) error {
	if movedTo == "" || !errors.Is(err, model.ErrConflict) {
		return err
	}
	other := "another source"
	if o, lerr := p.o.Store.SourceByURL(ctx, movedTo); lerr == nil {
		other = fmt.Sprintf("source %d", o.ID)
	}
	return movedOntoError{fmt.Sprintf("moved permanently to %s, the URL of %s: remove one of the two", movedTo, other), err}
}

// movedOntoError is a store's conflict of a permanent redirect onto
// another source's URL (model.KindMovedOnto): its message is msg alone,
// wrapping err.
type movedOntoError struct {
	msg string
	err error
}

func (e movedOntoError) Error() string { return e.msg }
func (e movedOntoError) Unwrap() error { return e.err }

// storeFailureKind is the recorded kind of serr, the error of storing a
// fetched feed: KindMovedOnto for a permanent redirect onto another
// source's URL, else KindStore — never a fetch's kind read off its wrapped
// values, so a database that refuses its connection is not shown as the
// newspaper's server refusing one.
func storeFailureKind(serr error) model.FetchErrorKind {
	if _, ok := errors.AsType[movedOntoError](serr); ok {
		return model.KindMovedOnto
	}
	return model.KindStore
}

// recordStoreFailure records a fetch whose feed could not be stored (serr)
// as a failure of src, like a fetch failure: its last error, one more
// consecutive failure, the backoff, the old URL and validators (so that the
// next fetch gets the whole feed again), and the lease released. It
// returns the failed result; when even that cannot be written it logs,
// releases the lease and returns the source's unchanged bookkeeping.
func (p *Pipeline) recordStoreFailure(ctx context.Context, src model.Source, resp ingest.Response, serr error, start time.Time) SourceResult {
	resp.MovedTo, resp.Gone = "", false
	out := p.o.Policy.Next(src, resp, serr, p.o.Now())
	out.ErrorKind = storeFailureKind(serr)
	res := SourceResult{Status: resp.Status, Err: serr, Failures: out.ConsecutiveFailures, NextFetchAt: out.NextFetchAt}
	if _, err := p.o.Store.SaveFetch(ctx, fetchOutcome(src.ID, p.o.Owner, start, out), nil); err != nil {
		p.o.Log.Warn("recording a failed store failed; releasing the source", "source_id", src.ID,
			"store_error", serr, "error", err)
		p.interrupted(src, start, resp.Status, err)
		res.Failures, res.NextFetchAt = src.ConsecutiveFailures, src.NextFetchAt
	}
	return res
}
