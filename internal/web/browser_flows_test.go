package web_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/mail"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"bantin/internal/model"
)

// The home page, a topic page and a province page, with their feeds.
func TestBrowserPages(t *testing.T) {
	node, dir := browserScripts(t)
	t.Parallel()
	s := newSite(t)
	cat := model.NewCatalog()
	type link struct {
		Name string `json:"name"`
		Page string `json:"page"`
	}
	type list struct {
		Path    string   `json:"path"`
		Heading string   `json:"heading"`
		Titles  []string `json:"titles"`
		Images  int      `json:"images"`
		Shot    string   `json:"shot"`
	}
	spec := struct {
		Topics      []link   `json:"topics"`
		Provinces   []link   `json:"provinces"`
		Legacy      int      `json:"legacy"`
		Regions     int      `json:"regions"`
		FeedTypes   []string `json:"feedTypes"`
		Lists       []list   `json:"lists"`
		Top         []string `json:"top"`
		Story       []string `json:"story"`
		StorySource []string `json:"storySources"`
		Search      []string `json:"search"`
		Earlier     string   `json:"earlier"`
	}{
		FeedTypes: []string{"application/rss+xml", "application/atom+xml", "application/feed+json"},
		Lists: []list{
			{Path: "/topics/giao-thong/", Heading: "Giao thông – Hạ tầng", Titles: gtArticles, Images: 1, Shot: "topic"},
			{Path: "/provinces/thai-nguyen/", Heading: "Thái Nguyên", Titles: tnArticles, Shot: "province"},
		},
		Regions: len(cat.Regions()), Top: topTitles, Story: storyTitles, StorySource: []string{"VnExpress", "Tuổi Trẻ"},
		// "cao toc" without diacritics finds both motorway articles.
		Search:  []string{storyTitles[1], storyTitles[0]},
		Earlier: threadEarlier,
	}
	for _, tp := range cat.Topics() {
		spec.Topics = append(spec.Topics, link{tp.Name, "/topics/" + tp.Slug + "/"})
	}
	for _, p := range cat.Provinces() {
		if p.Legacy() {
			spec.Legacy++
		} else {
			spec.Provinces = append(spec.Provinces, link{p.Name, "/provinces/" + p.Slug + "/"})
		}
	}
	if len(spec.Topics) != 16 || len(spec.Provinces) != 34 {
		t.Fatalf("catalog: %d topics, %d provinces; want 16 and 34", len(spec.Topics), len(spec.Provinces))
	}
	out := t.TempDir()
	b, _ := json.Marshal(spec)
	if err := os.WriteFile(filepath.Join(out, "spec.json"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	shots := runScript(t, node, dir, "pages.mjs", s.base, out, nil)
	keepScreenshots(t, shots, "home", "home_phone", "topic", "province", "story", "story_phone", "search", "feeds")
}

// The subscription flow from the form to unsubscribing, with the
// confirmation link taken from the email and the store checked at each step.
func TestBrowserSubscribe(t *testing.T) {
	node, dir := browserScripts(t)
	t.Parallel()
	s := newSite(t)
	ctx := context.Background()
	const addr = "ban.doc@example.com"
	cat := model.NewCatalog()
	name := func(slug string) string {
		if tp, ok := cat.Topic(slug); ok {
			return tp.Name
		}
		p, _ := cat.Province(slug)
		return p.Name
	}
	newTopics := []string{"the-thao", "giao-thong"} // catalog order, as the form lists them
	spec := map[string]any{"topic": "kinh-te", "topicName": name("kinh-te"), "province": "ha-noi", "provinceName": name("ha-noi"),
		"newTopics": newTopics, "newTopicNames": []string{name("the-thao"), name("giao-thong")},
		"newProvince": "bac-kan", "newProvinceName": name("bac-kan")}

	// want checks the subscriber in the store.
	want := func(step, status string, topics, provinces []string) error {
		sub, err := s.st.SubscriberByEmail(ctx, addr)
		if err != nil {
			return err
		}
		if sub.Status != status || !slices.Equal(sub.Topics, topics) || !slices.Equal(sub.Provinces, provinces) {
			return fmt.Errorf("after %s: subscriber %s %v / %v, want %s %v / %v", step, sub.Status, sub.Topics, sub.Provinces, status, topics, provinces)
		}
		if status == model.StatusActive && sub.ConfirmedAt.IsZero() {
			return fmt.Errorf("after %s: active without a confirmation time", step)
		}
		return nil
	}
	var steps []string
	shots := runScript(t, node, dir, "subscribe.mjs", s.base, t.TempDir(), func(step string, data json.RawMessage) (any, error) {
		steps = append(steps, step)
		switch step {
		case "form":
			var counts struct{ Topics, Provinces int }
			json.Unmarshal(data, &counts)
			if counts.Topics != len(cat.Topics()) || counts.Provinces != len(cat.Provinces()) {
				return nil, fmt.Errorf("the form offers %d topics and %d provinces, want %d and %d",
					counts.Topics, counts.Provinces, len(cat.Topics()), len(cat.Provinces()))
			}
			if _, err := s.st.SubscriberByEmail(ctx, addr); !errors.Is(err, model.ErrNotFound) {
				return nil, errors.New("a subscriber exists before the form is sent")
			}
			return spec, nil
		case "submitted":
			s.app.Server.Wait()
			if err := want(step, model.StatusPending, []string{"kinh-te"}, []string{"ha-noi"}); err != nil {
				return nil, err
			}
			msgs := s.inbox.Received(addr)
			if len(msgs) != 1 {
				return nil, fmt.Errorf("%d confirmation mails received, want 1", len(msgs))
			}
			link, err := mailLink(string(msgs[0]), s.base+"/confirm/")
			if err != nil {
				return nil, err
			}
			return map[string]string{"confirmURL": link}, nil
		case "confirm-page":
			return nil, want(step+" (GET must not confirm)", model.StatusPending, []string{"kinh-te"}, []string{"ha-noi"})
		case "confirmed":
			return nil, want(step, model.StatusActive, []string{"kinh-te"}, []string{"ha-noi"})
		case "saved":
			return nil, want(step, model.StatusActive, newTopics, []string{"bac-kan"})
		case "unsubscribe-page":
			return nil, want(step+" (GET must not unsubscribe)", model.StatusActive, newTopics, []string{"bac-kan"})
		case "unsubscribed":
			return nil, want(step, model.StatusUnsubscribed, newTopics, []string{"bac-kan"})
		}
		return nil, errors.New("unknown step")
	})
	if wantSteps := []string{"form", "submitted", "confirm-page", "confirmed", "saved", "unsubscribe-page", "unsubscribed"}; !slices.Equal(steps, wantSteps) {
		t.Errorf("steps %v, want %v", steps, wantSteps)
	}
	// The flow ends by taking the unsubscription back: active again, with
	// the choices it had, and no new confirmation mailed.
	if err := want("the flow", model.StatusActive, newTopics, []string{"bac-kan"}); err != nil {
		t.Error(err)
	}
	if n := len(s.inbox.Received(addr)); n != 1 {
		t.Errorf("%d mails to %s, want only the confirmation", n, addr)
	}
	keepScreenshots(t, shots, "subscribe", "subscribe_done", "confirm", "confirm_done", "preferences", "unsubscribe", "unsubscribe_done")
}

// mailLink returns the first link starting with prefix in the text part of
// the raw message.
func mailLink(raw, prefix string) (string, error) {
	msg, err := mail.ReadMessage(strings.NewReader(raw))
	if err != nil {
		return "", err
	}
	text, err := textPart(msg.Header.Get("Content-Type"), msg.Header.Get("Content-Transfer-Encoding"), msg.Body)
	if err != nil {
		return "", err
	}
	re := regexp.MustCompile(regexp.QuoteMeta(prefix) + `[^\s"<>]+`)
	if l := re.FindString(text); l != "" {
		return l, nil
	}
	return "", fmt.Errorf("no %s link in the confirmation mail:\n%s", prefix, text)
}

// textPart returns the first text/plain part of a body, decoded.
func textPart(ctype, cte string, body io.Reader) (string, error) {
	mt, params, err := mime.ParseMediaType(ctype)
	if err != nil {
		return "", err
	}
	if strings.HasPrefix(mt, "multipart/") {
		mr := multipart.NewReader(body, params["boundary"])
		for {
			p, err := mr.NextPart() // decodes quoted-printable
			if err != nil {
				return "", errors.New("no text/plain part")
			}
			if s, err := textPart(p.Header.Get("Content-Type"), p.Header.Get("Content-Transfer-Encoding"), p); err == nil {
				return s, nil
			}
		}
	}
	if mt != "text/plain" {
		return "", errors.New("not text/plain")
	}
	if strings.EqualFold(cte, "base64") {
		return "", errors.New("base64 text part not supported")
	}
	b, err := io.ReadAll(body)
	return string(b), err
}
