package classify

import "testing"

// TestTitleJourneyEnds covers titleEnds (i20titleroute): the ends of a
// journey the title names with an incident on the way, the title or the
// lead placing the incident in another province. The sentences are
// written for the test; each want that drops a place fails without the
// rule (an incident the lead places at the origin drops the far end). The
// others are counter-cases: a route that is the story (a new bus line), a
// jam on a road between two places (a flow, no incident word), no place
// for the incident at all.
func TestTitleJourneyEnds(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"the title places the crash", "Xe khách từ Hà Nội đi Lào Cai gặp nạn ở Yên Bái, 3 người bị thương",
			"Vụ tai nạn xảy ra rạng sáng nay tại xã Lâm Giang, tỉnh Lào Cai.", "lao-cai yen-bai"},
		{"the lead places the fire", "Xe giường nằm từ TP HCM ra Đà Nẵng bốc cháy, 40 hành khách thoát nạn",
			"Sự việc xảy ra trên quốc lộ 1 đoạn qua xã Tuy Phước, tỉnh Gia Lai.", "binh-dinh gia-lai"},
		{"a coach overturned, its origin named again in the lead", "Xe khách chạy từ Hà Nội đi Điện Biên lật trên đèo",
			"Chiếc xe khách chạy từ Hà Nội đi Điện Biên bị lật khi qua đèo Pha Đin thuộc tỉnh Sơn La.", "son-la"},
		{"a flight landed elsewhere", "Máy bay từ Hà Nội đi TP HCM gặp sự cố, hạ cánh khẩn cấp",
			"Chuyến bay đã hạ cánh an toàn xuống sân bay Phù Cát ở tỉnh Bình Định.", "binh-dinh gia-lai"},
		{"a new bus line is the story", "Mở tuyến xe khách từ Hà Nội đi Lào Cai",
			"Tuyến xe mới khai thác từ tháng 3 tại tỉnh Lào Cai.", "ha-noi lao-cai"},
		{"a jam on the road between two places", "Ùn tắc kéo dài trên đường từ TP HCM đi Vũng Tàu",
			"Hàng nghìn xe nhích từng mét tại nút giao ở Đồng Nai.", "ba-ria-vung-tau dong-nai ho-chi-minh"},
		{"the crash at the origin", "Xe khách từ Hà Nội đi Lào Cai gặp nạn",
			"Vụ tai nạn xảy ra tại huyện Sóc Sơn, Hà Nội.", "ha-noi"},
		{"no place for the incident", "Xe khách từ Hà Nội đi Lào Cai gặp nạn",
			"Ba hành khách bị thương nhẹ, đã được đưa đi cấp cứu.", "ha-noi lao-cai"},
	}
	checkProvinces(t, c, cases, true)
}

// TestTitleRouteVerdicts re-classifies the training-day items of
// prov_i20titleroute.jsonl (r1: the tag titleEnds removes, judged W; j1:
// the tags a wider form with no incident word would remove, judged) and
// fails when a tag judged right is lost or the removed one comes back. It
// needs the real news corpus (EnvRealCorpus).
func TestTitleRouteVerdicts(t *testing.T) {
	checkTagVerdicts(t, "prov_i20titleroute.jsonl", "i20titleroute")
}
