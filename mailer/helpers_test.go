package mailer

import (
	"bytes"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"os"
	"strings"
	"testing"
	"time"
)

var (
	ict     = time.FixedZone("ICT", 7*3600)
	sendAt  = time.Date(2026, 11, 30, 7, 0, 0, 0, ict)
	week48  = Period{Label: "48/2026", Start: time.Date(2026, 11, 23, 0, 0, 0, 0, ict), End: time.Date(2026, 11, 30, 0, 0, 0, 0, ict)}
	testRcp = Recipient{
		Address:        "ban.doc@example.com",
		Key:            "digest-2026-W48-42",
		ViewURL:        "https://bantin.example/digests/2026-W48?f=xay-dung-dang.thai-nguyen",
		PreferencesURL: "https://bantin.example/preferences?t=42.abc&sig=Zm9v",
		UnsubscribeURL: "https://bantin.example/unsubscribe?t=42.abc&sig=YmFy",
		OneClickURL:    "https://bantin.example/unsubscribe/one-click?t=42.abc&sig=YmFy",
	}
)

// newTestRenderer loads the real templates from ../templates/email.
func newTestRenderer(tb testing.TB, mod func(*Options)) *Renderer {
	tb.Helper()
	o := Options{
		Templates: os.DirFS("../templates"),
		From:      DefaultFrom,
		Domain:    "bantin.example",
		Location:  ict,
		Now:       func() time.Time { return sendAt },
		Logger:    slog.New(slog.DiscardHandler),
	}
	if mod != nil {
		mod(&o)
	}
	r, err := NewRenderer(o)
	if err != nil {
		tb.Fatalf("NewRenderer: %v", err)
	}
	return r
}

func at(day, hour int) time.Time { return time.Date(2026, 11, day, hour, 0, 0, 0, ict) }

// sampleDigest is a small realistic digest with fixed times, its stories
// chosen and ranked as internal/digest hands them over: one per story
// cluster, by how many sources covered it.
func sampleDigest() Digest {
	return Digest{
		Period:    week48,
		Topics:    []string{"Xây dựng Đảng"},
		Provinces: []string{"Thái Nguyên"},
		Recipient: testRcp,
		Stories: []Story{
			{Title: "Ngành Tổ chức xây dựng Đảng cần tiếp tục thực hiện hiệu quả 10 nhóm nhiệm vụ, giải pháp",
				URL: "https://baothainguyen.vn/chinh-tri/xay-dung-dang/nganh-to-chuc-10-nhom-nhiem-vu.html", Source: "Báo Thái Nguyên",
				Published: at(24, 9), ImageURL: "https://baothainguyen.vn/img/to-chuc.jpg",
				Summary:   "Chiều 24/11, tại điểm cầu Thái Nguyên, đồng chí Bí thư Tỉnh ủy chủ trì hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2026 & triển khai nhiệm vụ năm 2027 <quan trọng>.",
				TopicSlug: "xay-dung-dang", TopicLabel: "Xây dựng Đảng", ClusterID: "c1", ClusterSize: 5,
				StoryURL: "https://bantin.example/stories/41"},
			{Title: "HĐND tỉnh Thái Nguyên khai mạc kỳ họp thứ năm",
				URL: "https://baothainguyen.vn/chinh-tri/hdnd-ky-hop-thu-nam.html", Source: "Báo Thái Nguyên",
				Published: at(27, 8), ImageURL: "https://baothainguyen.vn/img/hdnd.jpg",
				Summary:   "Kỳ họp xem xét 24 tờ trình, dự thảo nghị quyết về kinh tế – xã hội và ngân sách.",
				TopicSlug: "chinh-tri", TopicLabel: "Chính trị", ClusterID: "c3", ClusterSize: 3},
			{Title: "Thái Nguyên: Đại hội Đảng bộ phường Bắc Kạn nhiệm kỳ 2026–2031",
				URL: "https://thainguyen.gov.vn/dai-hoi-dang-bo-phuong-bac-kan", Source: "Cổng TTĐT Thái Nguyên",
				Published: at(26, 15), Summary: "Đại hội bầu Ban Chấp hành Đảng bộ phường gồm 15 đồng chí.",
				TopicSlug: "xay-dung-dang", TopicLabel: "Xây dựng Đảng", ClusterID: "c2", ClusterSize: 2},
			{Title: "Chè Tân Cương vào mùa thu hoạch cuối năm",
				URL: "https://baothainguyen.vn/nong-nghiep/che-tan-cuong.html", Source: "Báo Thái Nguyên",
				Published: at(28, 6), Summary: "Nông dân xã Tân Cương thu hái vụ chè cuối năm, giá ổn định.",
				TopicSlug: "nong-nghiep", TopicLabel: "Nông nghiệp – Nông thôn", ClusterSize: 1},
		},
	}
}

