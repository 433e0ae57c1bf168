package classify

import (
	"bytes"
	"strings"
	"testing"

	"bantin/internal/model"
)

// TestTopicModelTrainWriteRead: a model trained on a few articles decides
// where the rules are silent, names its features, survives a write and a
// read, and garbage is refused.
func TestTopicModelTrainWriteRead(t *testing.T) {
	rules, err := NewWithModel(model.NewCatalog(), nil)
	if err != nil {
		t.Fatal(err)
	}
	tr := rules.NewTopicTrainer()
	for range 5 {
		tr.Add("the-thao", "Tiền đạo lập cú đúp, câu lạc bộ lên đầu bảng", "Tiền đạo ghi hai bàn ở hiệp hai.")
		tr.Add("y-te", "Ca ghép gan thành công cho bé trai", "Các bác sĩ ghép gan trong tám giờ.")
	}
	if err := tr.Add("bogus", "x", ""); err == nil {
		t.Error("unknown topic accepted")
	}
	m := tr.Model(1, 1000)
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := readTopicModel(bytes.NewReader(buf.Bytes()), true)
	if err != nil || back.Features() != m.Features() {
		t.Fatalf("read back: %v, %d features (wrote %d)", err, back.Features(), m.Features())
	}
	c, err := NewWithModel(model.NewCatalog(), back)
	if err != nil {
		t.Fatal(err)
	}
	in := Input{Title: "Tiền đạo lập cú đúp"}
	if r := rules.Classify(in); len(r.Topics) != 0 {
		t.Fatalf("fixture: the rules already know %v", r.Topics)
	}
	r := c.Classify(in)
	if len(r.Topics) == 0 || r.Topics[0].Topic != "the-thao" || !strings.Contains(r.Topics[0].Reason, "model") ||
		!strings.Contains(r.Topics[0].Reason, "«") {
		t.Errorf("with the model: %+v", r.Topics)
	}
	if _, err := ReadTopicModel(strings.NewReader("not a model")); err == nil {
		t.Error("garbage accepted")
	}
	if _, err := ReadTopicModel(bytes.NewReader(buf.Bytes()[:buf.Len()/2])); err == nil {
		t.Error("truncated model accepted")
	}
	lean, _ := ReadTopicModel(bytes.NewReader(buf.Bytes()))
	if _, err := lean.WriteTo(&bytes.Buffer{}); err == nil || tr.AddModel(lean) == nil {
		t.Error("a model read without counts wrote or trained")
	}
}
