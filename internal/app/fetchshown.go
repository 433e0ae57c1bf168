package app

import (
	"errors"

	"bantin/internal/ingest"
	"bantin/internal/pipeline"
	"bantin/internal/urlpolicy"
)

// shownErrText is the text 'bantin fetch' prints of err, the fetch error of
// the source at srcURL: pipeline.ErrText's, with the feeds a web page names
// shown as source URLs are (without user info or secret query parameters)
// and every secret of srcURL replaced by "…". The output often ends in a
// cron mail, and a page may link its feeds with the reader's key;
// 'bantin sources list' shows them whole.
func shownErrText(red *urlpolicy.Redactor, srcURL string, err error) string {
	text := pipeline.ErrText(err)
	if page, ok := errors.AsType[*ingest.WebPageError](err); ok {
		text = red.RedactIn(text, page.Feeds)
	}
	return red.Scrub(text, srcURL)
}

// shownResultErr is the error text 'bantin fetch' prints of r, the fetch of
// the source at srcURL: shownErrText's for a failure; for a fetch stopped
// by the interrupt, the error's own words ("Get …: context canceled", which
// net/http writes with the whole URL but its password) with every secret
// of srcURL replaced by "…"; "" without an error.
func shownResultErr(red *urlpolicy.Redactor, srcURL string, r pipeline.SourceResult) string {
	switch {
	case r.Err == nil:
		return ""
	case r.Interrupted:
		return red.Scrub(r.Err.Error(), srcURL)
	}
	return shownErrText(red, srcURL, r.Err)
}
