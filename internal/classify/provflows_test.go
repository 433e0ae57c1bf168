package classify

import "testing"

// TestFlowEnds covers flowEnds (i19route): a place named only as an end
// of a journey in a sentence that tells a flow of traffic, a trip's time,
// goods bound for a market or an incident on the way ("dòng xe từ X đi Y
// … ùn tắc", "di chuyển từ X tới Y chỉ mất …", "chở hàng từ X về Y tiêu
// thụ", "xe khách từ X vào Y … trên đường") is refused when the title or
// a place word puts the story in another province. The sentences are
// written for the test; each want that drops a place fails without the
// rule. The others are counter-cases: a route that is the story (no flow
// word), a flow poured into a city ("đổ về X": it arrives there), a flow
// with no place elsewhere, and a journey whose other end carries a place
// word ("từ TP Huế vào Đà Nẵng": both ends alike, none placed).
func TestFlowEnds(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a flow of traffic's ends, the jam placed in the title", "Cao tốc qua Đồng Nai ùn tắc 8 km",
			"Dòng xe từ TP.HCM đi Vũng Tàu và Phan Thiết tăng mạnh khiến cao tốc ùn tắc kéo dài.", "dong-nai"},
		{"a trip's time", "Nhà đầu tư Hàn Quốc thăm khu công nghiệp ở Cần Thơ",
			"Đoàn bất ngờ vì di chuyển từ TP.HCM tới Cần Thơ chỉ mất hơn hai giờ.", "can-tho"},
		{"a trip's time, 'X đi Y'", "Cao tốc mới ở Lâm Đồng sắp thông xe",
			"Tuyến đường giúp rút ngắn thời gian Cần Thơ đi Đà Lạt còn năm giờ.", "lam-dong"},
		{"a bus's destination, the incident placed in the title", "Sản phụ sinh con trên xe khách tại Quảng Ngãi",
			"Xe khách chạy từ Đà Nẵng vào Khánh Hòa đã dừng lại giúp sản phụ trên đường đi.", "quang-ngai"},
		{"goods bound for a market, seized elsewhere", "Lạng Sơn thu giữ 500 kg nội tạng bẩn",
			"Lực lượng chức năng phát hiện xe tải chở hàng từ Bắc Ninh về Hà Nội tiêu thụ.", "lang-son"},
		{"a route that is the story", "Mở đường bay mới đến Đà Nẵng",
			"Hãng bay khai thác đường bay từ Hải Phòng đến Đà Nẵng từ tháng 3, mỗi ngày hai chuyến.", "da-nang hai-phong"},
		{"a flow poured into a city arrives there", "Cao tốc vào Đồng Nai kẹt cứng sau lễ",
			"Lượng xe từ các tỉnh đổ về TP.HCM tăng đột biến, cao tốc ùn ứ nhiều km.", "dong-nai ho-chi-minh"},
		{"a flow with no place elsewhere", "Cao tốc kẹt cứng ngày cuối tuần",
			"Dòng xe từ TP.HCM đi Phan Thiết tăng mạnh, cao tốc ùn tắc nhiều km.", "ho-chi-minh lam-dong binh-thuan"},
		{"both ends alike, one with a place word", "Tài xế cứu bé gái băng qua quốc lộ",
			"Trên đường lái xe từ TP Huế vào Đà Nẵng, anh phát hiện bé gái băng qua quốc lộ.", "da-nang hue"},
	}
	checkProvinces(t, c, cases, true)
}

// TestProv19Verdicts re-classifies the training-day items i19route judged
// (prov_i19route.jsonl: i18provfp's journey and route tags re-judged by
// the routes-and-journeys convention, every tag flowEnds removes, and the
// tags a wider form would have removed) and fails when a tag judged right
// is lost or a removed tag comes back. It needs the real news corpus
// (EnvRealCorpus).
func TestProv19Verdicts(t *testing.T) {
	checkTagVerdicts(t, "prov_i19route.jsonl", "i19route")
}
