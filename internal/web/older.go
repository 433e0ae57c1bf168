package web

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"bantin/internal/store"
)

// olderParam is the query parameter of a page's "Tin cũ hơn" link: where
// its list of latest stories continues.
const olderParam = "truoc"

// pageCursor is where a list of latest stories continues: the lead rows
// after (at, id) in the store's order (published_at DESC, id DESC), that
// is published earlier, or at the same time with a smaller id (see
// store.StoryLeads: a row is an article's, or a copy's that placed its
// article). The zero cursor is the list's start.
type pageCursor struct {
	at time.Time
	id int64
}

func (c pageCursor) set() bool { return c.id != 0 }

// String is the cursor as its parameter carries it: "MICROS-ID", the
// row's publication time in Unix microseconds (as stored) and its id.
func (c pageCursor) String() string {
	return strconv.FormatInt(c.at.UnixMicro(), 10) + "-" + strconv.FormatInt(c.id, 10)
}

// key is the cursor's part of a page's cache key.
func (c pageCursor) key() string {
	if !c.set() {
		return ""
	}
	return "&" + olderParam + "=" + c.String()
}

// leadCursor returns the cursor just after the lead of article id among
// leads: after the row that placed it in the list (a copy of it published
// later, store.Lead), not after the article's own time, so that the
// articles between the two are on the next page.
func leadCursor(leads []store.Lead, id int64) pageCursor {
	for _, l := range leads {
		if l.ID == id {
			return pageCursor{at: l.At, id: l.Row}
		}
	}
	return pageCursor{}
}

// parseCursor reads the optional olderParam of r; a malformed one is a 400
// (in Vietnamese on the pages), so that a mangled link says so rather than
// showing the first page as if it were the next.
func parseCursor(r *http.Request) (pageCursor, error) {
	v := lastValue(r.URL.Query()[olderParam])
	if v == "" {
		return pageCursor{}, nil
	}
	micros, id, ok := strings.Cut(v, "-")
	us, err1 := strconv.ParseInt(micros, 10, 64)
	n, err2 := strconv.ParseInt(id, 10, 64)
	if !ok || err1 != nil || err2 != nil || n <= 0 {
		return pageCursor{}, badParam(fmt.Sprintf("%s phải có dạng như trong liên kết “Tin cũ hơn”, không phải %q", olderParam, v),
			fmt.Sprintf("%s must be as in a page's \"Tin cũ hơn\" link, not %q", olderParam, v))
	}
	return pageCursor{at: time.UnixMicro(us), id: n}, nil
}

// olderLink returns the path of the page that continues list page path
// (which may hold a query) after cursor c.
func (s *Server) olderLink(path string, c pageCursor) string {
	sep := "?"
	if strings.Contains(path, "?") {
		sep = "&"
	}
	return s.path(path) + sep + olderParam + "=" + c.String()
}
