package classify

import (
	"testing"
	"time"

	"bantin/internal/model"
)

// TestKickoffAhead: a sports story that names a kickoff later on the day
// it is published (Vietnam time) is before its match whatever its scores;
// one published after the kickoff, with a score line in its title, about
// another occasion, or with no publication time keeps its facts.
// Sentences written for the test.
func TestKickoffAhead(t *testing.T) {
	c := newTest(t)
	at := func(h, m int) time.Time { return time.Date(2026, 1, 16, h-7, m, 0, 0, time.UTC) } // Vietnam time
	cases := []struct {
		title, lead string
		published   time.Time
		ahead       bool
	}{
		{"Tương quan sức mạnh Việt Nam và UAE", "Việt Nam vượt trội UAE trước cuộc so tài lúc 22h30 hôm nay 16-1.", at(9, 0), true},
		{"Tương quan sức mạnh Việt Nam và UAE", "Việt Nam vượt trội UAE trước cuộc so tài lúc 22h30 hôm nay 16-1.", at(23, 0), false},
		{"Việt Nam gặp UAE: Chờ tin vui", "Trận đấu diễn ra lúc 22 giờ 30 tối nay.", at(15, 0), true},
		{"Việt Nam gặp Lào: Thắng để đi tiếp", "Trận đấu diễn ra lúc 8 giờ tối nay.", at(19, 0), true},   // 20:00
		{"Việt Nam gặp Lào: Thắng để đi tiếp", "Trận đấu diễn ra lúc 8 giờ tối nay.", at(20, 30), false}, // under way
		{"Brazil - Na Uy: Vũ điệu samba", "Hai đội chạm trán lúc 3h sáng nay.", at(1, 0), true},
		{"Việt Nam 0-0 UAE (H1): Đình Bắc dự bị", "Bóng lăn lúc 22h30 hôm nay.", at(21, 0), false},
		{"Việt Nam 2-1 Kyrgyzstan: Ngược dòng", "Trận đấu lúc 21h hôm nay khép lại với chiến thắng.", at(20, 0), false},
		{"HLV Kim họp báo sau vòng bảng", "Lúc 10h30 hôm nay, HLV trả lời truyền thông.", at(9, 0), false},
		{"Việt Nam gặp UAE: Chờ tin vui", "Trận đấu diễn ra lúc 22 giờ 30 ngày 20-1.", at(9, 0), false},
		{"Việt Nam gặp UAE: Chờ tin vui", "Trận đấu diễn ra lúc 22 giờ 30 tối nay.", time.Time{}, false},
	}
	for _, tc := range cases {
		toks, _ := c.fold.tokenize(nil, tc.title, fieldTitle, nil, c.voc)
		toks, _ = c.fold.tokenize(toks, tc.lead, fieldSummary, nil, c.voc)
		if got := kickoffAhead(toks, tc.published); got != tc.ahead {
			t.Errorf("kickoffAhead(%q / %q at %v) = %v, want %v", tc.title, tc.lead, tc.published, got, tc.ahead)
		}
	}
}

// TestKickoffMatch: a result read off a title written before the kickoff
// is no result; the signature without a publication time keeps it.
func TestKickoffMatch(t *testing.T) {
	c := newTest(t)
	r := Result{Topics: []model.TopicTag{{Topic: matchTopic}}}
	title, lead := "Việt Nam khát khao thắng Saudi Arabia", "Việt Nam đấu Saudi Arabia lúc 23h30 hôm nay (12-1), sau chiến thắng 2-1 trước Kyrgyzstan."
	pub := time.Date(2026, 1, 12, 6, 0, 0, 0, time.UTC) // 13:00 in Vietnam
	if m := c.Signature(title, lead, r).match; !m.ok {
		t.Fatalf("without a time: %+v, want a result (the lead's 2-1)", m)
	}
	m := c.SignatureAt(title, lead, r, pub).match
	if m.ok || m.preview || m.moment() != momentBefore || !m.sports {
		t.Errorf("at 13:00: %+v, want no result, before the match", m)
	}
}
