package digest

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"bantin/internal/model"
	"bantin/internal/store"
)

func TestWeekIndexRanksAndFilters(t *testing.T) {
	base := time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)
	arts := []store.DigestArticle{
		{ID: 1, SourceID: 1, ClusterID: 1, URL: "u1", Title: "mới nhất, một báo", PublishedAt: base.Add(5 * time.Hour),
			Topics: []string{"the-thao"}, Provinces: []string{"ha-noi"}},
		{ID: 2, SourceID: 1, ClusterID: 2, URL: "u2", Title: "ba báo (A)", PublishedAt: base.Add(time.Hour),
			Topics: []string{"kinh-te", "y-te"}, Provinces: []string{"thai-nguyen", "bac-kan"}},
		{ID: 3, SourceID: 2, ClusterID: 2, URL: "u3", Title: "ba báo (B)", PublishedAt: base.Add(2 * time.Hour),
			Topics: []string{"kinh-te"}, Provinces: []string{"thai-nguyen"}},
		{ID: 4, SourceID: 3, ClusterID: 2, URL: "u4", Title: "ba báo (C)", PublishedAt: base,
			Topics: []string{"kinh-te"}},
		{ID: 5, SourceID: 2, ClusterID: 5, URL: "u5", Title: "cũ, một báo", PublishedAt: base.Add(-time.Hour),
			Topics: []string{"y-te"}, Provinces: []string{"hue"}},
	}
	x := newWeekIndex(Week{}, arts)
	cat := model.NewCatalog()
	titles := func(topics, provinces []string) []string {
		var out []string
		for _, s := range x.stories(model.Filter{Topics: topics, Provinces: provinces}, 10, cat) {
			out = append(out, s.Title)
		}
		return out
	}
	eq := func(name string, got []string, want ...string) {
		t.Helper()
		if len(got) != len(want) {
			t.Fatalf("%s: %q, want %q", name, got, want)
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("%s: %q, want %q", name, got, want)
			}
		}
	}
	// The story three papers covered leads, represented by its newest article.
	eq("all", titles(nil, nil), "ba báo (B)", "mới nhất, một báo", "cũ, một báo")
	// A legacy slug selects only articles tagged with the former province.
	eq("bac-kan", titles(nil, []string{"bac-kan"}), "ba báo (A)")
	eq("thai-nguyen", titles(nil, []string{"thai-nguyen"}), "ba báo (B)")
	// Topics AND provinces; a list means any.
	eq("y-te in hue or bac-kan", titles([]string{"y-te"}, []string{"hue", "bac-kan"}), "ba báo (A)", "cũ, một báo")
	eq("none", titles([]string{"giao-duc"}, nil))
	// The heading is the chosen topic, not the primary one.
	if s := x.stories(model.Filter{Topics: []string{"y-te"}, Provinces: []string{"bac-kan"}}, 10, cat); s[0].TopicSlug != "y-te" || s[0].ClusterSize != 3 {
		t.Fatalf("story %+v", s[0])
	}
	if got := x.stories(model.Filter{}, 1, cat); len(got) != 1 {
		t.Fatalf("max 1 gave %d", len(got))
	}
	if filterKey(model.Filter{Topics: []string{"b", "a", "a"}}) != filterKey(model.Filter{Topics: []string{"a", "b"}, Provinces: []string{}}) {
		t.Fatal("filter keys differ for equal filters")
	}
}

// TestRankOrder holds the ranking rules that mailer.Compose held before the
// digest service became their one owner.
func TestRankOrder(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2026, 11, d, 8, 0, 0, 0, time.UTC) }
	// art makes an article of cluster c covered by source src.
	art := func(title string, c, src int64, d int) store.DigestArticle {
		return store.DigestArticle{ID: int64(len(title)) + 100*c + 1000*src, SourceID: src, ClusterID: c,
			URL: "https://x.vn/" + title, Title: title, PublishedAt: day(d), Topics: []string{"xa-hoi"}}
	}
	cat := model.NewCatalog()
	for _, c := range []struct {
		name string
		arts []store.DigestArticle
		max  int
		want string
	}{
		{"empty", nil, 20, ""},
		{"cluster size beats recency", []store.DigestArticle{art("a", 1, 1, 29), art("b", 2, 1, 23), art("b2", 2, 2, 24)}, 20, "b2 a"},
		{"recency breaks size ties", []store.DigestArticle{art("a", 1, 1, 24), art("b", 2, 1, 27)}, 20, "b a"},
		{"URL breaks full ties", []store.DigestArticle{art("b", 1, 1, 24), art("a", 2, 1, 24)}, 20, "a b"},
		{"one story per cluster, its best article", []store.DigestArticle{art("a", 1, 1, 24), art("b", 1, 2, 25), art("c", 2, 1, 26)}, 20, "b c"},
		// c ranks above d (newer), but a already speaks for the 24th.
		{"cap after one per cluster, spread over days", []store.DigestArticle{art("a", 1, 1, 24), art("b", 1, 2, 23), art("c", 2, 3, 24), art("d", 3, 3, 22)}, 2, "a d"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, s := range newWeekIndex(Week{}, c.arts).stories(model.Filter{}, c.max, cat) {
				got = append(got, s.Title)
			}
			if strings.Join(got, " ") != c.want {
				t.Errorf("stories = %q, want %q", strings.Join(got, " "), c.want)
			}
		})
	}
}

