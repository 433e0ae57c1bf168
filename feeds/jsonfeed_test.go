package feeds

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

// JSON Feed 1.1 keys (https://jsonfeed.org/version/1.1); anything else must
// be an extension: a key starting with "_" holding an object.
var (
	jsonFeedKeys = set("version", "title", "home_page_url", "feed_url", "description", "user_comment",
		"next_url", "icon", "favicon", "authors", "language", "expired", "hubs", "items")
	jsonItemKeys = set("id", "url", "external_url", "title", "content_html", "content_text", "summary",
		"image", "banner_image", "date_published", "date_modified", "authors", "tags", "language", "attachments")
)

func set(keys ...string) map[string]bool {
	m := map[string]bool{}
	for _, k := range keys {
		m[k] = true
	}
	return m
}

// TestJSONFeedSpec validates the JSON Feed 1.1 requirements that feedparser
// cannot check (it does not read JSON Feed).
func TestJSONFeedSpec(t *testing.T) {
	for name, f := range allFixtures(JSON) {
		var doc map[string]any
		if err := json.Unmarshal(render(t, f, JSON), &doc); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		checkKeys(t, name, doc, jsonFeedKeys)
		if doc["version"] != "https://jsonfeed.org/version/1.1" || doc["title"] != f.Title {
			t.Errorf("%s: version %v title %v", name, doc["version"], doc["title"])
		}
		if doc["feed_url"] != f.SelfURL || doc["home_page_url"] != f.HomeURL || doc["language"] != "vi" {
			t.Errorf("%s: feed_url %v home_page_url %v language %v", name, doc["feed_url"], doc["home_page_url"], doc["language"])
		}
		if hubs, ok := doc["hubs"].([]any); ok != (f.HubURL != "") || ok && len(hubs) != 1 {
			t.Errorf("%s: hubs %v with HubURL %q", name, doc["hubs"], f.HubURL)
		}
		items, ok := doc["items"].([]any)
		if !ok || len(items) != len(f.Items) {
			t.Fatalf("%s: items %T with %d entries, want an array of %d", name, doc["items"], len(items), len(f.Items))
		}
		ids := map[string]bool{}
		for i, raw := range items {
			item, _ := raw.(map[string]any)
			checkJSONItem(t, name, item, ids)
			if item["id"] != f.Items[i].id() {
				t.Errorf("%s: item %d id %v, want %q", name, i, item["id"], f.Items[i].id())
			}
		}
	}
}

func checkKeys(t *testing.T, name string, obj map[string]any, allowed map[string]bool) {
	t.Helper()
	for k, v := range obj {
		if _, isObj := v.(map[string]any); !allowed[k] && !(strings.HasPrefix(k, "_") && isObj) {
			t.Errorf("%s: unknown key %q (extensions start with _ and hold an object)", name, k)
		}
	}
}

func checkJSONItem(t *testing.T, name string, item map[string]any, ids map[string]bool) {
	t.Helper()
	checkKeys(t, name, item, jsonItemKeys)
	id, _ := item["id"].(string)
	if id == "" || ids[id] {
		t.Errorf("%s: item id %q empty or duplicate", name, id)
	}
	ids[id] = true
	if _, ok := item["content_html"].(string); !ok {
		t.Errorf("%s: item %s has no content_html", name, id)
	}
	for _, k := range []string{"date_published", "date_modified"} {
		if s, ok := item[k].(string); ok {
			if _, err := time.Parse(time.RFC3339, s); err != nil {
				t.Errorf("%s: %s %q: %v", name, k, s, err)
			}
		}
	}
	authors, _ := item["authors"].([]any)
	for _, a := range authors {
		a, _ := a.(map[string]any)
		if a["name"] == nil && a["url"] == nil && a["avatar"] == nil {
			t.Errorf("%s: item %s author without name, url or avatar", name, id)
		}
	}
	tags, _ := item["tags"].([]any)
	for _, tag := range tags {
		if s, ok := tag.(string); !ok || s == "" {
			t.Errorf("%s: item %s tag %v", name, id, tag)
		}
	}
}

// TestJSONArbitraryText renders the generated nasty feeds as JSON: each
// must be one valid object and a newline, with "items" present as its last
// key and holding one entry per item.
func TestJSONArbitraryText(t *testing.T) {
	for seed := range 400 {
		f := nastyFeed(seed)
		out := render(t, f, JSON)
		if !json.Valid(out) || !strings.HasSuffix(string(out), "}\n") {
			t.Fatalf("nasty%d: not one JSON object and a newline:\n%s", seed, out)
		}
		keys := topKeys(t, out)
		var doc struct{ Items []json.RawMessage }
		if err := json.Unmarshal(out, &doc); err != nil || doc.Items == nil || len(doc.Items) != len(f.Items) {
			t.Errorf("nasty%d: items %d (err %v), want an array of %d", seed, len(doc.Items), err, len(f.Items))
		}
		if len(keys) == 0 || keys[len(keys)-1] != "items" {
			t.Errorf("nasty%d: keys %q, want \"items\" last", seed, keys)
		}
	}
}

// topKeys returns the keys of the JSON object doc in document order.
func topKeys(t *testing.T, doc []byte) []string {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(string(doc)))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		t.Fatalf("not a JSON object: %v %v", tok, err)
	}
	var keys []string
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			t.Fatal(err)
		}
		key, _ := tok.(string)
		keys = append(keys, key)
		var value json.RawMessage
		if err := dec.Decode(&value); err != nil {
			t.Fatal(err)
		}
	}
	return keys
}