// longDigest has n stories with long Vietnamese titles and summaries, all
// in distinct clusters, for size tests and benchmarks (the digest service
// caps a digest at 20 stories).
func longDigest(n int) Digest {
	d := sampleDigest()
	d.Stories = nil
	topics := [][2]string{{"xay-dung-dang", "Xây dựng Đảng"}, {"chinh-tri", "Chính trị"}, {"kinh-te", "Kinh tế"}, {"xa-hoi", "Thời sự – Xã hội"}}
	title := "Đồng chí Bí thư Tỉnh ủy Thái Nguyên chủ trì hội nghị tổng kết công tác xây dựng Đảng, chỉnh đốn Đảng và hệ thống chính trị năm 2026, triển khai nhiệm vụ trọng tâm năm 2027"
	summary := strings.Repeat("Hội nghị đánh giá kết quả thực hiện nghị quyết, chỉ ra những hạn chế trong công tác cán bộ, kiểm tra, giám sát và đề ra giải pháp đổi mới phương thức lãnh đạo của Đảng ở cơ sở. ", 6)
	for i := range n {
		tp := topics[i%len(topics)]
		d.Stories = append(d.Stories, Story{
			Title: fmt.Sprintf("%s (phần %d)", title, i+1), Summary: summary,
			URL:       fmt.Sprintf("https://baothainguyen.vn/chinh-tri/xay-dung-dang/hoi-nghi-tong-ket-cong-tac-xay-dung-dang-nam-2026-%03d.html", i),
			ImageURL:  fmt.Sprintf("https://baothainguyen.vn/uploads/2026/11/hinh-anh-hoi-nghi-tong-ket-%03d-thumbnail.jpg", i),
			Source:    "Báo và Phát thanh, Truyền hình Thái Nguyên",
			Published: at(23+i%7, i%24), TopicSlug: tp[0], TopicLabel: tp[1],
			ClusterID: fmt.Sprint("cluster-", i), ClusterSize: 1 + i%6,
		})
	}
	return d
}

// parsed is a message split into its parts, bodies decoded.
type parsed struct {
	header   mail.Header
	boundary string
	text     string
	html     string
	textHdr  map[string][]string
	htmlHdr  map[string][]string
}

// parseMessage checks the MIME structure and decodes both parts.
func parseMessage(t *testing.T, raw []byte) parsed {
	t.Helper()
	msg, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("net/mail: %v", err)
	}
	mt, params, err := mime.ParseMediaType(msg.Header.Get("Content-Type"))
	if err != nil || mt != "multipart/alternative" {
		t.Fatalf("Content-Type = %q (%v), want multipart/alternative", msg.Header.Get("Content-Type"), err)
	}
	p := parsed{header: msg.Header, boundary: params["boundary"]}
	mr := multipart.NewReader(msg.Body, params["boundary"])
	for i := 0; ; i++ {
		part, err := mr.NextRawPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("part %d: %v", i, err)
		}
		var body io.Reader = part
		if cte := part.Header.Get("Content-Transfer-Encoding"); cte != "quoted-printable" {
			t.Fatalf("part %d Content-Transfer-Encoding = %q", i, cte)
		}
		body = quotedprintable.NewReader(part)
		b, err := io.ReadAll(body)
		if err != nil {
			t.Fatalf("part %d decode: %v", i, err)
		}
		switch ct := part.Header.Get("Content-Type"); ct {
		case "text/plain; charset=UTF-8":
			p.text, p.textHdr = string(b), part.Header
		case "text/html; charset=UTF-8":
			p.html, p.htmlHdr = string(b), part.Header
		default:
			t.Fatalf("part %d Content-Type = %q", i, ct)
		}
	}
	if p.text == "" || p.html == "" {
		t.Fatalf("want a text and an HTML part, got text=%d html=%d bytes", len(p.text), len(p.html))
	}
	return p
}
