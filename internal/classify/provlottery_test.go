package classify

import "testing"

// TestLotteryWinners covers lotteryWinners (i21provconv): a lottery
// winner's home gets no province when the text does not say where the
// ticket was sold. The sentences are written for the test; each want that
// drops a place fails without the rule. The others are counter-cases: a
// player "tại" a place, a ticket bought at a market, a ticket sold in a
// province, an agent, a lottery company's draw, a
// robbery of a ticket seller (no win), the police of a province (no
// winner's word before the place).
func TestLotteryWinners(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a winner in a city", "Người đàn ông ở TP.HCM trúng độc đắc 20 tỉ",
			"Một người đàn ông ở TP.HCM trúng số độc đắc 20 tỉ đồng xổ số miền Nam.", ""},
		{"a winner's home after ngụ", "Nam doanh nhân trúng 91 tỉ sau 10 năm mua Vietlott",
			"Vietlott trao giải Jackpot cho ông Đ.T (ngụ Ninh Bình) với giá trị hơn 91,8 tỉ đồng.", ""},
		{"a winner's ward and its city", "Vợ chồng trúng độc đắc xổ số miền Nam",
			"Vợ chồng ở phường Tân Định, TP.HCM trúng 2 tờ vé số độc đắc.", ""},
		{"a worker's province", "Nhân viên quán ăn ở Tây Ninh trúng số hơn 16 tỉ đồng",
			"Nhân viên này chia tiền cho đồng nghiệp sau khi trúng độc đắc.", ""},
		{"a buyer living in a city", "Ông nội trúng hơn 35 tỉ đồng Vietlott",
			"Vietlott trao giải Jackpot cho ông N., người may mắn đang sinh sống tại TP.HCM.", ""},
		{"a player at a place", "Vừa có người trúng 23 giải Vietlott",
			"Một người chơi Vietlott tại Hưng Yên vừa trúng cùng lúc 23 giải.", "hung-yen"},
		{"bought at a market", "Nhiều người trúng số nhờ mua vé dạo",
			"Nhiều người ở Vĩnh Long mua vé số từ người bán dạo tại chợ, bất ngờ trúng độc đắc.", "vinh-long"},
		{"the ticket sold in a province", "Vé số trúng độc đắc 91 tỉ được bán ra ở Ninh Bình",
			"Vietlott thông báo tờ vé số trúng độc đắc được bán ra ở tỉnh Ninh Bình.", "ninh-binh"},
		{"an agent in a city", "Người đàn ông ở TP.HCM trúng độc đắc",
			"Đại lý vé số ở TP.HCM cho biết đã bán tờ vé trúng độc đắc cho khách quen.", "ho-chi-minh"},
		{"a ticket seller robbed", "Cướp giật vé số của người bán dạo ở Đà Nẵng",
			"Một thiếu niên cướp giật vé số của cụ bà trên đường Nguyễn Tất Thành, TP.Đà Nẵng.", "da-nang"},
		{"a ticket seller's story", "Người phụ nữ bán vé số trả lại tờ vé trúng 3 tỉ",
			"Chị bán vé số dạo đã trả lại tờ vé trúng độc đắc cho khách quen ở Cần Thơ.", "can-tho"},
		{"a seller named in the lead only", "Nhân viên bảo vệ ở Cần Thơ trúng độc đắc 2 tỉ",
			"Anh trúng độc đắc và biếu tiền người bán vé số quen.", ""},
		{"the police of a province", "Làm giả vé số trúng thưởng lừa người bán dạo",
			"Công an tỉnh Tây Ninh bắt người cắt dán tờ vé số giả trúng độc đắc để lừa người bán.", "tay-ninh"},
	}
	checkProvinces(t, c, cases, true)
}

// TestProvConvVerdicts re-classifies the training-day items of
// prov_i21provconv.jsonl (i21provconv: s1–s3, seeded samples of three
// refusal conventions' cue classes, judged with no rule change; c1, every
// tag lotteryWinners removes, each judged W; t1, the tags its first draft
// also removed) and fails when a tag judged right is lost or a removed one
// comes back. It needs the real news corpus (EnvRealCorpus).
func TestProvConvVerdicts(t *testing.T) {
	checkTagVerdicts(t, "prov_i21provconv.jsonl", "i21provconv")
}