func TestRankCapAndDeterminism(t *testing.T) {
	var arts []store.DigestArticle
	for i := range 50 {
		arts = append(arts, store.DigestArticle{ID: int64(i + 1), SourceID: int64(i%4 + 1), ClusterID: int64(i%30 + 1),
			URL: fmt.Sprint("https://x.vn/", i), Title: fmt.Sprint(i), Topics: []string{fmt.Sprint("t", i%5)},
			PublishedAt: time.Date(2026, 11, 23+i%7, 0, 0, 0, 0, time.UTC)})
	}
	titles := func(arts []store.DigestArticle) string {
		var out []string
		for _, s := range newWeekIndex(Week{}, arts).stories(model.Filter{}, DefaultMaxStories, model.NewCatalog()) {
			out = append(out, s.Title)
		}
		return strings.Join(out, " ")
	}
	first := titles(slices.Clone(arts))
	if n := len(strings.Fields(first)); n != DefaultMaxStories {
		t.Fatalf("default cap kept %d stories", n)
	}
	slices.Reverse(arts)
	if titles(arts) != first {
		t.Error("ranking depends on input order")
	}
}

// TestFormerProvinceLabel: a former province is "Bắc Kạn (cũ)" in the
// digest's filters and subject, as papers write it.
func TestFormerProvinceLabel(t *testing.T) {
	_, pl := labels(model.NewCatalog(), model.Filter{Provinces: []string{"thai-nguyen", "bac-kan"}})
	if strings.Join(pl, ", ") != "Bắc Kạn (cũ), Thái Nguyên" {
		t.Errorf("province labels = %q", pl)
	}
}

// TestSpreadOverWeekAndFilters: with few stories covered by several
// papers, the digest is not "the newest 20": it spreads over the days of
// the week and over the subscriber's sections and provinces, and each
// section counts the stories it leaves out.
func TestSpreadOverWeekAndFilters(t *testing.T) {
	mon := time.Date(2026, 11, 23, 8, 0, 0, 0, time.UTC)
	w := WeekOf(mon, time.UTC)
	var arts []store.DigestArticle
	add := func(day, n int, topic, prov string) {
		for range n {
			id := int64(len(arts) + 1)
			arts = append(arts, store.DigestArticle{ID: id, SourceID: 1, ClusterID: id, URL: fmt.Sprint("https://x.vn/", id),
				Title: fmt.Sprintf("%d/%s/%s", day, topic, prov), PublishedAt: mon.AddDate(0, 0, day).Add(time.Duration(id) * time.Minute),
				Topics: []string{topic}, Provinces: []string{prov}})
		}
	}
	add(6, 117-40, "xa-hoi", "thai-nguyen") // Sunday: most of the week's news
	for d := range 6 {
		add(d, 4, "kinh-te", "thai-nguyen")
		add(d, 2, "xa-hoi", "bac-kan")
	}
	add(2, 4, "the-thao", "thai-nguyen")
	// One story covered by three papers on Tuesday.
	for src := int64(2); src <= 4; src++ {
		arts = append(arts, store.DigestArticle{ID: int64(len(arts) + 1), SourceID: src, ClusterID: 9999, URL: fmt.Sprint("https://y.vn/", src),
			Title: "big", PublishedAt: mon.AddDate(0, 0, 1), Topics: []string{"kinh-te"}, Provinces: []string{"thai-nguyen"}})
	}
	x := newWeekIndex(w, arts)
	f := model.Filter{Provinces: []string{"thai-nguyen", "bac-kan"}}
	stories, left := x.compose(f, 20, model.NewCatalog())
	days, heads, provs := map[int]int{}, map[string]int{}, map[string]int{}
	for _, s := range stories {
		days[int(s.Published.Sub(mon).Hours()/24)]++
		heads[s.TopicSlug]++
		var d int
		var topic, prov string
		fmt.Sscanf(strings.ReplaceAll(s.Title, "/", " "), "%d %s %s", &d, &topic, &prov)
		provs[prov]++
	}
	if len(stories) != 20 || stories[0].Title != "big" {
		t.Fatalf("%d stories, first %q; want 20 led by the story three papers covered", len(stories), stories[0].Title)
	}
	t.Logf("stories by day (Monday 0) %v, by section %v, by province %v", days, heads, provs)
	for d := range 6 {
		if days[6] <= days[d] {
			t.Errorf("stories by day %v: want the busiest day (Sunday) to have the most", days)
		}
	}
	if days[6] > 8 || len(days) != 7 {
		t.Errorf("stories by day %v: want every day, Sunday (77 of 117 stories) at most 8 of 20", days)
	}
	if heads["the-thao"] == 0 || heads["kinh-te"] < 4 || heads["xa-hoi"] < 4 {
		t.Errorf("stories by section %v: want each section represented", heads)
	}
	if provs["bac-kan"] < 4 {
		t.Errorf("stories by province %v: want the former province represented", provs)
	}
	// The archive page of a section lists its other stories of the week.
	total, counted := map[string]int{}, map[int64]bool{}
	for _, a := range arts {
		if !counted[a.ClusterID] {
			counted[a.ClusterID] = true
			total[a.Topics[0]]++
		}
	}
	for h, n := range heads {
		if left[h] != total[h]-n {
			t.Errorf("section %s: %d left, want %d (%d in the week, %d shown)", h, left[h], total[h]-n, total[h], n)
		}
	}
}

