package ingest

import (
	"net/url"
	"time"

	"github.com/mmcdole/gofeed"

	"bantin/internal/model"
	"bantin/internal/urlpolicy"
)

// feedCtx is what every item of one feed shares.
type feedCtx struct {
	base *url.URL // resolves relative item links; passed urlpolicy, or nil
	home string
	zone *time.Location
	now  time.Time
	// dayFirst: the feed's slash dates are D/M/Y (feedDayFirst).
	dayFirst bool
	// hashBuf is contentHash's scratch space for the feed's items, which
	// are normalised one after the other.
	hashBuf []byte
}

// feedContext returns the context of the items of gf, fetched for src at
// now: the source's time zone (the default's when it names none or an
// unknown one, which is logged), the order of its slash dates, and the base
// relative links resolve against.
func (p *Parser) feedContext(gf *gofeed.Feed, src model.Source, now time.Time) *feedCtx {
	fc := &feedCtx{zone: p.vnZone, now: now.UTC(), dayFirst: feedDayFirst(gf.Items)}
	if src.TimeZone != "" && src.TimeZone != DefaultTimeZone {
		if z, err := time.LoadLocation(src.TimeZone); err == nil {
			fc.zone = z
		} else {
			p.log.Warn("unknown source time zone", "source_id", src.ID, "url", src.URL, "time_zone", src.TimeZone)
		}
	}
	// Relative item links are relative to the site's link, when it passes
	// urlpolicy (a javascript://host/ channel link does not), else to the
	// feed's own URL without its query (which may hold a key: "#x" must not
	// republish it) and without user info (urlpolicy drops it).
	fc.base, _ = urlpolicy.Parse(src.URL)
	if fc.base != nil {
		fc.base.RawQuery, fc.base.ForceQuery, fc.base.Fragment, fc.base.RawFragment = "", false, "", ""
	}
	if home, ok := urlpolicy.Resolve(fc.base, gf.Link); ok {
		fc.home = home
		fc.base, _ = urlpolicy.Parse(home)
	}
	return fc
}
