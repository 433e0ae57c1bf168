package web

import (
	"errors"
	"net/http"
	"strings"
	"testing"

	"bantin/internal/model"
	"bantin/internal/store/storetest"
)

// The synonym table names topics only, and words that are neither a
// topic's slug nor guessed from a topic's name already (model's guess
// comes first), nor written alike for two topics.
func TestTopicSynonymsTable(t *testing.T) {
	c := model.NewCatalog()
	seen := map[string]string{}
	for topic, words := range topicSynonyms() {
		if _, ok := c.Topic(topic); !ok {
			t.Errorf("synonyms of %q: not a topic", topic)
		}
		for _, w := range words {
			var se *model.SlugError
			if err := c.CheckTopics(w); !errors.As(err, &se) || se.Suggest != "" {
				t.Errorf("synonym %q of %s: a topic or guessed already (%v)", w, topic, err)
			}
			key := strings.ReplaceAll(w, "-", "")
			if other, dup := seen[key]; dup {
				t.Errorf("synonym %q of %s is also %s's", w, topic, other)
			}
			seen[key] = topic
		}
	}
}

// The synonyms are the 404 page's guess only: a feed's 400 for an unknown
// topic keeps to the topic's own name ("did you mean" only for a spelling
// of it), as the CLI's does.
func TestTopicSynonymsPagesOnly(t *testing.T) {
	f := newFixture(t, storetest.OpenSQLite(t), Config{})
	for _, tc := range []struct{ path, guess string }{
		{"/topics/bong-da/", `Có phải <a href="/topics/the-thao/">Thể thao</a>?`},
		{"/feed.json?topic=bong-da", ""},
		{"/feed.json?topic=thethao", `did you mean "the-thao"`},
	} {
		body := f.do(http.MethodGet, tc.path).Body.String()
		if tc.guess != "" && !strings.Contains(body, tc.guess) || tc.guess == "" && (strings.Contains(body, "did you mean") || strings.Contains(body, "Có phải")) {
			t.Errorf("%s: want guess %q in\n%s", tc.path, tc.guess, body)
		}
	}
}
