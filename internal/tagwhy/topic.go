package tagwhy

import (
	"strconv"
	"strings"
)

// Topic returns why a topic tag is there, in Vietnamese, from the reason
// the classifier stored, and true; for a reason in no known form it returns
// Fallback and false. The classifier writes up to three pieces of evidence
// joined by "; ", then "; and N more" when there are others. A piece is
// one of
//
//	cue "bóng đá" in title ×2        a cue word (×N when it recurs)
//	model 0.93: «trận», «bàn thắng»  the statistical model and its features
//	source topic the-thao            the source's configured topic
//	section /bong-da/ of the article URL (or: of the feed URL)
//	upstream category "Bóng đá"      a <category> of the upstream feed
//	a news digest (xa-hoi)            a roundup of the day's news
//	in place of xa-hoi on a story abroad ("Hong Kong" in the title)
//	                                  an incident abroad: not Việt Nam's own current affairs
//
// Cue pieces are told together: one word in several fields once ("từ khóa
// “du lịch” trong đoạn dẫn và nội dung"), then words in the same fields
// together ("các từ khóa “AI”, “công nghệ” trong đoạn dẫn"), where the
// first of them stood.
func Topic(reason string, n Names) (string, bool) {
	r := scanner{reason}
	var parts []piece
	for {
		p, ok := topicPiece(&r, n)
		if !ok {
			return Fallback, false
		}
		parts = append(parts, p)
		if r.s == "" {
			return joinPieces(parts), true
		}
		if !r.lit("; ") {
			return Fallback, false
		}
		if k, ok := moreTail(r.s); ok {
			return joinPieces(parts) + "; và " + k + " dấu hiệu khác", true
		}
	}
}

// moreTail returns N of the tail "and N more".
func moreTail(s string) (string, bool) {
	k, ok := strings.CutPrefix(s, "and ")
	if k, ok2 := strings.CutSuffix(k, " more"); ok && ok2 {
		_, err := strconv.Atoi(k)
		return k, err == nil
	}
	return "", false
}

// topicPiece reads one piece of evidence and returns it: a cue, or any
// other piece told in Vietnamese.
func topicPiece(r *scanner, n Names) (piece, bool) {
	save := r.s
	if c, ok := cuePiece(r); ok {
		return piece{cue: c}, true
	}
	r.s = save
	for _, f := range []func(*scanner, Names) (string, bool){modelPiece, structuralPiece, abroadPiece} {
		if p, ok := f(r, n); ok {
			return piece{text: p}, true
		}
		r.s = save
	}
	return piece{}, false
}

// cuePiece reads `cue "x" in FIELD` and an optional ` ×N`.
func cuePiece(r *scanner) (*cue, bool) {
	if !r.lit("cue ") {
		return nil, false
	}
	word, ok := r.goQuoted()
	if !ok || !r.lit(" in ") {
		return nil, false
	}
	f, ok := r.field()
	if !ok {
		return nil, false
	}
	if r.lit(" ×") {
		k, ok := r.word("; ")
		if _, err := strconv.Atoi(k); !ok || err != nil {
			return nil, false
		}
		f += " (" + k + " lần)"
	}
	return &cue{words: []string{word}, places: []string{f}}, true
}

// modelPiece reads `model P: «a», «b»` (no features after the colon when
// none spoke for the topic).
func modelPiece(r *scanner, _ Names) (string, bool) {
	if !r.lit("model ") {
		return "", false
	}
	ps, ok := r.until(":")
	p, err := strconv.ParseFloat(ps, 64)
	if !ok || err != nil || p < 0 || p > 1 {
		return "", false
	}
	// A model is never certain: a probability that rounds to 100 shows 99.
	out := "mô hình thống kê cho khả năng " + strconv.Itoa(min(99, int(p*100+0.5))) + "%"
	if !r.lit(" ") {
		return "", false
	}
	var feats []string
	for r.lit("«") {
		f, ok := r.until("»")
		if !ok {
			return "", false
		}
		feats = append(feats, quote(f))
		if !r.lit(", ") {
			break
		}
	}
	switch len(feats) {
	case 0:
	case 1:
		out += ", dựa trên từ " + feats[0]
	default:
		out += ", dựa trên các từ " + strings.Join(feats, ", ")
	}
	return out, true
}

// structuralPiece reads the evidence of the source, the URL and the
// upstream categories.
func structuralPiece(r *scanner, n Names) (string, bool) {
	switch {
	case r.lit("source topic "):
		slug, ok := r.word("; ")
		return "nguồn tin này chuyên về " + n.topic(slug), ok
	case r.lit("section /"):
		seg, ok := r.until("/ of the ")
		if !ok {
			return "", false
		}
		switch {
		case r.lit("article URL"):
			return "địa chỉ bài nằm trong mục /" + seg + "/ của báo", true
		case r.lit("feed URL"):
			return "bài lấy từ kênh tin mục /" + seg + "/ của báo", true
		}
	case r.lit("upstream category "):
		c, ok := r.goQuoted()
		return "báo gốc xếp bài vào mục " + quote(c), ok
	case r.lit("a news digest ("):
		_, ok := r.until(")") // the tag's own topic
		return "bài điểm tin tổng hợp", ok
	}
	return "", false
}

// abroadPiece reads `in place of SLUG on a story abroad ("X" in the
// FIELD)`: the world topic standing in for a domestic one.
func abroadPiece(r *scanner, n Names) (string, bool) {
	if !r.lit("in place of ") {
		return "", false
	}
	slug, ok := r.until(" on a story abroad (")
	if !ok {
		return "", false
	}
	place, ok := r.goQuoted()
	if !ok || !r.lit(" in the ") {
		return "", false
	}
	f, ok := r.field()
	if !ok || !r.lit(")") {
		return "", false
	}
	return "sự việc xảy ra ở nước ngoài (" + quote(place) + " trong " + f + "), nên thuộc mục này thay cho " + n.topic(slug), true
}
