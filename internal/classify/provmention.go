package classify

// mention is one accepted or refused place occurrence.
type mention struct {
	rule     *placeRule
	text     string // the words as written
	field    field
	province string
	legacy   string
	weight   float64
	effect   contextEffect
	context  string    // the context words, if any
	confirm  bool      // counts only if the province is also named plainly
	wardOf   []gazCand // a name several units share: kept where the source or the text says
	dropped  string    // why the mention was refused; "" if kept
	team     bool      // refused as a club's or a team's name
	firm     bool      // refused as part of a firm's or a bank's name
	start    int       // tokens [start, end) of the mention
	end      int
}

// lastOf returns the last mention of ms, nil if none.
func lastOf(ms []mention) *mention {
	if len(ms) == 0 {
		return nil
	}
	return &ms[len(ms)-1]
}
