package classify

import (
	"fmt"
	"math/bits"

	"bantin/internal/vntext"
)

// phrase is one multi-syllable entry of a trie: the diacritic-aware keys of
// its syllables, the index of the rule it stands for, and whether it may
// match folded (unaccented) text.
type phrase struct {
	keys     []string
	rule     int
	foldable bool
}

// vocab numbers the folded syllables of every phrase of every table, so that
// a scan looks each token up once (token.id) and tries step on integers.
// It is filled while the tries are built and read-only afterwards; copies
// share their tables.
type vocab struct {
	ids   map[string]int32
	short *edgeTable // the syllables of 1–7 bytes, by shortKey: faster to look up
}

func newVocab() vocab { return vocab{ids: map[string]int32{}, short: &edgeTable{}} }

// id returns the number of a folded syllable, adding it if add is set;
// -1 when unknown.
func (v vocab) id(fold string, add bool) int32 {
	k, short := shortKey(fold)
	if short {
		if n, ok := v.short.get(k); ok {
			return n
		}
	} else if n, ok := v.ids[fold]; ok {
		return n
	}
	if !add {
		return -1
	}
	n := int32(len(v.ids))
	v.ids[fold] = n
	if short {
		v.short.put(k, n)
	}
	return n
}

// shortKey packs a string of 1 to 7 bytes and its length into a non-zero
// key; ok is false for other lengths.
func shortKey(s string) (k uint64, ok bool) {
	if len(s) == 0 || len(s) > 7 {
		return 0, false
	}
	for i := 0; i < len(s); i++ {
		k |= uint64(s[i]) << (8 * i)
	}
	return k | uint64(len(s))<<56, true
}

// trie indexes phrases by their folded syllables, so that a scan folds each
// token once and computes diacritic-aware keys only for candidate spans.
// It is built once and read-only afterwards.
type trie struct {
	voc     vocab
	root    []int32   // syllable id → child of the root; 0: none (most tokens start no phrase)
	edges   edgeTable // node<<32 | syllable id → child node, below the root
	kids    []uint64  // per node below the root: bit id%64 set for each child's syllable id
	terms   [][]int32 // per node: phrases ending there
	phrases []phrase
}

func newTrie(voc vocab) *trie {
	return &trie{voc: voc, terms: [][]int32{nil}, kids: []uint64{0}}
}

func edgeKey(node, id int32) uint64 { return uint64(node)<<32 | uint64(uint32(id)) }

// add indexes text for rule. foldable phrases may match folded text when the
// field is mostly unaccented (reference §2: never one syllable).
func (t *trie) add(text string, rule int, foldable bool) error {
	syl := vntext.Tokens(vntext.Normalize(text))
	if len(syl) == 0 {
		return fmt.Errorf("empty phrase %q", text)
	}
	p := phrase{rule: rule, foldable: foldable && len(syl) > 1}
	node := int32(0)
	for _, s := range syl {
		p.keys = append(p.keys, vntext.Key(s))
		id := t.voc.id(vntext.Fold(s), true)
		next, ok := t.child(node, id)
		if !ok {
			next = int32(len(t.terms))
			t.terms, t.kids = append(t.terms, nil), append(t.kids, 0)
			if node == 0 {
				for int(id) >= len(t.root) {
					t.root = append(t.root, 0)
				}
				t.root[id] = next
			} else {
				t.edges.put(edgeKey(node, id), next)
				t.kids[node] |= 1 << (uint(id) % 64)
			}
		}
		node = next
	}
	t.terms[node] = append(t.terms[node], int32(len(t.phrases)))
	t.phrases = append(t.phrases, p)
	return nil
}

// span is one phrase occurrence: tokens [start, end) matched phrase p.
type span struct {
	start, end int
	p          *phrase
}

// longest returns the longest phrase starting at toks[i] that accept allows,
// trying shorter ones when a longer one is refused. ok is false if none.
func (t *trie) longest(toks []token, i int, accept func(span) bool) (span, bool) {
	if t.starts(toks, i) {
		return t.longestAt(toks, i, accept)
	}
	return span{}, false
}

// starts reports whether toks[i] may start a phrase of t: its folded
// syllable starts one. Most tokens start none; longest finds none there.
func (t *trie) starts(toks []token, i int) bool {
	id := uint(toks[i].id) // -1 is a huge uint
	return id < uint(len(t.root)) && t.root[id] != 0
}

