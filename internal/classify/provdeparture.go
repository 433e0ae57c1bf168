package classify

import "strings"

// Departures for a trip (issue 9, real news; i10prov15): see departures.

// departures refuses the place a delegation leaves for a trip: "Tổng Bí
// thư … sáng nay rời Hà Nội, lên đường thăm cấp nhà nước tới Ấn Độ", "Thủ
// tướng … rời Hà Nội, bắt đầu chuyến công tác tại Nga" — the story is the
// trip, as for an origin a journey goes on from (journeysOn). The place
// follows "rời" (or "rời thủ đô"), and "lên đường" or "bắt đầu chuyến"
// follows it within four words, in one sentence. People leaving a city
// for the holidays ("rời TP.HCM về quê": the city's gates are the story)
// are left alone.
func departures(toks []token, ms []mention) {
	for i := range ms {
		mt := &ms[i]
		if mt.dropped != "" || mt.effect == ctxStrong || !leftFrom(toks, mt.start) || !tripAfter(toks, mt.end) {
			continue
		}
		mt.dropped = "a trip's departure (rời " + mt.text + ", lên đường …)"
	}
}

// leftFrom reports "rời" or "rời thủ đô" right before toks[k].
func leftFrom(toks []token, k int) bool {
	j := k - 1
	if j >= 1 && joinable(toks, k) && wordIs(toks, j, "do", "đô") && wordIs(toks, j-1, "thu", "thủ") {
		k, j = j-1, j-2
	}
	return j >= 0 && joinable(toks, k) && wordIs(toks, j, "roi", "rời")
}

// tripAfter reports "lên đường" or "bắt đầu chuyến" within four words from
// toks[k], in one sentence.
func tripAfter(toks []token, k int) bool {
	for j := k; j+1 < len(toks) && j <= k+4; j++ {
		if toks[j].first || strings.ContainsAny(toks[j].gap, ".;:!?") {
			return false
		}
		if wordIs(toks, j, "len", "lên") && wordIs(toks, j+1, "duong", "đường") ||
			j+2 < len(toks) && wordIs(toks, j, "bat", "bắt") && wordIs(toks, j+1, "dau", "đầu") && wordIs(toks, j+2, "chuyen", "chuyến") {
			return true
		}
	}
	return false
}
