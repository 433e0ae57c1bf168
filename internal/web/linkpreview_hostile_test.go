package web

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"bantin/internal/model"
	"bantin/internal/store/storetest"
)

// A link preview is built from upstream text (the central report's title,
// summary and picture): whatever that text holds stays inside its
// attribute, escaped, in every page's head; and a hostile "Tin cũ hơn"
// cursor is a 400, never a page.
func TestLinkPreviewEscapesUpstreamText(t *testing.T) {
	f := newFixture(t, storetest.OpenSQLite(t), Config{BaseURL: testBase + "/tin"})
	a := art("evil", `Tin "nóng"><script>alert(1)</script>`, t0.Add(6*time.Hour), []string{"thoi-su"})
	a.Summary = `"><img src=x onerror=alert(1)> & <b>đậm</b>`
	a.ImageURL = `https://bao.example.vn/a.jpg" onload="alert(1)`
	f.save(t, f.src[1], a)
	arts, err := f.st.Articles(context.Background(), model.Filter{Query: "nong"})
	if err != nil || len(arts) != 1 {
		t.Fatalf("the article: %v, %v", arts, err)
	}
	for _, path := range []string{"/tin/", fmt.Sprintf("/tin/stories/%d", arts[0].ClusterID), "/tin/search?q=nong"} {
		body := f.get(t, path).Body.String()
		head, _, _ := strings.Cut(body, "</head>")
		if strings.Contains(path, "stories") && !strings.Contains(head, `content="1 nguồn đưa tin. &#34;&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &lt;b&gt;đậm&lt;/b&gt;"`) {
			t.Errorf("%s: the description is not the summary, escaped:\n%s", path, head)
		}
		for _, bad := range []string{"<script>alert", "<img", `" onload="`, "<b>"} {
			if strings.Contains(head, bad) {
				t.Errorf("%s: head holds %s unescaped:\n%s", path, bad, head)
			}
		}
	}
	for _, v := range []string{"9223372036854775807-1", "-9223372036854775808-9223372036854775807", "1-0", "1--1", "%00", "1-1-1", "<script>-1"} {
		w := f.do("GET", "/tin/?truoc="+v)
		if w.Code != 400 && w.Code != 200 {
			t.Errorf("truoc=%s: %d", v, w.Code)
		}
		if strings.Contains(w.Body.String(), "<script>-") {
			t.Errorf("truoc=%s: echoed unescaped", v)
		}
	}
}