// longestAt is longest for a token that starts a phrase of t: it walks
// the trie from t.root (as child does, inline), one joinable token at a
// time, noting the nodes where phrases end.
func (t *trie) longestAt(toks []token, i int, accept func(span) bool) (span, bool) {
	var stack [8]int32 // nodes with terms, by length
	var lens [8]int32
	n := 0
	node := t.root[toks[i].id]
	for j := i; ; {
		if len(t.terms[node]) > 0 && n < len(stack) {
			stack[n], lens[n] = node, int32(j+1-i)
			n++
		}
		j++
		if j >= len(toks) || !joinable(toks, j) && !inWordApostrophe(toks[j]) {
			break
		}
		id := toks[j].id
		if id < 0 || t.kids[node]&(1<<(uint(id)%64)) == 0 { // most steps lead nowhere
			break
		}
		next, ok := t.edges.get(edgeKey(node, id))
		if !ok {
			break
		}
		node = next
	}
	for k := n - 1; k >= 0; k-- {
		for _, pi := range t.terms[stack[k]] {
			sp := span{i, i + int(lens[k]), &t.phrases[pi]}
			if matches(toks, sp) && accept(sp) {
				return sp, true
			}
		}
	}
	return span{}, false
}

// child returns the node reached from node by syllable id (id ≥ 0).
func (t *trie) child(node, id int32) (int32, bool) {
	if node == 0 {
		if int(id) < len(t.root) && t.root[id] != 0 {
			return t.root[id], true
		}
		return 0, false
	}
	if t.kids[node]&(1<<(uint(id)%64)) == 0 { // most steps below the root lead nowhere
		return 0, false
	}
	return t.edges.get(edgeKey(node, id))
}

// edgeTable is a hash table from edge keys to nodes, open addressing with
// linear probing; a key is never 0 (below the root, nodes are 1 or more),
// so 0 marks an empty slot. It is faster than a map for the scans.
type edgeTable struct {
	keys  []uint64
	nodes []int32
	shift uint // 64 - log2(len(keys))
	n     int
}

// slot returns the first slot to probe for k.
func (e *edgeTable) slot(k uint64) uint64 { return (k * 0x9E3779B97F4A7C15) >> e.shift }

func (e *edgeTable) get(k uint64) (int32, bool) {
	if e.n == 0 {
		return 0, false
	}
	mask := uint64(len(e.keys) - 1)
	for i := e.slot(k); ; i = (i + 1) & mask {
		switch e.keys[i] {
		case k:
			return e.nodes[i], true
		case 0:
			return 0, false
		}
	}
}

// put sets the node of k, growing the table to keep it at most half full.
func (e *edgeTable) put(k uint64, node int32) {
	if 2*(e.n+1) > len(e.keys) {
		old, oldNodes := e.keys, e.nodes
		size := max(16, 2*len(old))
		e.keys, e.nodes, e.shift, e.n = make([]uint64, size), make([]int32, size), uint(64-bits.TrailingZeros(uint(size))), 0
		for i, ok := range old {
			if ok != 0 {
				e.put(ok, oldNodes[i])
			}
		}
	}
	mask := uint64(len(e.keys) - 1)
	for i := e.slot(k); ; i = (i + 1) & mask {
		if e.keys[i] == 0 || e.keys[i] == k {
			if e.keys[i] == 0 {
				e.n++
			}
			e.keys[i], e.nodes[i] = k, node
			return
		}
	}
}

// matches reports whether the tokens of sp carry the phrase's diacritics
// (keys compare equal), or the field is unaccented and the phrase foldable.
func matches(toks []token, sp span) bool {
	if sp.p.foldable && toks[sp.start].ascii {
		return true
	}
	for k, want := range sp.p.keys {
		if !keyEqual(toks, sp.start+k, want) {
			return false
		}
	}
	return true
}

// inWordApostrophe reports an apostrophe alone before the token, inside a
// name of the Central Highlands ("Ea H'leo", "D’Ran"): a phrase goes on
// across it, though no other rule's phrase does (joinable).
func inWordApostrophe(t token) bool {
	return !t.first && (t.gap == "'" || t.gap == "’")
}

// hasPrefix reports whether some phrase of t starts with the folded
// syllables of toks[sp.start:sp.end] (diacritics and case not compared).
func (t *trie) hasPrefix(toks []token, sp span) bool {
	node := int32(0)
	for i := sp.start; i < sp.end; i++ {
		id := toks[i].id
		if id < 0 {
			return false
		}
		next, ok := t.child(node, id)
		if !ok {
			return false
		}
		node = next
	}
	return true
}
