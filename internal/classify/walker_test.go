package classify

import "testing"

// TestVisited checks that a lookup's memory of compared members answers
// only for that lookup, survives the wrap of its lookup counter, and that
// a nil memory remembers nothing.
func TestVisited(t *testing.T) {
	v := newVisited(4)
	v.next()
	v.set(1, true)
	v.set(2, false)
	for _, c := range []struct {
		mi      int32
		hit, ok bool
	}{{0, false, false}, {1, true, true}, {2, false, true}, {3, false, false}} {
		if hit, ok := v.get(c.mi); hit != c.hit || ok != c.ok {
			t.Errorf("lookup 1, member %d: got %v, %v, want %v, %v", c.mi, hit, ok, c.hit, c.ok)
		}
	}
	v.next()
	if _, ok := v.get(1); ok {
		t.Error("the next lookup sees the previous lookup's member 1")
	}
	v.set(3, true)
	v.cur = 1<<31 - 1
	v.next()
	if _, ok := v.get(3); ok || v.cur != 1 {
		t.Errorf("after the wrap: member 3 seen %v, lookup %d; want unseen, lookup 1", ok, v.cur)
	}
	var none *visited
	none.next()
	none.set(0, true)
	if _, ok := none.get(0); ok {
		t.Error("a nil memory remembered a member")
	}
}
