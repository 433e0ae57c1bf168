package classify

import (
	"fmt"
	"testing"
	"time"
)

// TestProfilesApart: a dating column's profiles are alike by design (the
// same wishes in the same words) and each is a story of its own.
func TestProfilesApart(t *testing.T) {
	c := newTest(t)
	t0 := time.Date(2026, 4, 7, 1, 0, 0, 0, time.UTC)
	items := []struct{ title, summary string }{
		{"Mong tìm được mái ấm bình yên", "Em 34 tuổi, làm kế toán, mong tìm được người đàn ông chân thành để cùng xây dựng mái ấm bình yên."},
		{"Tìm người cùng xây mái ấm bình yên", "Anh 36 tuổi, làm kỹ sư, mong tìm được người phụ nữ chân thành để cùng xây dựng mái ấm bình yên."},
	}
	batch := make([]Member, len(items))
	for i, it := range items {
		r := c.Classify(Input{Title: it.title, Summary: it.summary})
		batch[i] = Member{ArticleID: int64(i + 1), Key: fmt.Sprint(i), Published: t0.Add(time.Duration(i) * 5 * time.Hour),
			Sig: c.Signature(it.title, it.summary, r)}
	}
	if got := NewMemIndex().AssignBatch(batch); got[0] == got[1] {
		t.Errorf("clusters %v: two writers' profiles must not share a story", got)
	}
}
