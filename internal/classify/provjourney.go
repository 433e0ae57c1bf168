package classify

import "strings"

// Journeys the sentence takes on past their origin (issue 9, real news;
// the seventh session): see journeysOn.

// journeysOn refuses the origins of a journey that the sentence takes on
// to another place a few words later: "bà Doanh cùng người thân từ TP.HCM
// lặn lội ra Nha Trang", "đặc công từ Hải Phòng đã cơ động đến hồ Thác Bà
// (Lào Cai)", "y, bác sĩ từ TP.HCM, Đồng Nai về với bà con vùng lũ Phú
// Yên", "khởi hành từ Hà Nội và TP.HCM lên đường sang Thái Lan". The
// origins are "từ X" (or a list "từ X, Y và Z") outside the title; the
// journey goes on with ra, vào, về, sang, lên, xuống, đến or tới within
// five words, to another province or a foreign country within six more,
// in one clause. Not "từ X đến Y" right after the origins (a range: "mưa
// lớn từ Huế đến Khánh Hòa"), nor what is carried or a road (journeyFrom's
// exceptions: "vận chuyển ma túy từ Hà Tĩnh sang Nghệ An").
func (m *provMatcher) journeysOn(toks []token, ms []mention) {
	for i := 0; i < len(ms); i++ {
		a := &ms[i]
		if a.dropped != "" || a.effect == ctxStrong || a.field == fieldTitle || a.start < 2 ||
			!wordIs(toks, a.start-1, "tu", "từ") || !joinable(toks, a.start) || m.carriedOrRoad(toks, a.start-1) {
			continue
		}
		last := i
		for last+1 < len(ms) && ms[last+1].dropped == "" && listed(toks, ms[last], ms[last+1].start) {
			last++
		}
		if !m.journeyGoesOn(toks, ms, i, last) {
			continue
		}
		for j := i; j <= last; j++ {
			ms[j].dropped = "a journey's origin (từ " + a.text + " … " + "on to another place)"
		}
		i = last
	}
}

// journeyGoesOn reports a travel word within five words after the origins
// ms[first..last] and, within six words after it, a mention of another
// province or a foreign country, all in one clause.
func (m *provMatcher) journeyGoesOn(toks []token, ms []mention, first, last int) bool {
	end := ms[last].end
	for k := end; k < len(toks) && k <= end+5; k++ {
		if toks[k].first || k > end && strings.ContainsAny(toks[k].gap, ".,;:!?()") || !joinable(toks, k) {
			return false
		}
		f := toks[k].fold
		if k == end && (f == "den" || f == "toi") {
			return false // "từ Quảng Trị đến (đến) Đắk Lắk": a range
		}
		carried := f == "di" && m.carrierBefore(toks, ms[first].start-1)
		if !onwardWords[f] && !carried {
			continue
		}
		if carried && k == end && namedNext(toks, k) {
			return true // "chuyến bay … từ TP HCM đi Thượng Hải": a trip to a named place, a foreign city too
		}
		for c := k + 1; c < len(toks) && c <= k+6; c++ {
			if toks[c].first || strings.ContainsAny(toks[c].gap, ".;:!?") {
				return false
			}
			for _, ks := range m.abroad {
				if phraseAt(toks, c, ks) {
					return true
				}
			}
		}
		for j := last + 1; j < len(ms); j++ {
			b := ms[j]
			if b.start > k+6 {
				break
			}
			if b.start > k && b.dropped == "" && b.province != "" && !sameOrigin(ms[first:last+1], b.province) &&
				sameSentence(toks, k, b.start, 6) {
				return true
			}
		}
		return false
	}
	return false
}

// namedNext reports a capitalised word right after toks[k], in its clause:
// the name of a trip's destination ("đi Thượng Hải", "đi Incheon"), which
// may be a city abroad that no list holds (i10prov15).
func namedNext(toks []token, k int) bool {
	n := k + 1
	return n < len(toks) && toks[n].upper && !toks[n].first && joinable(toks, n) &&
		!strings.ContainsAny(toks[n].gap, ".,;:!?()")
}

// carriers, within the seven words before "từ", make "từ X đi Y" a
// vehicle's trip from X (issue 9, i9prov13): "chuyến bay từ TP.HCM đi
// Thượng Hải", "tổ tàu SE4 từ TP HCM đi Hà Nội", "xe khách từ Hà Nội đi Đà
// Nẵng". Without one, "đi" may be a supply line or a race's stage, which
// are the story's places ("đường dây ma túy từ TP HCM đi Tây Ninh",
// "chặng 7 từ Nghệ An đi Quảng Trị"): over the training days "đi" alone
// removed 6 tags, 2 of them wrong; with a carrier 4, 3 right, 1 doubtful.
// An airline's name counts as a carrier: "Chuyến bay VN524 của … Vietnam
// Airlines từ TP.HCM đi Thượng Hải".
var carriers = []string{"chuyến bay", "máy bay", "tàu", "xe khách", "chuyến xe", "xe buýt",
	"Vietnam Airlines", "Vietjet", "Vietjet Air", "Bamboo Airways", "Vietravel Airlines", "Pacific Airlines", "Sun PhuQuoc Airways"}

// carrierBefore reports a carrier (carriers) within the seven words
// before "từ" at toks[k], in one clause.
func (m *provMatcher) carrierBefore(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-7 && joinable(toks, j+1); j-- {
		if m.phraseEndsAt(toks, j, m.carriers) {
			return true
		}
	}
	return false
}

// onwardWords take a journey on from its origin (folded).
var onwardWords = map[string]bool{"ra": true, "vao": true, "ve": true, "sang": true, "len": true, "xuong": true,
	"den": true, "toi": true}

// sameOrigin reports a province among the origins.
func sameOrigin(origins []mention, province string) bool {
	for _, o := range origins {
		if o.province == province {
			return true
		}
	}
	return false
}

// carriedOrRoad reports, within the seven words before "từ" at toks[k], a
// verb of carrying ("đưa", "chở", "vận chuyển") or a road's word ("tuyến",
// "cao tốc", "đường"): what is carried comes from the origin, a road joins
// its ends.
func (m *provMatcher) carriedOrRoad(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-7 && joinable(toks, j+1); j-- {
		if m.phraseEndsAt(toks, j, m.cargo) || m.phraseEndsAt(toks, j, m.roads) {
			return true
		}
	}
	return false
}
