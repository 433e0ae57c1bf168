package classify

import "strings"

// A vehicle's range told as a trip between two cities (issue 9, real
// news; i9prov12): "MPV điện … chạy Hà Nội - Huế không cần sạc", "Xe đạp
// điện chạy thẳng từ TP.HCM đến Đà Nẵng mới cần sạc". The cities measure
// a distance; the story (a car, a battery) happens in neither. Two
// training-day items, both tags wrong.

// vehicleRanges drops a place mention after "chạy"/"đi" (at most eight
// words before it: "chạy thẳng từ TP.HCM đến X") when "cần sạc" or "lần
// sạc" follows within eight words of the same clause.
func vehicleRanges(toks []token, ms []mention) {
	for i := range ms {
		mt := &ms[i]
		if mt.dropped == "" && rangeVerbBefore(toks, mt.start) && chargeAfter(toks, mt.end) {
			mt.dropped = "a vehicle's range (chạy … " + mt.text + " … sạc)"
		}
	}
}

// rangeVerbBefore reports "chạy" or "đi" at most eight words before
// toks[i] in the same clause.
func rangeVerbBefore(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-8 && toks[j].field == toks[i].field; j-- {
		if wordIs(toks, j, "chay", "chạy") || wordIs(toks, j, "di", "đi") {
			return true
		}
		if clauseBreak(toks[j+1].gap) {
			return false
		}
	}
	return false
}

// chargeAfter reports "cần sạc" or "lần sạc" starting at most eight words
// after toks[i-1] in the same clause.
func chargeAfter(toks []token, i int) bool {
	for j := i; j+1 < len(toks) && j < i+8 && toks[j+1].field == toks[i-1].field; j++ {
		if clauseBreak(toks[j].gap) && j > i || clauseBreak(toks[j+1].gap) {
			return false
		}
		if (wordIs(toks, j, "can", "cần") || wordIs(toks, j, "lan", "lần")) && wordIs(toks, j+1, "sac", "sạc") {
			return true
		}
	}
	return false
}

// clauseBreak reports a gap that ends a clause (not the dot inside an
// abbreviation, "TP.HCM").
func clauseBreak(gap string) bool {
	return strings.ContainsAny(gap, ",;:!?") || strings.Contains(gap, ". ")
}
