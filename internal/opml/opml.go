// Package opml reads and writes OPML 2.0 subscription lists: the sources an
// operator imports and exports, and the list of bantin's own feeds that
// feed readers import. It is the one place that knows the format.
package opml

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Doc is an OPML 2.0 document.
type Doc struct {
	XMLName xml.Name  `xml:"opml"`
	Version string    `xml:"version,attr"`
	Title   string    `xml:"head>title"`
	Created string    `xml:"head>dateCreated,omitempty"` // RFC 1123Z
	Owner   string    `xml:"head>ownerName,omitempty"`
	Docs    string    `xml:"head>docs,omitempty"`
	Body    []Outline `xml:"body>outline"`
}

// Outline is a feed (XMLURL set) or a folder of outlines.
type Outline struct {
	Text     string    `xml:"text,attr"`
	Title    string    `xml:"title,attr,omitempty"`
	Type     string    `xml:"type,attr,omitempty"`
	XMLURL   string    `xml:"xmlUrl,attr,omitempty"`
	HTMLURL  string    `xml:"htmlUrl,attr,omitempty"`
	Language string    `xml:"language,attr,omitempty"`
	Category string    `xml:"category,attr,omitempty"`
	Province string    `xml:"province,attr,omitempty"` // bantin's own (OPML allows any): a source's home province
	Children []Outline `xml:"outline"`
	// Other holds the attributes not named above, as read (Marshal writes
	// them back): Read takes the feed's URL from an xmlURL or xmlurl
	// there, as some exporters spell it.
	Other []xml.Attr `xml:",any,attr"`
}

// feedURL returns o's xmlUrl, else an attribute of another spelling of it
// (names compare case-insensitively), else "".
func (o Outline) feedURL() string {
	if o.XMLURL != "" {
		return o.XMLURL
	}
	for _, a := range o.Other {
		if a.Name.Space == "" && strings.EqualFold(a.Name.Local, "xmlUrl") {
			return a.Value
		}
	}
	return ""
}

// Read returns the feed outlines of an OPML document, folders flattened, in
// document order, without their Children (a feed's nested outlines come
// after it). The feed's URL is its xmlUrl attribute, in any letter case
// (xmlURL). It returns an error naming the problem for input that is
// not OPML, and for a document without any outline that has an xmlUrl.
func Read(r io.Reader) ([]Outline, error) {
	var doc Doc
	if err := xml.NewDecoder(r).Decode(&doc); err != nil {
		return nil, fmt.Errorf("not an OPML file: %w", err)
	}
	var out []Outline
	var walk func([]Outline)
	walk = func(os []Outline) {
		for _, o := range os {
			if u := o.feedURL(); u != "" {
				feed := o
				feed.XMLURL, feed.Children, feed.Other = u, nil, nil
				out = append(out, feed)
			}
			walk(o.Children)
		}
	}
	walk(doc.Body)
	if len(out) == 0 {
		return nil, errors.New("the OPML file has no outline with an xmlUrl")
	}
	return out, nil
}

// Marshal returns d as an XML document: the XML header, d indented by two
// spaces, a final newline. Version defaults to "2.0". It returns
// encoding/xml's error, which for these types does not happen.
func (d Doc) Marshal() ([]byte, error) {
	if d.Version == "" {
		d.Version = "2.0"
	}
	body, err := xml.MarshalIndent(d, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("opml: %w", err)
	}
	return append(append([]byte(xml.Header), body...), '\n'), nil
}
