package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"bantin/internal/model"
)

// fetchNow is the fetch time used by parse tests: 19:30 in Hà Nội.
var fetchNow = time.Date(2026, 9, 14, 12, 30, 0, 0, time.UTC)

func fixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "upstream", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func parseFixture(t testing.TB, name string) *Feed {
	t.Helper()
	feed, err := NewParser(nil).Parse(fixture(t, name), "", model.Source{URL: "http://127.0.0.1/rss/" + name}, fetchNow)
	if err != nil {
		t.Fatalf("Parse(%s): %v", name, err)
	}
	return feed
}

func itemByTitle(t testing.TB, f *Feed, prefix string) model.Article {
	t.Helper()
	for _, a := range f.Items {
		if strings.HasPrefix(a.Title, prefix) {
			return a
		}
	}
	t.Fatalf("no item titled %q in %q (%d items)", prefix, f.Title, len(f.Items))
	return model.Article{}
}

func utc(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

// TestParseFixtures checks one quirk of one real-looking feed per row.
func TestParseFixtures(t *testing.T) {
	tests := []struct {
		name, file, title string
		check             func(t *testing.T, a model.Article)
	}{
		{"vnexpress CDATA image and summary", "vnexpress.rss", "Thủ tướng yêu cầu", func(t *testing.T, a model.Article) {
			eq(t, "image", a.ImageURL, "https://i1-vnexpress.vnecdn.net/2026/09/14/cao-toc-1726300000.jpg?w=1200&h=0&q=100&dpr=1&fit=crop&s=abc")
			eq(t, "summary", a.Summary[:len("Thủ tướng Phạm Minh Chính")], "Thủ tướng Phạm Minh Chính")
			eq(t, "key", a.Key, "url:https://vnexpress.net/thu-tuong-yeu-cau-hoan-thanh-cao-toc-bac-nam-4791234.html")
			eqTime(t, a.PublishedAt, "2026-09-14T11:44:00Z")
		}},
		{"vnexpress guid=link with utm keys on canonical link", "vnexpress.rss", "Hà Nội thí điểm", func(t *testing.T, a model.Article) {
			eq(t, "key", a.Key, "url:https://vnexpress.net/ha-noi-thi-diem-vung-phat-thai-thap-4791100.html")
		}},
		{"tuoitre GMT+7 and enclosure, no guid, zalo params", "tuoitre.rss", "TP.HCM khởi công", func(t *testing.T, a model.Article) {
			eqTime(t, a.PublishedAt, "2026-09-14T11:30:00Z")
			eq(t, "key", a.Key, "url:https://tuoitre.vn/tp-hcm-khoi-cong-tuyen-metro-so-2-20260914183012345.htm")
			eq(t, "image", a.ImageURL, "https://cdn2.tuoitre.vn/thumb_w/480/2026/9/14/metro-so-2.jpg")
		}},
		{"tuoitre GMT+07:00, image only in enclosure", "tuoitre.rss", "Bão số 5", func(t *testing.T, a model.Article) {
			eqTime(t, a.PublishedAt, "2026-09-14T10:00:00Z")
			eq(t, "image", a.ImageURL, "https://cdn2.tuoitre.vn/zoom/600_315/2026/9/14/bao-so-5.jpg")
		}},
		{"tuoitre zone-less M/D/Y with AM", "tuoitre.rss", "Đà Nẵng đón", func(t *testing.T, a model.Article) {
			eqTime(t, a.PublishedAt, "2026-09-14T03:15:00Z")
			eq(t, "key", a.Key, "guid:tto-20260914101500222")
		}},
		{"baochinhphu M/D/Y PM in source zone, relative link and img", "baochinhphu.rss", "Chính phủ ban hành", func(t *testing.T, a model.Article) {
			eqTime(t, a.PublishedAt, "2026-09-14T11:44:00Z")
			eq(t, "url", a.URL, "https://baochinhphu.vn/chinh-phu-ban-hanh-nghi-dinh-ve-phan-cap-phan-quyen-102260914184400123.htm")
			eq(t, "image", a.ImageURL, "https://baochinhphu.vn/Uploaded/2026_09_14/nghi-dinh.jpg")
		}},
		{"baochinhphu future date becomes fetch time", "baochinhphu.rss", "Phó Thủ tướng", func(t *testing.T, a model.Article) {
			eqTime(t, a.PublishedAt, fetchNow.Format(time.RFC3339))
		}},
		{"vtv +07", "vtv.rss", "Hơn 1.000", func(t *testing.T, a model.Article) {
			eqTime(t, a.PublishedAt, "2026-09-14T05:00:00Z")
		}},
		{"sggp +07:00, dc:creator, media:content", "sggp.rss", "Xuất khẩu", func(t *testing.T, a model.Article) {
			eqTime(t, a.PublishedAt, "2026-09-14T01:30:00Z")
			eq(t, "author", a.Author, "Thanh Hải")
			eq(t, "image", a.ImageURL, "https://image.sggp.org.vn/w680/Uploaded/2026/thuy-san.jpg")
		}},
		{"cafef two-digit year, escaped HTML, categories deduped", "cafef.rss", "VN-Index", func(t *testing.T, a model.Article) {
			eqTime(t, a.PublishedAt, "2026-09-14T01:00:00Z")
			eq(t, "image", a.ImageURL, "https://cafefcdn.com/thumb_w/300/2026/9/14/vnindex.jpg")
			eq(t, "categories", strings.Join(a.Categories, "|"), "Chứng khoán|Thị trường")
			eq(t, "summary", a.Summary, "Phiên sáng nay VN-Index tăng hơn 15 điểm, thanh khoản sàn HoSE đạt gần 30.000 tỷ đồng.")
		}},
		{"thanhnien double-encoded entities, sanitised content", "thanhnien.rss", "Điểm chuẩn này", func(t *testing.T, a model.Article) {
			eqTime(t, a.PublishedAt, "2026-09-14T00:15:00Z")
			eq(t, "author", a.Author, "Mỹ Quyên")
			if !strings.Contains(a.Summary, "nhóm ngành") || !strings.Contains(a.ContentHTML, "nhóm ngành") {
				t.Errorf("double-encoded entity left: %q / %q", a.Summary, a.ContentHTML)
			}
			for _, bad := range []string{"<script", "onclick", "onmouseover", "<iframe", "<style", "track("} {
				if strings.Contains(a.ContentHTML, bad) {
					t.Errorf("content keeps %q: %s", bad, a.ContentHTML)
				}
			}
			if !strings.Contains(a.ContentHTML, `href="https://thanhnien.vn/tuyen-sinh/diem-chuan.htm"`) {
				t.Errorf("relative link not made absolute: %s", a.ContentHTML)
			}
			eq(t, "image", a.ImageURL, "https://thanhnien.vn/images/2026/9/14/diem-chuan.jpg")
		}},
		{"vietnambiz utf-16 prolog over UTF-8", "vietnambiz.rss", "Doanh nghiệp Việt tìm cách vượt rào", func(t *testing.T, a model.Article) {
			eqTime(t, a.PublishedAt, "2026-09-14T03:29:30Z")
		}},
		{"windows-1258 decodes to NFC", "legacy-windows-1258.rss", "Điện Biên đẩy mạnh trồng cây mắc ca trên đất dốc", func(t *testing.T, a model.Article) {
			eq(t, "summary", a.Summary, "Tỉnh Điện Biên đặt mục tiêu mở rộng diện tích mắc ca lên 5.000 ha, gắn với bảo vệ rừng đầu nguồn.")
		}},
		{"NFD, Ð for Đ and NUL", "legacy-nfd.rss", "Đắk Lắk khánh thành cầu treo dân sinh ở xã Ea Súp", func(t *testing.T, a model.Article) {
			eq(t, "author", a.Author, "Đinh Văn Hùng")
			if strings.ContainsRune(a.Title, 0) || a.Mojibake {
				t.Errorf("title %q mojibake=%v", a.Title, a.Mojibake)
			}
		}},
		{"mojibake flagged", "mojibake.rss", "Thá", func(t *testing.T, a model.Article) {
			if !a.Mojibake {
				t.Error("mojibake not flagged")
			}
		}},
		{"clean item beside mojibake not flagged", "mojibake.rss", "Giá vàng", func(t *testing.T, a model.Article) {
			if a.Mojibake {
				t.Error("clean item flagged")
			}
		}},
		{"atom: relative link, html content, author, updated", "nhandan.atom", "Quốc hội thảo luận", func(t *testing.T, a model.Article) {
			eq(t, "url", a.URL, "https://nhandan.vn/quoc-hoi-thao-luan-du-an-luat-du-lieu-post870001.html")
			eq(t, "key", a.Key, "guid:tag:nhandan.vn,2026:post-870001")
			eq(t, "author", a.Author, "Minh Châu")
			eqTime(t, a.PublishedAt, "2026-09-14T02:30:00Z")
			eqTime(t, a.UpdatedAt, "2026-09-14T04:45:00Z")
			eq(t, "image", a.ImageURL, "https://nhandan.vn/uploads/2026/09/14/quoc-hoi.jpg")
			if strings.Contains(a.ContentHTML, "alert") {
				t.Errorf("script kept: %s", a.ContentHTML)
			}
		}},
		{"json feed: id, image, tags", "vnexpress.json", "Trí tuệ nhân tạo", func(t *testing.T, a model.Article) {
			eq(t, "key", a.Key, "guid:sohoa-5001")
			eq(t, "image", a.ImageURL, "https://sohoa.example.vn/img/ai-hanh-chinh-cover.jpg")
			eq(t, "author", a.Author, "Lưu Quý")
			eq(t, "categories", strings.Join(a.Categories, "|"), "Chuyển đổi số|AI")
			eqTime(t, a.PublishedAt, "2026-09-14T00:45:00Z")
		}},
		{"json feed: no id keys on canonical url", "vnexpress.json", "Kết nối dữ liệu", func(t *testing.T, a model.Article) {
			eq(t, "key", a.Key, "url:https://sohoa.example.vn/chuyen-doi-so/du-lieu-dan-cu-5002.html")
		}},
		{"báo thái nguyên: byline author, weekday date", "baothainguyen.rss", "Ngành Tổ chức", func(t *testing.T, a model.Article) {
			eq(t, "title", a.Title, "Ngành Tổ chức xây dựng Đảng cần tiếp tục thực hiện hiệu quả 10 nhóm nhiệm vụ, giải pháp")
			eq(t, "author", a.Author, "Linh Lan")
			eqTime(t, a.PublishedAt, "2022-12-29T06:12:00Z")
			eq(t, "key", a.Key, "url:https://baothainguyen.vn/chinh-tri/xay-dung-dang/nganh-to-chuc-xay-dung-dang-can-tiep-tuc-thuc-hien-hieu-qua-10-nhom-nhiem-vu-giai-phap-316181.html")
			if !strings.Contains(a.ContentHTML, "Điểm cầu Thái Nguyên") || strings.HasPrefix(a.Summary, "Linh Lan") {
				t.Errorf("content/summary: %q / %q", a.ContentHTML, a.Summary)
			}
			eq(t, "image", a.ImageURL, "https://baothainguyen.vn/file/oldimage/baothainguyen/UserFiles/image/2022/12/29/hoi-nghi-to-chuc.jpg")
		}},
		{"báo thái nguyên: date only in byline", "baothainguyen.rss", "Đảng bộ xã Phú Đình", func(t *testing.T, a model.Article) {
			eq(t, "author", a.Author, "Hà Thanh")
			eqTime(t, a.PublishedAt, "2022-12-28T01:05:00Z")
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := itemByTitle(t, parseFixture(t, tt.file), tt.title)
			if a.Key == "" || len(a.ContentHash) != 64 || !a.FetchedAt.Equal(fetchNow) {
				t.Errorf("key %q hash %q fetched %v", a.Key, a.ContentHash, a.FetchedAt)
			}
			tt.check(t, a)
		})
	}
}

func eq(t *testing.T, what, got, want string) {
	t.Helper()
	if got != want {
		t.Errorf("%s = %q, want %q", what, got, want)
	}
}

func eqTime(t *testing.T, got time.Time, want string) {
	t.Helper()
	if !got.Equal(utc(want)) {
		t.Errorf("time = %s, want %s", got.UTC().Format(time.RFC3339), want)
	}
}
