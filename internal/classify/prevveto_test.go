package classify

import "testing"

// TestAheadAndPast: a result read off a match-day preview is marked
// ahead (prevveto.go), an aftermath stating the result in the past tense
// is marked past (pastcue.go), a score report neither; both marks survive
// the stored signature. Own sentences.
func TestAheadAndPast(t *testing.T) {
	c := newTest(t)
	for _, tc := range []struct {
		name, title, lead string
		ok, ahead, past   bool
	}{
		{"a final's preview with a condition", "Thái Lan - Việt Nam: Giấc mơ vàng ở Bangkok", "Nếu đánh bại Thái Lan ở trận chung kết tối nay, Việt Nam sẽ lần đầu vô địch.", true, true, false},
		{"a forecast", "Xác suất thắng của Việt Nam trước Malaysia", "Một trang thống kê đưa ra dự đoán về trận Việt Nam gặp Malaysia ở lượt cuối bảng F.", true, true, false},
		{"the aftermath, past tense", "HLV Kim Sang-sik khen các cầu thủ", "HLV Kim Sang-sik hài lòng với các học trò sau chiến thắng trước Malaysia.", true, false, true},
		{"a score report", "Việt Nam thắng Malaysia 3-1", "Tuyển Việt Nam thắng Malaysia 3-1 tối nay ở lượt cuối vòng loại Asian Cup.", true, false, false},
		{"a past result and a look ahead: neither", "Việt Nam đón nhà vô địch", "Đội tuyển về nước hôm nay sau chức vô địch Đông Nam Á.", true, false, false},
	} {
		s := c.Signature(tc.title, tc.lead, c.Classify(Input{Title: tc.title, Summary: tc.lead}))
		raw, err := s.MarshalBinary()
		var back Signature
		if err == nil {
			err = back.UnmarshalBinary(raw)
		}
		m := &s.match
		if err != nil || m.ok != tc.ok || m.ahead != tc.ahead || m.past != tc.past || back.match.ahead != m.ahead || back.match.past != m.past {
			t.Errorf("%s: ok %v ahead %v past %v (stored %v %v, %v), want %v %v %v", tc.name, m.ok, m.ahead, m.past,
				back.match.ahead, back.match.past, err, tc.ok, tc.ahead, tc.past)
		}
	}
}

// TestPrevVetoVerdicts reads the judged pairs of the match-day preview
// exemption (testdata/classify/real/pairs_i20prevveto.jsonl: i20prevveto,
// BENCHMARKS.md) and recomputes the census bar per variant, doubtful
// pairs counted against: the exemption alone ("a4") splits more right
// pairs than it joins (Δtp < 0); with the past-cue rule ("m6", landed)
// Δtp > 0 and Δfp < 0.
func TestPrevVetoVerdicts(t *testing.T) {
	checkBarRows(t, "pairs_i20prevveto.jsonl", []barRow{
		{"a4", 731, 1436, "i20-prevveto-a4-joined-20401", "i20-prevveto-a4-split-20402", -117.5, -515.7, false},
		{"m6", 957, 1446, "i20-prevveto-m6-joined-20403", "i20-prevveto-m6-split-20404", 200.0, -399.7, true},
	})
}
