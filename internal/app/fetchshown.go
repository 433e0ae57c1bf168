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
