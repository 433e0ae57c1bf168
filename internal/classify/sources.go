package classify

import (
	"net/url"
	"strings"
)

// knownSource is a row of the host table: a paper's home province (a prior,
// not a certainty). Wide papers belong to a city but cover the whole country:
// their home province only strengthens a mention, never stands alone.
// Hosts of provincial papers are as published in 2025 and partly unverified;
// papers of dissolved provinces name the legacy slug.
type knownSource struct {
	Host, Name, Province string
	Wide                 bool
}

var knownSources = []knownSource{
	{"vnexpress.net", "VnExpress", "", false}, {"tuoitre.vn", "Tuổi Trẻ", "", false},
	{"thanhnien.vn", "Thanh Niên", "", false}, {"nhandan.vn", "Nhân Dân", "", false},
	{"baochinhphu.vn", "Báo Chính phủ", "", false}, {"vtv.vn", "VTV", "", false},
	{"vov.vn", "VOV", "", false}, {"tienphong.vn", "Tiền Phong", "", false},
	{"dantri.com.vn", "Dân trí", "", false}, {"vietnamnet.vn", "VietNamNet", "", false},
	{"cafef.vn", "CafeF", "", false}, {"vietnambiz.vn", "VietnamBiz", "", false},
	{"qdnd.vn", "Quân đội nhân dân", "", false}, {"cand.com.vn", "Công an nhân dân", "", false},
	{"laodong.vn", "Lao Động", "", false}, {"baotintuc.vn", "Báo Tin tức", "", false},
	{"sggp.org.vn", "Sài Gòn Giải Phóng", "ho-chi-minh", true},
	{"hanoimoi.vn", "Hà Nội Mới", "ha-noi", true}, {"plo.vn", "Pháp Luật TP.HCM", "ho-chi-minh", true},
	{"nld.com.vn", "Người Lao Động", "ho-chi-minh", true},
	{"baothainguyen.vn", "Báo Thái Nguyên", "thai-nguyen", false},
	{"baoquangninh.vn", "Báo Quảng Ninh", "quang-ninh", false},
	{"baolaichau.vn", "Báo Lai Châu", "lai-chau", false},
	{"baodienbienphu.com.vn", "Báo Điện Biên Phủ", "dien-bien", false},
	{"baosonla.vn", "Báo Sơn La", "son-la", false},
	{"baolangson.vn", "Báo Lạng Sơn", "lang-son", false},
	{"baothanhhoa.vn", "Báo Thanh Hóa", "thanh-hoa", false},
	{"baonghean.vn", "Báo Nghệ An", "nghe-an", false},
	{"baohatinh.vn", "Báo Hà Tĩnh", "ha-tinh", false},
	{"baocaobang.vn", "Báo Cao Bằng", "cao-bang", false},
	{"baotuyenquang.com.vn", "Báo Tuyên Quang", "tuyen-quang", false},
	{"baolaocai.vn", "Báo Lào Cai", "lao-cai", false},
	{"baophutho.vn", "Báo Phú Thọ", "phu-tho", false},
	{"baobacninhtv.vn", "Báo Bắc Ninh", "bac-ninh", false},
	{"baohungyen.vn", "Báo Hưng Yên", "hung-yen", false},
	{"baohaiphong.vn", "Báo Hải Phòng", "hai-phong", false},
	{"baoninhbinh.org.vn", "Báo Ninh Bình", "ninh-binh", false},
	{"baoquangtri.vn", "Báo Quảng Trị", "quang-tri", false},
	{"baodanang.vn", "Báo Đà Nẵng", "da-nang", false},
	{"baoquangngai.vn", "Báo Quảng Ngãi", "quang-ngai", false},
	{"baogialai.com.vn", "Báo Gia Lai", "gia-lai", false},
	{"baokhanhhoa.vn", "Báo Khánh Hòa", "khanh-hoa", false},
	{"baolamdong.vn", "Báo Lâm Đồng", "lam-dong", false},
	{"baodaklak.vn", "Báo Đắk Lắk", "dak-lak", false},
	{"baodongnai.com.vn", "Báo Đồng Nai", "dong-nai", false},
	{"baotayninh.vn", "Báo Tây Ninh", "tay-ninh", false},
	{"baocantho.com.vn", "Báo Cần Thơ", "can-tho", false},
	{"baovinhlong.com.vn", "Báo Vĩnh Long", "vinh-long", false},
	{"baodongthap.vn", "Báo Đồng Tháp", "dong-thap", false},
	{"baocamau.vn", "Báo Cà Mau", "ca-mau", false},
	{"baoangiang.com.vn", "Báo An Giang", "an-giang", false},
	{"huengaynay.vn", "Huế Ngày nay", "hue", false},
	{"baohagiang.vn", "Báo Hà Giang", "ha-giang", false},
	{"baoyenbai.com.vn", "Báo Yên Bái", "yen-bai", false},
	{"baobackan.vn", "Báo Bắc Kạn", "bac-kan", false},
	{"baovinhphuc.com.vn", "Báo Vĩnh Phúc", "vinh-phuc", false},
	{"baohoabinh.com.vn", "Báo Hòa Bình", "hoa-binh", false},
	{"baobacgiang.vn", "Báo Bắc Giang", "bac-giang", false},
	{"baothaibinh.com.vn", "Báo Thái Bình", "thai-binh", false},
	{"baohaiduong.vn", "Báo Hải Dương", "hai-duong", false},
	{"baohanam.com.vn", "Báo Hà Nam", "ha-nam", false},
	{"baonamdinh.vn", "Báo Nam Định", "nam-dinh", false},
	{"baoquangbinh.vn", "Báo Quảng Bình", "quang-binh", false},
	{"baoquangnam.vn", "Báo Quảng Nam", "quang-nam", false},
	{"baokontum.com.vn", "Báo Kon Tum", "kon-tum", false},
	{"baobinhdinh.vn", "Báo Bình Định", "binh-dinh", false},
	{"baoninhthuan.com.vn", "Báo Ninh Thuận", "ninh-thuan", false},
	{"baodaknong.vn", "Báo Đắk Nông", "dak-nong", false},
	{"baobinhthuan.com.vn", "Báo Bình Thuận", "binh-thuan", false},
	{"baophuyen.vn", "Báo Phú Yên", "phu-yen", false},
	{"baobinhduong.vn", "Báo Bình Dương", "binh-duong", false},
	{"baobariavungtau.com.vn", "Báo Bà Rịa - Vũng Tàu", "ba-ria-vung-tau", false},
	{"baobinhphuoc.com.vn", "Báo Bình Phước", "binh-phuoc", false},
	{"baolongan.vn", "Báo Long An", "long-an", false},
	{"baosoctrang.org.vn", "Báo Sóc Trăng", "soc-trang", false},
	{"baohaugiang.com.vn", "Báo Hậu Giang", "hau-giang", false},
	{"baodongkhoi.vn", "Báo Đồng Khởi (Bến Tre)", "ben-tre", false},
	{"baotravinh.vn", "Báo Trà Vinh", "tra-vinh", false},
	{"baoapbac.vn", "Báo Ấp Bắc (Tiền Giang)", "tien-giang", false},
	{"baobaclieu.vn", "Báo Bạc Liêu", "bac-lieu", false},
	{"baokiengiang.vn", "Báo Kiên Giang", "kien-giang", false},
}

// source is what the classifier knows about an article's outlet.
type source struct {
	Host, Province, Legacy string
	Wide                   bool
}

// hostOf returns the lower-case host of a URL without "www." or "m.".
func hostOf(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return ""
	}
	h := strings.ToLower(u.Hostname())
	for _, p := range []string{"www.", "m.", "amp."} {
		h = strings.TrimPrefix(h, p)
	}
	return h
}

// sectionSegments returns the section-like segments of a URL path, outer
// first: every directory segment, and the file name of a feed URL
// ("/rss/the-thao.rss" → "the-thao"). Article slugs and ids are skipped.
func sectionSegments(raw string, feed bool) []string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return nil
	}
	parts := strings.Split(strings.Trim(u.Path, "/"), "/")
	var out []string
	for i, p := range parts {
		last := i == len(parts)-1
		if last && !feed && (strings.Contains(p, ".") || strings.Count(p, "-") > 4) {
			break
		}
		if j := strings.LastIndexByte(p, '.'); j > 0 {
			p = p[:j]
		}
		p = strings.ToLower(strings.TrimRight(p, "0123456789"))
		p = strings.TrimRight(p, "-_")
		if p != "" && strings.Count(p, "-") <= 4 {
			out = append(out, p)
		}
	}
	return out
}
