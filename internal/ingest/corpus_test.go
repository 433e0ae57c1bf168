package ingest_test

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// Building blocks of generated Vietnamese news: enough variety that titles,
// summaries and bodies differ, with real place names and topic cues so the
// classifier and clusterer do real work.
var (
	corpusSubjects = []string{"UBND tỉnh", "Tỉnh ủy", "Sở Giáo dục và Đào tạo", "Bộ Y tế", "Công an tỉnh",
		"Hội Nông dân", "Ban Quản lý dự án", "Đoàn Thanh niên", "Ngân hàng Nhà nước", "Liên đoàn Lao động",
		"Bộ đội Biên phòng", "Trường Đại học", "Bệnh viện Đa khoa", "Hợp tác xã", "Cục Thuế"}
	corpusVerbs = []string{"triển khai", "tổng kết", "kiểm tra", "khởi công", "phát động", "thông qua",
		"đánh giá", "hỗ trợ", "xử phạt", "trao tặng", "khánh thành", "đẩy mạnh", "sơ kết"}
	corpusObjects = []string{"chương trình nông thôn mới", "dự án cao tốc", "công tác cán bộ", "kế hoạch tuyển sinh",
		"chiến dịch tiêm chủng", "mô hình trồng chè", "đề án chuyển đổi số", "giải bóng đá thiếu niên",
		"lễ hội truyền thống", "phong trào thi đua", "hệ thống thủy lợi", "khu công nghiệp", "nhà văn hóa",
		"chính sách an sinh xã hội", "kế hoạch phòng chống bão lũ", "nghị quyết đại hội Đảng bộ"}
	corpusPlaces = []string{"Thái Nguyên", "Hà Nội", "Đà Nẵng", "Cần Thơ", "Quảng Ninh", "Nghệ An", "Lâm Đồng",
		"Gia Lai", "Đắk Lắk", "Thanh Hóa", "TP.HCM", "Bắc Ninh", "Hải Phòng", "An Giang", "Lào Cai", "Huế"}
	// Syllables for commune and person names, so titles are as varied as
	// real headlines (a generated corpus of few phrases would cluster).
	corpusSyllables = []string{"An", "Bình", "Phú", "Tân", "Hòa", "Long", "Thạnh", "Phước", "Định", "Sơn",
		"Hưng", "Lợi", "Quang", "Trung", "Đông", "Tây", "Nam", "Bắc", "Mỹ", "Xuân", "Thanh", "Hải", "Lộc",
		"Vĩnh", "Khánh", "Hiệp", "Thuận", "Cường", "Đức", "Minh", "Hà", "Kim", "Ngọc", "Yên", "Lâm", "Thủy"}
	corpusFiller = []string{
		"Theo báo cáo, kết quả đạt được trong năm qua cao hơn so với cùng kỳ.",
		"Lãnh đạo địa phương yêu cầu các đơn vị tiếp tục thực hiện nghiêm túc các nhiệm vụ được giao.",
		"Người dân phấn khởi khi công trình được đưa vào sử dụng đúng tiến độ.",
		"Hội nghị cũng chỉ ra một số hạn chế cần khắc phục trong thời gian tới.",
		"Tổng kinh phí thực hiện ước tính hàng trăm tỷ đồng từ ngân sách và nguồn xã hội hóa.",
		"Các chuyên gia cho rằng cần có giải pháp đồng bộ để nâng cao hiệu quả.",
		"Đây là hoạt động thiết thực hướng tới kỷ niệm ngày thành lập tỉnh.",
		"Cơ quan chức năng đang tiếp tục điều tra, làm rõ vụ việc.",
	}
)

// corpusFeed returns an RSS 2.0 feed of n items for feed number f, in the
// VnExpress style (CDATA description with an image). Deterministic for
// (f, n, version).
func corpusFeed(f, n, version int, base time.Time) []byte {
	r := rand.New(rand.NewPCG(uint64(f), uint64(version)))
	var b strings.Builder
	b.Grow(n * 6000)
	fmt.Fprintf(&b, `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Báo số %d</title><link>https://bao%d.example.vn/</link><description>Tin tức</description>
`, f, f)
	for i := range n {
		title := fmt.Sprintf("%s %s %s %s tại xã %s %s, giai đoạn %d–%d", pick(r, corpusSubjects), pick(r, corpusPlaces),
			pick(r, corpusVerbs), pick(r, corpusObjects), pick(r, corpusSyllables), pick(r, corpusSyllables),
			2020+r.IntN(8), 2030+r.IntN(6))
		pub := base.Add(-time.Duration(f*n+i) * time.Minute).In(time.FixedZone("ICT", 7*3600))
		link := fmt.Sprintf("https://bao%d.example.vn/tin-tuc/bai-%d-%d.html", f, f, i)
		fmt.Fprintf(&b, "<item><title>%s</title><link>%s</link><guid>%s</guid><pubDate>%s</pubDate>"+
			"<description><![CDATA[<a href=\"%s\"><img src=\"https://cdn.example.vn/%d/%d.jpg\"></a></br>%s]]></description>"+
			"<content:encoded xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><![CDATA[%s]]></content:encoded></item>\n",
			title, link, link, pub.Format(time.RFC1123Z), link, f, i, corpusSummary(r), corpusBody(r))
	}
	b.WriteString("</channel></rss>\n")
	return []byte(b.String())
}

// corpusSummary is a one-sentence lede, as varied as real ones.
func corpusSummary(r *rand.Rand) string {
	return fmt.Sprintf("Ngày %d/%d, %s %s phối hợp với xã %s %s %s %s cho %d người dân.", 1+r.IntN(28), 1+r.IntN(12),
		pick(r, corpusSubjects), pick(r, corpusPlaces), pick(r, corpusSyllables), pick(r, corpusSyllables),
		pick(r, corpusVerbs), pick(r, corpusObjects), 20+r.IntN(5000))
}

// corpusBody is 1–10 KB of paragraphs.
func corpusBody(r *rand.Rand) string {
	var b strings.Builder
	size := 1000 + r.IntN(9000)
	for b.Len() < size {
		fmt.Fprintf(&b, "<p>Ông %s %s, đại diện %s %s, cho biết đã %s %s với %d hộ dân. %s</p>",
			pick(r, corpusSyllables), pick(r, corpusSyllables), pick(r, corpusSubjects), pick(r, corpusPlaces),
			pick(r, corpusVerbs), pick(r, corpusObjects), 10+r.IntN(990), pick(r, corpusFiller))
	}
	return b.String()
}

func pick(r *rand.Rand, xs []string) string { return xs[r.IntN(len(xs))] }
