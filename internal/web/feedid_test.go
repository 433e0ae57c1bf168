package web

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"

	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// itemIDs returns the ids of a JSON feed's items by title.
func itemIDs(t *testing.T, body []byte) map[string]string {
	t.Helper()
	var jf struct {
		Items []struct{ ID, Title string }
	}
	if err := json.Unmarshal(body, &jf); err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, it := range jf.Items {
		out[it.Title] = it.ID
	}
	return out
}

// TestItemIDsSurviveAMove: the same upstream articles stored in another
// database (other row ids) and served from another host keep their ids.
func TestItemIDsSurviveAMove(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		a := newFixture(t, st, Config{})
		other := storetest.OpenSQLite(t)
		ctx := context.Background()
		// Another database: an extra source first, then the sources in the
		// other order, so every row id differs.
		extra := &model.Source{URL: "https://sggp.org.vn/rss/home.rss"}
		other.AddSource(ctx, extra)
		b := &fixture{st: other, clock: a.clock}
		b.save(t, extra.ID, art("z", "Khác", t0, nil))
		tn, vne := fixtureArticles()
		for i, src := range []*model.Source{
			{URL: "https://vnexpress.net/rss/tin-moi-nhat.rss", Name: "VnExpress"},
			{URL: "https://baothainguyen.vn/rss/chinh-tri.rss", Name: "Báo Thái Nguyên"},
		} {
			other.AddSource(ctx, src)
			b.save(t, src.ID, [][]model.Article{vne, tn}[i]...)
		}
		srv, err := New(Config{BaseURL: "https://tin.example.org", Now: a.clock.Now}, other, model.NewCatalog(), slog.New(slog.NewTextHandler(io.Discard, nil)))
		if err != nil {
			t.Fatal(err)
		}
		b.srv = srv
		idsA, idsB := itemIDs(t, a.get(t, "/feed.json").Body.Bytes()), itemIDs(t, b.get(t, "/feed.json").Body.Bytes())
		if len(idsA) != 5 {
			t.Fatalf("feed a has %d items", len(idsA))
		}
		for title, id := range idsA {
			if idsB[title] != id || !strings.HasPrefix(id, "urn:uuid:") {
				t.Errorf("%s: id %q on one host and database, %q on the other", title, id, idsB[title])
			}
		}
	})
}

// TestLegacyItemIDs: an article stored before ids were derived keeps the
// tag: URI its feeds published.
func TestLegacyItemIDs(t *testing.T) {
	f := newFixture(t, storetest.OpenSQLite(t), Config{})
	if got := f.srv.item(&model.Article{ID: 42}).ID; got != "tag:bantin.example,2026:article/42" {
		t.Errorf("legacy article id = %q", got)
	}
	if got := f.srv.item(&model.Article{ID: 42, ItemID: "urn:uuid:x"}).ID; got != "urn:uuid:x" {
		t.Errorf("article id = %q, want its stored ItemID", got)
	}
}

// TestLastModifiedIsWhenTheFeedChanged: a backdated article arriving after
// a reader's last fetch is not hidden by a 304 to If-Modified-Since.
func TestLastModifiedIsWhenTheFeedChanged(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		f := newFixture(t, st, Config{})
		lm := f.get(t, "/feed.rss").Header().Get("Last-Modified")
		if lm == "" {
			t.Fatal("no Last-Modified")
		}
		if w := f.get(t, "/feed.rss", "If-Modified-Since: "+lm); w.Code != http.StatusNotModified {
			t.Fatalf("unchanged feed: %d, want 304", w.Code)
		}
		old := art("late", "Tin cũ đến muộn", t0.Add(-48*time.Hour), []string{"xa-hoi"})
		old.FetchedAt = t0.Add(6 * time.Hour)
		f.save(t, f.src[1], old)
		f.srv.Invalidate()
		w := f.get(t, "/feed.rss", "If-Modified-Since: "+lm)
		if w.Code != http.StatusOK || !strings.Contains(w.Body.String(), "Tin cũ đến muộn") {
			t.Fatalf("after a backdated article: %d (Last-Modified was %s), want 200 with it", w.Code, lm)
		}
		if got := w.Header().Get("Last-Modified"); got != "Fri, 20 Nov 2026 09:00:00 GMT" {
			t.Errorf("Last-Modified = %q, want the time the article was stored", got)
		}
	})
}

func TestSearchFeedIdentity(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		f := newFixture(t, st, Config{})
		nfd := strings.ReplaceAll(norm.NFD.String("Thái Nguyên"), " ", "+")
		body := f.get(t, "/feed.atom?q="+nfd).Body.String()
		if !strings.Contains(body, "<title>“Thái Nguyên” – Bản tin</title>") {
			t.Errorf("an NFD q is not echoed in NFC:\n%s", body)
		}
		id := regexp.MustCompile(`<id>(tag:[^<]*feed[^<]*)</id>`).FindStringSubmatch(body)
		if id == nil || id[1] != "tag:bantin.example,2026:feed?q=Th%C3%A1i+Nguy%C3%AAn" {
			t.Errorf("feed id = %q, want the query's one percent-encoding", id)
		}
		empty := f.get(t, "/provinces/ca-mau/feed.atom").Body.String()
		if strings.Contains(empty, "1970") || !strings.Contains(empty, "<updated>2026-11-21T03:00:00Z</updated>") {
			t.Errorf("empty feed's updated is not the time of rendering:\n%s", empty)
		}
	})
}

// TestFormerProvinceChip: an article tagged with a former province shows
// it as a chip, "Bắc Kạn (cũ)", beside its current province.
func TestFormerProvinceChip(t *testing.T) {
	f := newFixture(t, storetest.OpenSQLite(t), Config{})
	body := f.get(t, "/provinces/thai-nguyen/").Body.String()
	if !strings.Contains(body, "Bắc Kạn (cũ)") {
		t.Errorf("no former-province chip on the Thái Nguyên page")
	}
}
