package pipeline_test

import (
	"testing"
	"time"

	"bantin/internal/classify"
	"bantin/internal/ingest"
	"bantin/internal/model"
	"bantin/internal/pipeline"
)

// TestLeadReadOnce: an item whose feed restates its description as its
// body — a description only, a content:encoded that begins with the
// description and adds a paragraph, a description cut short ("…") of the
// content's first paragraph — is tagged as its title and summary alone
// with that addition: the classifier reads the lead once, as the
// evaluation does (classify.Input, dropLeadRepeat). A transferred
// official's former province, refused when read once, was tagged when the
// description came again as the body.
func TestLeadReadOnce(t *testing.T) {
	const (
		title = "Ông Nguyễn Văn An làm Phó bí thư Thành ủy Hà Nội"
		lead  = "Bộ Chính trị điều động ông Nguyễn Văn An, Bí thư Tỉnh ủy Quảng Ninh, giữ chức Phó bí thư Thành ủy Hà Nội nhiệm kỳ mới."
		cut   = "Bộ Chính trị điều động ông Nguyễn Văn An, Bí thư Tỉnh ủy Quảng Ninh, giữ chức Phó bí thư Thành ủy Hà Nội nhiệm…"
		more  = "Hội nghị công bố quyết định diễn ra sáng nay tại trụ sở Thành ủy."
	)
	cls, err := classify.New(model.NewCatalog())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, item, extra string }{
		{"description only", "<description>" + lead + "</description>", ""},
		{"description as marked-up HTML", "<description><![CDATA[<p>  " + lead + " </p>]]></description>", ""},
		{"description with a linked picture", `<description><![CDATA[<a href="https://example.vn/a-1.html"><img src="https://example.vn/a.jpg"></a></br>` + lead + "]]></description>", ""},
		{"byline and dateline first", "<description>Nguyễn Văn Bình - TPO - " + lead + "</description>", ""},
		{"content adds a paragraph", "<description>" + lead + "</description><content:encoded><![CDATA[<p>" + lead + "</p><p>" + more + "</p>]]></content:encoded>", more},
		{"description cut short", "<description>" + cut + "</description><content:encoded><![CDATA[<p>" + lead + "</p><p>" + more + "</p>]]></content:encoded>", "kỳ mới. " + more},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			feed := `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>t</title>` +
				`<item><title>` + title + `</title><link>https://example.vn/a-1.html</link>` + tt.item + `</item></channel></rss>`
			src := model.Source{URL: "https://example.vn/rss"}
			f, err := ingest.NewParser(nil).Parse([]byte(feed), "application/rss+xml", src, time.Now())
			if err != nil || len(f.Items) != 1 {
				t.Fatalf("parse: %v, %d items", err, len(f.Items))
			}
			in := pipeline.ClassifierInput(&f.Items[0], src)
			got := cls.Classify(in)
			in.Body = tt.extra
			want := cls.Classify(in)
			if provs(got) != provs(want) {
				t.Errorf("provinces %q, want %q (the lead read once)", provs(got), provs(want))
			}
			if len(got.Topics) == 0 || got.Topics[0].Topic != want.Topics[0].Topic {
				t.Errorf("primary topic %v, want %v", got.Topics, want.Topics)
			}
		})
	}
}

func provs(r classify.Result) string {
	s := ""
	for _, p := range r.Provinces {
		s += p.Province + " "
	}
	return s
}
