package classify

import "testing"

// TestPrecisionHomes covers the three refusals of i22provprec: a home in
// parentheses after a name with "ở" (bareResidences), a birthplace opening
// a lead with "Sinh ra" (birthHomes) and a place named as a multiple's
// standard (timesAt). The sentences are written for the test; each want
// that drops a place fails without its rule. The others are counter-cases:
// a home with no other place named, "trú ở" (the verb further back), a
// birthplace alone, a venue after "trên sân", a figure "gấp 3 lần tại X".
func TestPrecisionHomes(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a suspect's home (ở X) after his name", "Bắt giam người đàn ông hành hung tài xế",
			"Công an phường Hải Châu (TP.Đà Nẵng) đã bắt tạm giam Trần Văn B. (ở Quảng Ngãi) để điều tra.", "da-nang"},
		{"a guest's home (ở X) before the homestay", "Khách tố homestay ở Sa Pa đổi phòng",
			"Chị Mai (ở Hải Phòng) đặt phòng tại một homestay ở phường Sa Pa (tỉnh Lào Cai) nhưng bị đổi phòng.", "lao-cai"},
		{"a home alone", "Người đàn ông bị lừa mất 2 tỉ",
			"Ông Trần Văn C. (ở Nghệ An) bị kẻ gian giả danh công an lừa chuyển 2 tỉ đồng.", "nghe-an"},
		{"a home after trú ở", "Bắt kẻ trộm xe máy",
			"Công an bắt Lê Văn D. (trú ở Thanh Hóa) sau khi trộm xe máy ở TP.HCM.", "ho-chi-minh"},
		{"a birthplace before the career", "Nữ kiến trúc sư của những ngôi nhà xanh",
			"Sinh ra trong một gia đình nghèo ở Hà Tĩnh, chị E. nay là kiến trúc sư có tiếng tại Đà Nẵng.", "da-nang"},
		{"a birthplace alone", "Người giữ nghề gốm",
			"Sinh ra ở Vĩnh Long, ông F. đã giữ nghề gốm hơn 40 năm.", "vinh-long"},
		{"a stadium as the standard of a multiple", "Sân vận động lớn nhất châu Phi",
			"Sân có 90.000 chỗ ngồi, gấp 2 lần sân Mỹ Đình.", ""},
		{"an airport as the standard of gấp đôi", "Sân bay mới của Campuchia",
			"Sân bay rộng gấp đôi sân bay Tân Sơn Nhất.", ""},
		{"a venue after trên sân", "Vé xem tuyển Việt Nam",
			"Đội tuyển Việt Nam đá trận bán kết trên sân Mỹ Đình.", "ha-noi"},
		{"a figure there", "Giá đất tăng",
			"Giá đất nền tăng gấp 3 lần tại Đà Nẵng trong 5 năm.", "da-nang"},
	}
	checkProvinces(t, c, cases, true)
}

// TestProvPrecVerdicts re-classifies the training-day items of
// prov_i22provprec.jsonl (i22provprec: s1, a seeded random sample of 300
// province tags of the training-day stream, s2, 200 more, and s3, 100
// former-province tags, judged with no rule change — the precision
// estimate; c1, every tag the landed refusals remove, each judged W; t1
// and t2, the tags two drafts not landed removed) and fails when a tag
// judged right is lost or a removed one comes back. It needs the real
// news corpus (EnvRealCorpus).
func TestProvPrecVerdicts(t *testing.T) {
	checkTagVerdicts(t, "prov_i22provprec.jsonl", "i22provprec")
}
