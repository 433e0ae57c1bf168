package web

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"bantin/internal/store/storetest"
)

// A story page shows a big story's first and last reports as cards and
// folds the ones between behind "Xem thêm" (a <details>: no JavaScript),
// every report linked once, in publication order, the counts of outlets
// and reports of all of them; a story of up to 12 reports shows every one
// as a card. It showed 30 cards.
func TestStoryPageFoldsMiddleReports(t *testing.T) {
	for _, tt := range []struct {
		n, cards int
		fold     string
	}{
		{30, 10, `<details class="more-reports"><summary>Xem thêm 20 bài ở giữa</summary>`},
		{13, 10, `<summary>Xem thêm 3 bài ở giữa</summary>`},
		{12, 12, ""},
	} {
		f := newFixture(t, storetest.OpenSQLite(t), Config{})
		var keys []string
		for i := range tt.n {
			key := fmt.Sprintf("big%02d", i)
			a := art(key, fmt.Sprintf("Bão số 9, bản tin %02d", i), t0.Add(time.Duration(i)*time.Hour), []string{"moi-truong"})
			f.save(t, f.src[i%2], a)
			keys = append(keys, key)
		}
		id := joinStory(t, f.st, keys[0], keys...)
		body := f.get(t, storyPath(id)).Body.String()
		_, main, _ := strings.Cut(body, "<main")
		if got := strings.Count(main, `<article class="story">`); got != tt.cards {
			t.Errorf("%d reports: %d cards, want %d", tt.n, got, tt.cards)
		}
		if want := fmt.Sprintf("<strong>2 nguồn</strong> đưa tin, %d bài", tt.n); !strings.Contains(main, want) {
			t.Errorf("%d reports: no %q", tt.n, want)
		}
		if (tt.fold == "") != !strings.Contains(main, "<details class=\"more-reports\">") || tt.fold != "" && !strings.Contains(main, tt.fold) {
			t.Errorf("%d reports: fold %q not as wanted (%q)", tt.n, main, tt.fold)
		}
		last := -1
		for i, k := range keys {
			at := strings.Index(main, `href="https://bao.example.vn/`+k+`.html"`)
			if at < 0 || strings.Count(main, k+".html") != 1 || at < last {
				t.Errorf("%d reports: report %d linked %d times, at %d after %d", tt.n, i, strings.Count(main, k+".html"), at, last)
			}
			last = at
		}
	}
}
