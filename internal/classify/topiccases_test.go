package classify

import (
	"slices"
	"testing"

	"bantin/internal/model"
)

// topicCase is a title and whether the rules alone tag it with topic.
type topicCase struct {
	title, topic string
	want         bool
}

// checkRuleTopics classifies each case's title with the rules alone (no
// topic model, so that each case shows what the cues do) and reports the
// cases whose topic is present when it should not be, or missing.
func checkRuleTopics(t *testing.T, cases []topicCase) {
	t.Helper()
	c, err := NewWithModel(model.NewCatalog(), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range cases {
		t.Run(tc.title+"/"+tc.topic, func(t *testing.T) {
			got := topicSlugs(c.Classify(Input{Title: tc.title}))
			if slices.Contains(got, tc.topic) != tc.want {
				t.Errorf("topics %v: %s among them is %v, want %v", got, tc.topic, !tc.want, tc.want)
			}
		})
	}
}
