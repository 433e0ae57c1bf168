package digest_test

import (
	"context"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"bantin/internal/digest"
	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
	"bantin/mailer/mailtest"
)

// saveFetch stores arts as one fetch of source src (linking copies, as
// ingestion does) and returns their ids.
func saveFetch(t *testing.T, st *store.Store, src int64, arts ...model.Article) []int64 {
	t.Helper()
	ctx := context.Background()
	at := w48.Add(-48 * time.Hour)
	if _, err := st.ClaimSource(ctx, src, "test", at, time.Minute); err != nil {
		t.Fatal(err)
	}
	writes := make([]store.ArticleWrite, len(arts))
	for i := range arts {
		writes[i] = store.ArticleWrite{Article: arts[i]}
	}
	res, err := st.SaveFetch(ctx, store.FetchOutcome{SourceID: src, Owner: "test", Status: 200, FetchedAt: at,
		NextFetchAt: at.Add(time.Hour)}, writes)
	if err != nil {
		t.Fatal(err)
	}
	return res.IDs
}

// A digest counts a story's outlets as its page does: a copy (a section
// feed's row of an article of the week before) stands for its article, in
// its article's story, with its article's outlet. Links here name no
// outlet (an IP host), so each source counts apart. The copy, filed by
// clustering in "Đội tuyển"'s story, made that story "2 nguồn" on main
// (its page lists one report) and left "Trận chung kết"'s at one (its
// page lists two outlets).
func TestDigestCountsCopyAsArticle(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		srcs := []int64{addDigestSource(t, st, "baoa"), addDigestSource(t, st, "baob"), addDigestSource(t, st, "baoc")}
		the := []string{"the-thao"}
		ip := func(a model.Article) model.Article {
			a.URL = "http://10.0.0.1/" + a.Key
			a.Link, a.Outlet = a.URL, ""
			return a
		}
		home := ip(article("ck", "Trận chung kết", w48.Add(-3*time.Hour), the)) // the week before
		a := saveFetch(t, st, srcs[0], home, ip(article("dt", "Đội tuyển về nước", w48.Add(30*time.Hour), the)))
		c := home
		c.Key, c.URL, c.PublishedAt = "ck-sec", home.URL+"?utm_source=rss", w48.Add(5*time.Hour)
		cp := saveFetch(t, st, srcs[1], c)
		z := saveFetch(t, st, srcs[2], ip(article("ck-c", "Chung kết: đội nhà thắng", w48.Add(6*time.Hour), the)))
		final, team := a[0], a[1]
		placed := map[int64]store.Placement{z[0]: {Thread: final, Segment: final}, cp[0]: {Thread: team, Segment: team}}
		if err := st.SetClusters(ctx, placed); err != nil {
			t.Fatal(err)
		}
		activeSubscribers(t, st, "ban", 1, the, nil)
		d := newDigester(t, st, mailtest.NewServer(t, mailtest.Options{}), &clock{}, "test")
		msg, _, err := d.Preview(ctx, "ban0@example.com", digest.WeekOf(w48, ict))
		if err != nil {
			t.Fatal(err)
		}
		text := decode(t, string(msg.Raw))
		text = text[:strings.Index(text, "<!DOCTYPE")]
		counted := regexp.MustCompile(`2 nguồn: https://bantin\.example/stories/` + strconv.FormatInt(final, 10) + `\s`)
		if !counted.MatchString(text) || strings.Contains(text, "/stories/"+strconv.FormatInt(team, 10)) {
			t.Errorf("digest does not count the copy in its article's story (%d: 2 nguồn) and not in the one it was filed in (%d: 1):\n%s",
				final, team, text)
		}
	})
}
