package classify

import (
	"io"
	"reflect"
	"sync"
	"testing"
	"time"
)

func TestSignatureRoundTrip(t *testing.T) {
	c := newTest(t)
	in := Input{Title: "Bão số 3 đổ bộ Quảng Ninh", Summary: "Hàng nghìn hộ dân ở Hạ Long được sơ tán."}
	sig := c.Signature(in.Title, in.Summary, c.Classify(in))
	b, err := sig.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var back Signature
	if err := back.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	if back != sig || Similarity(sig, back) != 1 {
		t.Fatalf("round trip changed the signature")
	}
	if err := back.UnmarshalBinary(b[1:]); err == nil {
		t.Fatal("short blob accepted")
	}
	if len(sig.Bands()) <= 1 {
		t.Errorf("bands %d: want LSH bands plus a context band for the place", len(sig.Bands()))
	}
	if !NewSignature("", "").Empty() || NewSignature("", "").Bands() != nil {
		t.Error("empty text must give an empty signature without bands")
	}
}

// TestAssignStable: the cluster id is its first member's and stays when
// more members arrive; a different story or a late one starts its own.
func TestAssignStable(t *testing.T) {
	c := newTest(t)
	idx := NewMemIndex()
	t0 := time.Date(2026, 3, 1, 8, 0, 0, 0, time.UTC)
	add := func(id int64, title, summary string, at time.Time) int64 {
		in := Input{Title: title, Summary: summary}
		sig := c.Signature(title, summary, c.Classify(in))
		cid, ok := idx.Assign(sig, at)
		if !ok {
			cid = id
		}
		idx.Add(Member{ArticleID: id, ClusterID: cid, Sig: sig, Published: at})
		return cid
	}
	a := add(1, "Bão số 3 đổ bộ Quảng Ninh, hàng nghìn hộ dân sơ tán", "Bão số 3 mạnh cấp 12 đổ bộ vào Quảng Ninh, tỉnh đã sơ tán 5.000 hộ dân.", t0)
	b := add(2, "Quảng Ninh sơ tán 5.000 hộ dân trước bão số 3", "Trước khi bão số 3 đổ bộ, Quảng Ninh sơ tán hàng nghìn hộ dân và cấm biển.", t0.Add(2*time.Hour))
	d := add(3, "Cà Mau: giá tôm tăng cao", "Nông dân nuôi tôm ở Cà Mau phấn khởi vì giá tăng.", t0.Add(3*time.Hour))
	e := add(4, "Bão số 3 gây mưa lớn ở Quảng Ninh, Hạ Long mất điện", "Bão số 3 đổ bộ Quảng Ninh khiến nhiều nơi mất điện, hàng nghìn hộ dân sơ tán.", t0.Add(5*time.Hour))
	late := add(5, "Bão số 3 đổ bộ Quảng Ninh, hàng nghìn hộ dân sơ tán", "Bão số 3 mạnh cấp 12 đổ bộ vào Quảng Ninh, tỉnh đã sơ tán 5.000 hộ dân.", t0.Add(10*24*time.Hour))
	if a != 1 || b != 1 || e != 1 {
		t.Errorf("clusters %d %d %d, want 1 1 1", a, b, e)
	}
	if d != 3 || late != 5 {
		t.Errorf("other story %d (want 3), story ten days later %d (want 5)", d, late)
	}
}

// TestPlaceVeto: look-alike stories from different provinces never merge.
func TestPlaceVeto(t *testing.T) {
	c := newTest(t)
	sig := func(title string) Signature { return c.Signature(title, "", c.Classify(Input{Title: title})) }
	x, y := sig("HĐND tỉnh Thái Nguyên khai mạc kỳ họp thường lệ cuối năm"), sig("HĐND tỉnh Cao Bằng khai mạc kỳ họp thường lệ cuối năm")
	if s := Similarity(x, y); s != 0 {
		t.Errorf("similarity %.2f, want 0", s)
	}
	if !NumbersConflict(sig("Lương hưu tăng 8%"), sig("Lương hưu tăng 3%")) {
		t.Error("numbers conflict not seen")
	}
}

// TestConcurrent runs Classify, ClassifySigned, Signature, Explain,
// Assign, Add and AssignBatch from many goroutines (run with -race):
// sharing the classifier's scratch pool changes no answer.
func TestConcurrent(t *testing.T) {
	c := newTest(t)
	arts := loadEval(t)[:64]
	want := make([]Result, len(arts))
	for i, a := range arts {
		want[i] = c.Classify(a.input())
	}
	idx := NewMemIndex()
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			batch := make([]Member, 0, len(arts))
			for i, a := range arts {
				r, signed := c.ClassifySigned(a.input())
				sig := c.Signature(a.Title, a.Summary, c.Classify(a.input()))
				if !reflect.DeepEqual(r, want[i]) || sig != signed {
					t.Errorf("goroutine %d, article %d: another answer than alone", g, i)
				}
				if err := c.Explain(a.input(), io.Discard); err != nil {
					t.Error(err)
				}
				id := int64(g*1000 + i + 1)
				if g%2 == 0 {
					idx.Assign(sig, a.Published)
					idx.Add(Member{ArticleID: id, Sig: sig, Published: a.Published})
				} else {
					batch = append(batch, Member{ArticleID: id, Key: a.URL, Sig: sig, Published: a.Published})
				}
			}
			idx.AssignBatch(batch)
		})
	}
	wg.Wait()
	if idx.Len() != 8*len(arts) {
		t.Errorf("index holds %d members", idx.Len())
	}
}
