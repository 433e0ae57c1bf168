package feeds

import (
	"bytes"
	"encoding/xml"
	"io"
	"testing"
)

// node is a minimal XML element tree for structural assertions. Names are
// resolved by encoding/xml: Space holds the namespace URI, or the literal
// prefix when a prefix was never declared.
type node struct {
	Name xml.Name
	Attr []xml.Attr
	Text string
	Kids []*node
}

// parseXML parses doc strictly or fails the test.
func parseXML(t *testing.T, doc []byte) *node {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(doc))
	root := &node{}
	stack := []*node{root}
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v", err)
		}
		top := stack[len(stack)-1]
		switch tok := tok.(type) {
		case xml.StartElement:
			n := &node{Name: tok.Name, Attr: tok.Copy().Attr}
			top.Kids = append(top.Kids, n)
			stack = append(stack, n)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			top.Text += string(tok)
		}
	}
	if len(root.Kids) != 1 {
		t.Fatalf("want one root element, got %d", len(root.Kids))
	}
	return root.Kids[0]
}

// all returns the children in namespace space with local name local.
func (n *node) all(space, local string) []*node {
	var out []*node
	for _, k := range n.Kids {
		if k.Name.Space == space && k.Name.Local == local {
			out = append(out, k)
		}
	}
	return out
}

// one returns the single such child, or nil when there is none or several.
func (n *node) one(space, local string) *node {
	if all := n.all(space, local); len(all) == 1 {
		return all[0]
	}
	return nil
}

// attr returns the value of the un-namespaced attribute, and whether it exists.
func (n *node) attr(name string) (string, bool) {
	for _, a := range n.Attr {
		if a.Name.Space == "" && a.Name.Local == name {
			return a.Value, true
		}
	}
	return "", false
}

// walk calls fn for n and every descendant.
func (n *node) walk(fn func(*node)) {
	fn(n)
	for _, k := range n.Kids {
		k.walk(fn)
	}
}
