package classify

// wardless reports a name (its key) that no commune, ward or special zone
// of the gazetteer bears and no former district either: "xã, phường Quảng
// Nam (cũ)" then names the former province's communes, not a ward called
// Quảng Nam, so the mention keeps its former province (ward). The names of
// dissolved provinces no unit bears are Quảng Nam, Ninh Thuận, Đắk Nông,
// Tiền Giang, Hậu Giang and Kiên Giang.
func wardless(key string) bool { return len(unitsByName()[key]) == 0 }
