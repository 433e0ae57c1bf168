package digest

import (
	"math"
	"slices"

	"bantin/internal/model"
)

// sizeWeight is what each further source covering a story is worth
// against the spread terms of spread (a story three papers covered
// outweighs one from a day already two stories over its share).
const sizeWeight = 2

// spread picks at most max of the candidates (article indexes in rank
// order; shown[k] is the article that shows candidate k's story, whose day,
// section and provinces are the ones the digest shows) and returns the
// positions in cands of those picked, ascending (rank order). With more
// candidates than max it
// picks greedily the candidate of best worth: sizeWeight per source beyond
// the first that covered its story, less how far the picked stories of its
// day (in the week's zone), of its section (heading) and, when f names
// several provinces, of the least served of its provinces already exceed
// that group's share. A group's share of max is proportional to the square
// root of its number of candidates: a busy Sunday gets more than a quiet
// Tuesday, but not the whole digest, and likewise for sections and
// provinces. Ties go to the better ranked, so a story many papers covered
// still leads.
func (x *weekIndex) spread(cands, shown []int, f model.Filter, max int) []int {
	if len(cands) <= max {
		all := make([]int, len(cands))
		for k := range all {
			all[k] = k
		}
		return all
	}
	infos, days, heads, provs := x.spreadGroups(shown, f, max)
	picked := make([]bool, len(cands))
	out := make([]int, 0, max)
	for len(out) < max {
		best, bestWorth := -1, 0.0
		for k, i := range cands {
			if picked[k] {
				continue
			}
			in := &infos[k]
			worth := float64(sizeWeight*(x.size[i]-1)) - days.excess(in.day) - heads.excess(in.heading)
			if len(in.provs) > 0 {
				least := provs.excess(in.provs[0])
				for _, p := range in.provs[1:] {
					least = min(least, provs.excess(p))
				}
				worth -= least
			}
			if best < 0 || worth > bestWorth {
				best, bestWorth = k, worth
			}
		}
		picked[best] = true
		in := &infos[best]
		days.pick(in.day)
		heads.pick(in.heading)
		for _, p := range in.provs {
			provs.pick(p)
		}
		out = append(out, best)
	}
	slices.Sort(out) // positions in rank order
	return out
}

// spreadInfo is what spread weighs of a candidate besides its size: the
// day, section and chosen provinces of the article that shows it.
type spreadInfo struct {
	day     string
	heading string
	provs   []string
}

// spreadGroups returns the spreadInfo of each article of shown and the
// shares of max of its days, sections and (when f names several) provinces.
func (x *weekIndex) spreadGroups(shown []int, f model.Filter, max int) (infos []spreadInfo, days, heads, provs *shares) {
	loc := x.week.Start.Location()
	infos = make([]spreadInfo, len(shown))
	days, heads, provs = newShares(), newShares(), newShares()
	for k, i := range shown {
		in := &infos[k]
		in.day = x.arts[i].PublishedAt.In(loc).Format("2006-01-02")
		in.heading = x.heading(i, f.Topics)
		days.count(in.day)
		heads.count(in.heading)
		if len(f.Provinces) > 1 {
			for _, p := range x.arts[i].Provinces {
				if slices.Contains(f.Provinces, p) {
					in.provs = append(in.provs, p)
					provs.count(p)
				}
			}
		}
	}
	days.fix(max)
	heads.fix(max)
	provs.fix(max)
	return infos, days, heads, provs
}

// shares tracks one kind of group (days, sections or provinces): how many
// candidates each has, its fair share of the digest, and how many picked.
type shares struct {
	n      map[string]int
	share  map[string]float64
	picked map[string]int
}

func newShares() *shares {
	return &shares{n: map[string]int{}, share: map[string]float64{}, picked: map[string]int{}}
}

func (s *shares) count(g string) { s.n[g]++ }
func (s *shares) pick(g string)  { s.picked[g]++ }

// fix sets each group's share of max: proportional to the square root of
// its candidates.
func (s *shares) fix(max int) {
	var sum float64
	for _, n := range s.n {
		sum += math.Sqrt(float64(n))
	}
	for g, n := range s.n {
		s.share[g] = float64(max) * math.Sqrt(float64(n)) / sum
	}
}

// excess is how many more stories g has than its share (negative below).
func (s *shares) excess(g string) float64 { return float64(s.picked[g]) - s.share[g] }

// left returns, for each section of the digest shown (the stories at
// indexes shown, under their headings for f), how many other stories of
// the week the section's archive page lists: the stories with an article
// of the section's topic and f's provinces, less every story the digest
// shows. Sections without a topic are left out.
func (x *weekIndex) left(f model.Filter, shown []int) map[string]int {
	seen := map[int64]bool{}
	heads := map[string]bool{}
	for _, i := range shown {
		seen[storyKey(&x.arts[i])] = true
		if h := x.heading(i, f.Topics); h != "" {
			heads[h] = true
		}
	}
	out := map[string]int{}
	for h := range heads {
		sf := model.Filter{Topics: []string{h}, Provinces: f.Provinces}
		counted := map[int64]bool{}
		for _, j := range x.byTopic[h] {
			a := &x.arts[j]
			if k := storyKey(a); !seen[k] && !counted[k] && sf.MatchesTags(a.Topics, a.Provinces) {
				counted[k] = true
				out[h]++
			}
		}
	}
	return out
}
