package digest

import (
	"slices"

	"bantin/internal/model"
)

// sizeWeight is what each further source covering a story is worth
// against the spread penalty of spread: a story three papers covered
// outweighs a story from a day, section and province already shown
// twice as often.
const sizeWeight = 2

// spread picks at most max of the candidates (article indexes in rank
// order) and returns them in rank order. With more candidates than max it
// picks greedily the candidate with the best worth: sizeWeight per source
// beyond the first that covered its story, less how many picked stories
// already share its day (in the week's zone), its section (heading) and,
// when f names several provinces, the least shown of its provinces. Ties
// go to the better ranked. So a quiet Sunday does not take the whole
// digest from the week, nor one section or one province from the others,
// while a story many papers covered still leads.
func (x *weekIndex) spread(cands []int, f model.Filter, max int) []int {
	if len(cands) <= max {
		return cands
	}
	loc := x.week.Start.Location()
	type info struct {
		day     int
		heading string
		provs   []string
	}
	infos := make([]info, len(cands))
	for k, i := range cands {
		t := x.arts[i].PublishedAt.In(loc)
		infos[k] = info{day: t.Year()*400 + t.YearDay(), heading: x.heading(i, f.Topics)}
		if len(f.Provinces) > 1 {
			for _, p := range x.arts[i].Provinces {
				if slices.Contains(f.Provinces, p) {
					infos[k].provs = append(infos[k].provs, p)
				}
			}
		}
	}
	days, heads, provs := map[int]int{}, map[string]int{}, map[string]int{}
	picked := make([]bool, len(cands))
	out := make([]int, 0, max)
	for len(out) < max {
		best, bestWorth := -1, 0
		for k, i := range cands {
			if picked[k] {
				continue
			}
			in := &infos[k]
			worth := sizeWeight*(x.size[i]-1) - days[in.day] - heads[in.heading]
			if len(in.provs) > 0 {
				least := provs[in.provs[0]]
				for _, p := range in.provs[1:] {
					least = min(least, provs[p])
				}
				worth -= least
			}
			if best < 0 || worth > bestWorth {
				best, bestWorth = k, worth
			}
		}
		picked[best] = true
		in := &infos[best]
		days[in.day]++
		heads[in.heading]++
		for _, p := range in.provs {
			provs[p]++
		}
		out = append(out, cands[best])
	}
	slices.Sort(out) // indexes in rank order
	return out
}

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
