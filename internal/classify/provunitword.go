package classify

// unitWordAt reports a match that begins with its unit's kind word ("xã
// Thuận An", "phường Vĩnh Lợi", "đặc khu Côn Đảo"): such a match names the
// commune or ward itself, so the word before it is neither a surname
// ("Đoàn xã Thuận An": the commune's youth union) nor a house number ("ở 2
// xã Thuận An, Quảng Trực": two communes).
func unitWordAt(toks []token, i int) bool {
	return i < len(toks) && (wordIs(toks, i, "xa", "xã") || wordIs(toks, i, "phuong", "phường") ||
		wordIs(toks, i, "dac", "đặc") || wordIs(toks, i, "huyen", "huyện"))
}
