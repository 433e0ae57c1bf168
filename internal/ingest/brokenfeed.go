package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"

	"github.com/mmcdole/gofeed"

	"bantin/internal/model"
)

// A feed whose XML breaks after complete items (a truncated or corrupted
// upstream document) yields those items: parseGofeed parses it again up to
// the last one, and the source records a BrokenFeedNote.

// parseGofeed runs gofeed over UTF-8 body. When the XML breaks after some
// complete items (a truncated or corrupted feed), it parses again up to the
// last complete item and reports partial; otherwise it returns gofeed's
// error ("not an RSS, Atom or JSON feed" when the type is unknown).
func parseGofeed(body []byte) (gf *gofeed.Feed, broke, err error) {
	gf, err = newGofeed().Parse(bytes.NewReader(body))
	if err == nil {
		return gf, nil, nil
	}
	if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
		return nil, nil, errNotAFeed
	}
	if cut := closeAfterLastItem(body); cut != nil {
		if gf, err2 := newGofeed().Parse(bytes.NewReader(cut)); err2 == nil && len(gf.Items) > 0 {
			return gf, err, nil
		}
	}
	return nil, nil, err
}

// BrokenFeedPrefix starts the note a source records when its feed breaks
// after some items (BrokenFeedNote).
const BrokenFeedPrefix = "broken feed: "

// maxBreakText caps the parser's error text in a BrokenFeedNote.
const maxBreakText = 200

// BrokenFeedNote is what a source records when its feed's XML broke after
// n complete items (broke is the parser's error): the fetch succeeded with
// those items, but the items after the break, if any, are lost until the
// upstream mends its feed. It starts with BrokenFeedPrefix.
func BrokenFeedNote(n int, broke error) string {
	why := []rune(broke.Error())
	if len(why) > maxBreakText {
		why = append(why[:maxBreakText-1], '…')
	}
	items := "items"
	if n == 1 {
		items = "item"
	}
	return fmt.Sprintf("%sread %d %s, then the XML breaks (%s); later items are lost until it is mended", BrokenFeedPrefix, n, items, string(why))
}

func newGofeed() *gofeed.Parser {
	gp := gofeed.NewParser()
	gp.RSSTranslator = &gofeed.DefaultRSSTranslator{DisableContentImageScan: true}
	gp.KeepOriginalFeed = true // for <ttl>; the original is built anyway
	return gp
}

// closeAfterLastItem cuts body after its last </item> (RSS) or </entry>
// (Atom) and closes the document, or returns nil.
func closeAfterLastItem(body []byte) []byte {
	for _, end := range [...]struct{ item, closing string }{
		{"</item>", "</channel></rss>"}, {"</entry>", "</feed>"},
	} {
		if i := bytes.LastIndex(body, []byte(end.item)); i > 0 {
			cut := append(bytes.Clone(body[:i+len(end.item)]), end.closing...)
			return cut
		}
	}
	return nil
}

// brokenNote returns the note of a feed gf of src whose XML broke after
// its items (broke, the error; nil: not broken, ""), and logs it: a
// warning the first time, debug while the source records the note already.
func (p *Parser) brokenNote(gf *gofeed.Feed, broke error, src model.Source) string {
	if broke == nil {
		return ""
	}
	level := slog.LevelWarn
	if src.LastErrorKind == model.KindBrokenFeed {
		level = slog.LevelDebug
	}
	p.log.Log(context.Background(), level, "broken feed: kept the items before the break", "source_id", src.ID, "url", src.URL,
		"items", len(gf.Items), "error", broke)
	return BrokenFeedNote(len(gf.Items), broke)
}
