package web

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"bantin/internal/golden"
	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// threadFixture makes storyFixture's story (09:30–10:30 on 20/11, Hà Nội
// time) the middle of a thread of three segments: one outlet's two reports
// from 10:00 on 18/11 to midnight, and two outlets' reports at 02:30 and
// 04:30 on 21/11. It returns the three story ids in time order.
func threadFixture(t *testing.T, f *fixture) (earlier, story, later int64) {
	t.Helper()
	story = storyFixture(t, f)
	f.save(t, f.src[1], art("e1", "Thái Nguyên chuẩn bị hội nghị công tác tổ chức", t0.Add(-48*time.Hour), []string{"xay-dung-dang"}),
		art("e2", "Thái Nguyên sắp họp bàn công tác tổ chức", t0.Add(-34*time.Hour), []string{"xay-dung-dang"}),
		art("l1", "Thái Nguyên công bố kết quả hội nghị công tác tổ chức", t0.Add(16*time.Hour+30*time.Minute), []string{"xay-dung-dang"}))
	f.save(t, f.src[0], art("l2", "Kết quả hội nghị tổ chức ở Thái Nguyên", t0.Add(18*time.Hour+30*time.Minute), []string{"xay-dung-dang"}))
	ids := articleIDs(t, f.st)
	earlier, later = ids["e1"], ids["l1"]
	placed := map[int64]store.Placement{}
	for k, seg := range map[string]int64{"e1": earlier, "e2": earlier, "l1": later, "l2": later} {
		placed[ids[k]] = store.Placement{Thread: story, Segment: seg}
	}
	if err := f.st.SetClusters(context.Background(), placed); err != nil {
		t.Fatal(err)
	}
	return earlier, story, later
}

// articleIDs returns the ids of the stored articles (at most 50) by key.
func articleIDs(t *testing.T, st *store.Store) map[string]int64 {
	t.Helper()
	arts, err := st.Articles(context.Background(), model.Filter{Limit: 50})
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]int64{}
	for _, a := range arts {
		ids[a.Key] = a.ID
	}
	return ids
}

// A story page lists the other segments of its thread, earlier ones and
// later ones, each with its heading, span and outlets, linking its page
// (under the base URL's path too); a story alone in its thread lists none.
func TestStoryThread(t *testing.T) {
	for _, tt := range []struct{ base, prefix, file string }{
		{"", "", "story_thread.html"},
		{"https://example.org/tin", "/tin", "story_thread_base.html"},
	} {
		t.Run(tt.file, func(t *testing.T) {
			storetest.Engines(t, func(t *testing.T, st *store.Store) {
				f := newFixture(t, st, Config{BaseURL: tt.base})
				earlier, story, later := threadFixture(t, f)
				page := f.get(t, tt.prefix+storyPath(story)).Body.String()
				golden.Check(t, tt.file, []byte(page))
				for id, want := range map[int64][]string{
					earlier: {`<h1>Thái Nguyên chuẩn bị hội nghị công tác tổ chức</h1>`, `<a href="#dien-bien-sau">2 tin sau đó</a>`,
						// the story listed under the heading its own page shows
						`<li><a href="` + tt.prefix + storyPath(story) + `">Thái Nguyên: hội nghị công tác tổ chức xây dựng Đảng</a>`},
					later: {`<a href="#dien-bien-truoc">2 tin trước đó</a>`, `<h2 id="dien-bien-truoc">`},
				} {
					p := f.get(t, tt.prefix+storyPath(id)).Body.String()
					for _, w := range want {
						if !strings.Contains(p, w) {
							t.Errorf("story %d lacks %s:\n%s", id, w, p)
						}
					}
				}
				ids := articleIDs(t, st)
				if p := f.get(t, tt.prefix+storyPath(ids["a3"])).Body.String(); strings.Contains(p, "mạch tin") || strings.Contains(p, `class="thread"`) {
					t.Errorf("a story alone in its thread lists a thread:\n%s", p)
				}
			})
		})
	}
}

// A long thread: the page lists the five nearest segments on each side,
// in time order, and says how many more there are.
func TestStoryThreadLimits(t *testing.T) {
	f := newFixture(t, storetest.OpenSQLite(t), Config{})
	var arts []model.Article
	for i := range 14 { // a report every day: 14 segments
		arts = append(arts, art(fmt.Sprintf("d%02d", i), fmt.Sprintf("Ngày %02d của phiên toà", i), t0.Add(time.Duration(i-20)*24*time.Hour), []string{"phap-luat"}))
	}
	f.save(t, f.src[1], arts...)
	ids := articleIDs(t, f.st)
	placed := map[int64]store.Placement{}
	for i := range 14 {
		id := ids[fmt.Sprintf("d%02d", i)]
		placed[id] = store.Placement{Thread: ids["d00"], Segment: id}
	}
	if err := f.st.SetClusters(context.Background(), placed); err != nil {
		t.Fatal(err)
	}
	listed := regexp.MustCompile(`<li><a href="/stories/\d+">Ngày (\d\d) của phiên toà</a>`)
	for _, tt := range []struct {
		day             string
		listed, notices string
	}{
		{"d03", "00 01 02 04 05 06 07 08", "Còn 5 tin mới hơn nữa."},
		{"d08", "03 04 05 06 07 09 10 11 12 13", "Còn 3 tin cũ hơn nữa."},
		{"d13", "08 09 10 11 12", "Còn 8 tin cũ hơn nữa."},
	} {
		page := f.get(t, storyPath(ids[tt.day])).Body.String()
		var days []string
		for _, m := range listed.FindAllStringSubmatch(page, -1) {
			days = append(days, m[1])
		}
		notices := regexp.MustCompile(`Còn \d+ tin [^<]+`).FindAllString(page, -1)
		if strings.Join(days, " ") != tt.listed || strings.Join(notices, " ") != tt.notices {
			t.Errorf("story %s lists days %v, says %q; want %s and %q", tt.day, days, notices, tt.listed, tt.notices)
		}
	}
}

// The week's top stories show a thread once, by its best-ranked story (of
// two outlets, like the middle one, but newer): a subject's stories before
// and after a silence are one entry whose page lists the others.
func TestTopStoriesOnePerThread(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		f := newFixture(t, st, Config{})
		earlier, story, later := threadFixture(t, f)
		top := section(f.get(t, "/").Body.String(), "noi-bat")
		for id, want := range map[int64]bool{earlier: false, story: false, later: true} {
			if got := strings.Contains(top, `href="`+storyPath(id)+`"`); got != want {
				t.Errorf("top stories list story %d: %v, want %v:\n%s", id, got, want, top)
			}
		}
		if home := f.get(t, "/").Body.String(); !strings.Contains(section(home, "moi-nhat"), "Bóng đá V-League") {
			t.Errorf("the front page lost an unrelated story:\n%s", home)
		}
	})
}
