package classify

import (
	"strings"
	"testing"
)

// TestLegsAndStreetsBounds: the clause of earlierLegs ends at its
// sentence's end, and the "phố" or "đường" of streetLists stands in the
// list's own field (review25). Own sentences.
func TestLegsAndStreetsBounds(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a period ends the opening clause: no leg", "Chuỗi cà phê mở cửa hàng mới tại Cần Thơ",
			"Tiếp nối thành công ở Huế. Chuỗi vừa khai trương cửa hàng tại TP Cần Thơ, phục vụ khách từ sáng sớm.", "can-tho hue"},
		{"the comma of the opening clause still makes a leg", "Chuỗi cà phê mở cửa hàng mới tại Cần Thơ",
			"Tiếp nối thành công ở Huế, chuỗi vừa khai trương cửa hàng tại TP Cần Thơ.", "can-tho"},
		{"the title's last word is no street of the lead's list", "Ngắm hoa sưa trên phố",
			"Như Hà Nội, Huế cũng rực rỡ sắc hoa sưa.", "ha-noi hue"},
	}
	checkProvinces(t, c, cases, true)
}

// TestLegReasonNamesItsOpener: Explain says which words opened the leg's
// clause ("sau thành công", not always legOpeners' first).
func TestLegReasonNamesItsOpener(t *testing.T) {
	c := newTest(t)
	var b strings.Builder
	in := Input{Title: "Chuỗi cà phê mở cửa hàng mới tại Cần Thơ",
		Summary: "Sau thành công của cửa hàng đầu tiên ở Huế, chuỗi khai trương cửa hàng tại TP Cần Thơ."}
	if err := c.Explain(in, &b); err != nil {
		t.Fatal(err)
	}
	if want := "in a clause opened by sau thành công …"; !strings.Contains(b.String(), want) {
		t.Errorf("Explain lacks %q:\n%s", want, b.String())
	}
}
