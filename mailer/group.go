package mailer

// otherTopicLabel heads stories that carry no topic.
const otherTopicLabel = "Tin khác"

// GroupByTopic groups stories under their topic for display, keeping their
// order: groups are ordered by their first story, and stories within a
// group keep the order given. Stories without TopicSlug go under
// "Tin khác". It does not rank, de-duplicate or cap: the caller
// (internal/digest) hands over the stories already chosen and ranked. It
// returns nil when stories is empty and does not modify stories.
func GroupByTopic(stories []Story) []TopicGroup {
	var groups []TopicGroup
	index := map[string]int{} // topic slug -> position in groups
	for _, s := range stories {
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
