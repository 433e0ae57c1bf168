package classify

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestCensusPassesMatchOneBatch (BANTIN_REAL_CORPUS): the census's first
// training-day items, stored in fetch passes of passSpan in publication
// order, make the stories one batch makes (the census, the evaluation),
// whether the passes share one index (a serving process) or each pass
// runs on an index rebuilt from the stored members (the hourly rebuild, a
// restart): the rules that read the index's recent past (the name rule's
// key names, bursts, the veto) decide alike in the product and in the
// evaluation.
func TestCensusPassesMatchOneBatch(t *testing.T) {
	path := realCorpus(t)
	var items []realItem
	for _, it := range readJSONL[realItem](t, path) {
		if eventContext(it.Day) && it.Day >= censusFrom && it.Day < "2025-12-05" {
			items = append(items, it)
		}
	}
	batch := signBatch(newTest(t), items)
	slices.SortStableFunc(batch, func(a, b Member) int {
		return cmp.Or(a.Published.Compare(b.Published), strings.Compare(a.Key, b.Key))
	})
	want := NewMemIndex().AssignBatch(batch)
	joined := 0
	for i, p := range want {
		if p.Thread != batch[i].ArticleID {
			joined++
		}
	}
	t.Logf("%d items, %d joined a story", len(batch), joined)
	const passSpan = 3 * time.Hour
	for _, rebuild := range []bool{false, true} {
		t.Run(fmt.Sprint("rebuilt=", rebuild), func(t *testing.T) {
			x := NewMemIndex()
			var stored []Member
			got := make([]Placement, 0, len(batch))
			for start := 0; start < len(batch); {
				end := start + 1
				for end < len(batch) && batch[end].Published.Before(batch[start].Published.Add(passSpan)) {
					end++
				}
				if rebuild {
					x = NewMemIndex()
					for _, m := range stored {
						x.Add(m)
					}
				}
				pass := slices.Clone(batch[start:end])
				for i, p := range x.AssignBatch(pass) {
					pass[i].ClusterID, pass[i].Segment = p.Thread, p.Segment
					got = append(got, p)
				}
				stored = append(stored, pass...)
				start = end
			}
			differ := 0
			for i := range want {
				if got[i] != want[i] {
					if differ < 5 {
						t.Logf("%s: passes %v, one batch %v", batch[i].Key, got[i], want[i])
					}
					differ++
				}
			}
			if differ > 0 {
				t.Errorf("%d of %d items placed apart from one batch", differ, len(batch))
			}
		})
	}
}
