package classify

import (
	"bytes"
	"testing"

	"bantin/internal/model"
)

// TestSignaturesIgnoreTheTopicModel: a classifier whose topics come from
// another model (an operator's `bantin topics train`) signs a story as the
// shipped classifier does, so a retrained model moves topics, not stories.
func TestSignaturesIgnoreTheTopicModel(t *testing.T) {
	shipped := newTest(t)
	tr := shipped.NewTopicTrainer()
	for range 3 {
		tr.Add("the-thao", "Tiền đạo lập cú đúp, câu lạc bộ lên đầu bảng", "Tiền đạo ghi hai bàn ở hiệp hai.")
		tr.Add("y-te", "Ca ghép gan thành công cho bé trai", "Các bác sĩ ghép gan trong tám giờ.")
	}
	retrained, err := NewWithModel(model.NewCatalog(), tr.Model(1, 1000))
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range []struct{ title, summary string }{
		{"Bão Yagi đổ bộ Quảng Ninh, 3 người mất tích", "Cơn bão mạnh nhất 30 năm quật đổ hàng nghìn cây xanh ở Hạ Long."},
		{"Tiền đạo Tiến Linh lập cú đúp, Becamex thắng 3-1", "Trận đấu trên sân Gò Đậu chiều 12/3."},
		{"Ca ghép gan thành công cho bé trai 2 tuổi", "Bệnh viện Nhi Trung ương ghép gan trong tám giờ."},
	} {
		r := shipped.Classify(Input{Title: a.title, Summary: a.summary})
		want, _ := shipped.Signature(a.title, a.summary, r).MarshalBinary()
		got, _ := retrained.Signature(a.title, a.summary, r).MarshalBinary()
		if !bytes.Equal(got, want) {
			t.Errorf("%q: the retrained classifier's signature differs from the shipped one's", a.title)
		}
	}
	if retrained.Model() == shipped.Model() {
		t.Fatal("fixture: the retrained classifier uses the shipped model")
	}
}
