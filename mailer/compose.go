package mailer

import (
	"cmp"
	"slices"
)

// DefaultMaxStories is the cap [Compose] applies when given max <= 0.
const DefaultMaxStories = 20

// otherTopicLabel heads stories that carry no topic.
const otherTopicLabel = "Tin khác"

// Compose ranks stories and groups them by topic. It is pure and deterministic:
//
//   - rank by ClusterSize (how many sources covered the story) descending, then
//     Published descending, then URL ascending as a tie-break;
//   - keep only the best-ranked story of each cluster (ClusterID, or URL when
//     ClusterID is empty);
//   - keep the first max stories (DefaultMaxStories when max <= 0);
//   - group by TopicSlug; groups are ordered by their best story, stories in a
//     group keep rank order.
//
// The input slice is not modified. It returns nil when stories is empty.
func Compose(stories []Story, max int) []TopicGroup {
	if max <= 0 {
		max = DefaultMaxStories
	}
	ranked := slices.Clone(stories)
	slices.SortStableFunc(ranked, compareStories)

	seen := make(map[string]bool, len(ranked))
	var groups []TopicGroup
	index := map[string]int{} // topic slug -> position in groups
	kept := 0
	for _, s := range ranked {
		if kept == max {
			break
		}
		key := clusterKey(s)
		if seen[key] {
			continue
		}
		seen[key] = true
		kept++
		i, ok := index[s.TopicSlug]
		if !ok {
			i = len(groups)
			index[s.TopicSlug] = i
			groups = append(groups, TopicGroup{Slug: s.TopicSlug, Label: topicLabel(s)})
		}
		groups[i].Stories = append(groups[i].Stories, s)
	}
	return groups
}

func compareStories(a, b Story) int {
	if c := cmp.Compare(b.ClusterSize, a.ClusterSize); c != 0 {
		return c
	}
	if c := b.Published.Compare(a.Published); c != 0 {
		return c
	}
	return cmp.Compare(a.URL, b.URL)
}

func clusterKey(s Story) string {
	if s.ClusterID != "" {
		return "c:" + s.ClusterID
	}
	return "u:" + s.URL
}

func topicLabel(s Story) string {
	switch {
	case s.TopicLabel != "":
		return s.TopicLabel
	case s.TopicSlug != "":
		return s.TopicSlug
	default:
		return otherTopicLabel
	}
}

// storyCount returns how many stories the groups hold.
func storyCount(groups []TopicGroup) int {
	n := 0
	for _, g := range groups {
		n += len(g.Stories)
	}
	return n
}