// A story counts outlets, not feeds: two sections of one outlet are one
// source of the story, so a story of two outlets ranks above it.
func TestWeekIndexCountsOutlets(t *testing.T) {
	base := time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)
	arts := []store.DigestArticle{
		{ID: 1, SourceID: 1, ClusterID: 1, URL: "https://vnexpress.net/a", Title: "một báo, hai mục (A)",
			Outlet: "vnexpress.net", PublishedAt: base.Add(3 * time.Hour)},
		{ID: 2, SourceID: 2, ClusterID: 1, URL: "https://vnexpress.net/b", Title: "một báo, hai mục (B)",
			Outlet: "vnexpress.net", PublishedAt: base.Add(2 * time.Hour)},
		{ID: 3, SourceID: 3, ClusterID: 3, URL: "https://tuoitre.vn/c", Title: "hai báo (C)",
			Outlet: "tuoitre.vn", PublishedAt: base},
		{ID: 4, SourceID: 1, ClusterID: 3, URL: "https://vnexpress.net/d", Title: "hai báo (D)",
			Outlet: "vnexpress.net", PublishedAt: base.Add(time.Hour)},
	}
	x := newWeekIndex(Week{}, arts)
	got := x.stories(model.Filter{}, 10, model.NewCatalog())
	if len(got) != 2 || got[0].Title != "hai báo (D)" || got[0].ClusterSize != 2 || got[1].ClusterSize != 1 {
		t.Fatalf("stories %+v; want the two-outlet story first (2 nguồn), then the one-outlet story (1)", got)
	}
}

// A story of three or more reports is shown by the one whose title the
// others share most (the win), not by its newest (a reaction), among the
// reports the subscriber's filter selects.
func TestStoryLeadIsCentral(t *testing.T) {
	at := func(h int) time.Time { return time.Date(2026, 11, 25, h, 0, 0, 0, time.UTC) }
	a := func(id int64, title string, h int, topics ...string) store.DigestArticle {
		return store.DigestArticle{ID: id, SourceID: id, ClusterID: 1, URL: fmt.Sprint("https://x.vn/", id), Title: title,
			PublishedAt: at(h), Topics: topics}
	}
	arts := []store.DigestArticle{
		a(1, "Đội tuyển trở lại tập luyện trước trận quyết định", 1, "the-thao"),
		a(2, "Thắng Lào 2-0, đội tuyển giành vé dự giải châu Á", 5, "the-thao"),
		a(3, "Đội tuyển giành vé dự giải châu Á sau trận thắng Lào", 6, "the-thao"),
		a(4, "Báo Lào khen đội tuyển Việt Nam", 9, "the-gioi", "the-thao"),
	}
	win, reaction := arts[2].Title, arts[3].Title
	x := newWeekIndex(Week{}, arts) // sorts arts in rank order
	cat := model.NewCatalog()
	if s := x.stories(model.Filter{}, 5, cat); len(s) != 1 || s[0].Title != win || s[0].ClusterSize != 4 {
		t.Errorf("all: %+v, want the central report of 4 outlets", s)
	}
	// The sections are the shown report's: the win's Thể thao, not the
	// newest report's Thế giới; the week's other Thể thao story is left out
	// of a one-story digest and counted for its archive link.
	other := store.DigestArticle{ID: 9, SourceID: 9, ClusterID: 9, URL: "https://x.vn/9", Title: "Hải Phòng thắng Nam Định",
		PublishedAt: at(2), Topics: []string{"the-thao"}}
	x = newWeekIndex(Week{}, append(x.arts, other))
	if s, left := x.compose(model.Filter{}, 1, cat); len(s) != 1 || s[0].TopicSlug != "the-thao" || left["the-thao"] != 1 || len(left) != 1 {
		t.Errorf("one story: %+v, left %v; want the win under Thể thao, one more Thể thao story left", s, left)
	}
	// Only the reaction is in the subscriber's section: it shows the story.
	if s := x.stories(model.Filter{Topics: []string{"the-gioi"}}, 5, cat); len(s) != 1 || s[0].Title != reaction {
		t.Errorf("the-gioi: %+v, want the one report it selects", s)
	}
}
