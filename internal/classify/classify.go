// Package classify tags Vietnamese news articles with topics and provinces
// (reference/vietnam.md §1, §2, §4) and groups near-duplicate stories from
// different sources into clusters (rarity-weighted word signatures, LSH on
// their rarest words, a linkage that does not chain).
//
// Every rule lives in a data table: the main ones in provdata.go,
// provrules.go, topicdata.go and sources.go, the narrower ones beside the
// code that applies them (cueNegatives, nationCues, scheduleOpeners, …);
// the functions only apply them. A Classifier is immutable after New and
// safe for concurrent use: per-article work lives in pooled scratch space.
package classify

import (
	"fmt"
	"sync"

	"bantin/internal/model"
)

// maxBody caps the body text examined, so cost stays bounded per article.
const maxBody = 16 << 10

// Input is one article to classify. Every field is optional. Summary and
// Body are plain text (markup and entities resolved, as ingest.HTMLText
// gives them); they are compared after NFC normalisation. Body is the
// article's text; where it repeats Summary (a feed's description serving
// as both, or a content that begins with its description, or a
// description cut short with "…"), the repeat is read once, as the summary
// (dropLeadRepeat), so an article weighs the same whether or not its feed
// restates the lead.
type Input struct {
	Title, Summary, Body string
	URL                  string   // the article's link: its path names sections
	SourceURL            string   // the feed URL: host → home province, path → section
	SourceName           string   // for explanations only
	HomeProvince         string   // the source's configured province slug (current or legacy)
	Categories           []string // upstream <category> values
	SourceTopics         []string // the source's configured topic slugs
}

// Result holds the tags of one article: topics with the primary first (at
// most three), provinces by weight, highest first.
type Result struct {
	Topics    []model.TopicTag
	Provinces []model.ProvinceTag
}

// Classifier applies the rule tables. Build it with New.
type Classifier struct {
	cat       *model.Catalog
	fold      *foldTable
	voc       vocab // syllables of every table, shared by the tries
	prov      *provMatcher
	topic     *topicMatcher
	sources   map[string]knownSource
	provBit   map[string]uint // current unit → bit in Signature.places
	countries *trie           // foreign countries: the next bits
	model     *TopicModel     // nil: rules only
	// words weigh story signatures' features (sigweight.go, names.go): the
	// shipped model, whatever model decides topics, so that an operator's
	// retrained model (`bantin topics train`) moves topics, not stories;
	// nil with the rules alone.
	words   *TopicModel
	first   *nameFirst // common words before names (namefirst.go)
	scratch sync.Pool  // *scratch
}

type scratch struct {
	toks  []token
	buf   tokenBuf
	ms    []mention
	ts    topicScores
	fs    []feature
	wf    []weighted // story signature features
	place []bool     // tokens inside a place name, for the signature
	lead  leadWork   // what the signature reuses of the classification
}

// release drops the scratch's references to the article's text (its
// tokens' and place mentions' strings), so that a pooled scratch keeps no
// article alive; the slices keep their capacity. Every mention is cleared,
// not just ms's length: sign may rescan the lead into fewer.
func (sc *scratch) release() {
	clear(sc.toks)
	clear(sc.ms[:cap(sc.ms)])
}

// leadWork is what classifying an article computed of its title and
// summary (its lead) that its story signature reuses.
type leadWork struct {
	n        int    // tokens of the lead: toks[:n]
	featured bool   // fs holds the features of toks[:n]
	placed   bool   // places and place[:n] hold the lead's places
	places   uint64 // place bits of the lead's kept mentions (Signature.places)
}

// New loads the rule tables and the shipped topic model and checks them
// against the catalog; it fails when a table names an unknown topic or
// province or holds an empty phrase, or the embedded model is unreadable.
// The model is decoded while the rule tables are built (on two cores a
// command starts about 70 ms sooner).
func New(cat *model.Catalog) (*Classifier, error) {
	decoded := make(chan error, 1)
	go func() {
		_, err := DefaultTopicModel()
		decoded <- err
	}()
	c, err := newRules(cat)
	if merr := <-decoded; merr != nil {
		return nil, merr
	}
	if err != nil {
		return nil, err
	}
	m, _ := DefaultTopicModel() // decoded above: its stored result
	return c.withModel(m)
}

// NewWithModel is New with the given topic model (nil: the rules alone).
// The model's topics must be the catalog's.
func NewWithModel(cat *model.Catalog, m *TopicModel) (*Classifier, error) {
	c, err := newRules(cat)
	if err != nil {
		return nil, err
	}
	return c.withModel(m)
}

// newRules returns a classifier with cat's rule tables and no model yet.
func newRules(cat *model.Catalog) (*Classifier, error) {
	if len(cat.Topics()) > catalogTopics {
		return nil, fmt.Errorf("classify: %d topics, at most %d supported", len(cat.Topics()), catalogTopics)
	}
	c := &Classifier{cat: cat, fold: newFoldTable(), voc: newVocab(), sources: map[string]knownSource{},
		provBit: map[string]uint{}}
	for _, p := range cat.Provinces() {
		if !p.Legacy() && len(c.provBit) < 64 {
			c.provBit[p.Slug] = uint(len(c.provBit))
		}
	}
	var err error
	if c.countries, err = newCountryTrie(c.voc, len(c.provBit)); err != nil {
		return nil, fmt.Errorf("classify: %w", err)
	}
	if c.prov, err = newProvMatcher(cat, c.voc); err != nil {
		return nil, fmt.Errorf("classify: %w", err)
	}
	if c.topic, err = newTopicMatcher(cat, c.voc); err != nil {
		return nil, fmt.Errorf("classify: %w", err)
	}
	if c.first, err = newNameFirst(); err != nil {
		return nil, fmt.Errorf("classify: %w", err)
	}
	for _, s := range knownSources {
		if s.Province != "" {
			if _, _, err := resolve(cat, s.Province); err != nil {
				return nil, fmt.Errorf("classify: source %s: %w", s.Host, err)
			}
		}
		c.sources[s.Host] = s
	}
	c.scratch.New = func() any { return &scratch{} }
	return c, nil
}

// withModel gives c the topic model m (nil: the rules alone), whose topics
// must be c's catalog's, and returns c.
func (c *Classifier) withModel(m *TopicModel) (*Classifier, error) {
	if m != nil {
		for _, slug := range m.classes {
			if _, ok := c.topic.index[slug]; !ok {
				return nil, fmt.Errorf("classify: the topic model knows %q, which is not a topic", slug)
			}
		}
	}
	c.model, c.words = m, m
	if shipped, err := DefaultTopicModel(); m != nil && err == nil {
		c.words = shipped
	}
	return c, nil
}

// Model returns the topic model in use (nil: rules only).
func (c *Classifier) Model() *TopicModel { return c.model }

// Classify returns the topics and provinces of in, each with its reason.
func (c *Classifier) Classify(in Input) Result {
	sc := c.scratch.Get().(*scratch)
	defer c.scratch.Put(sc)
	r, _ := c.classify(&in, sc, false)
	sc.release()
	return r
}

// ClassifySigned returns Classify(in) and the story signature of in's
// title and summary with that classification, equal to
// Signature(in.Title, in.Summary, Classify(in)), sharing their work: the
// title and summary are normalised and tokenised once, their features
// computed once, and when there is no body their places are found once.
func (c *Classifier) ClassifySigned(in Input) (Result, Signature) {
	sc := c.scratch.Get().(*scratch)
	defer c.scratch.Put(sc)
	r, _ := c.classify(&in, sc, true)
	sig := c.sign(in.Title, sc, r)
	sc.release()
	return r, sig
}

// classify does the work and also returns every place mention, kept or
// refused, for Explain. It leaves the tokens in sc.toks and, when sign is
// set, what the story signature reuses in sc.lead.
func (c *Classifier) classify(in *Input, sc *scratch, sign bool) (Result, []mention) {
	sc.toks, sc.ms = sc.toks[:0], sc.ms[:0]
	body := in.Body
	if len(body) > maxBody {
		body = body[:maxBody]
	}
	lead := 0
	for f, s := range [numFields]string{in.Title, in.Summary, body} {
		switch field(f) {
		case fieldSummary:
			lead = len(sc.toks)
		case fieldBody:
			sc.lead = leadWork{n: len(sc.toks)}
		}
		sc.toks = c.fold.tokenizeInto(sc.toks, s, field(f), &sc.buf, c.voc)
	}
	sc.toks = dropLeadRepeat(sc.toks, lead, sc.lead.n, in.Summary)
	ts := &sc.ts
	ts.reset()
	c.topic.structural(ts, in)
	c.topic.scan(ts, sc.toks, c.model != nil)
	sc.fs = c.modelScores(ts, sc.toks, ts.structuralAny(), sc.fs)
	sc.lead.featured = c.model != nil
	sc.ms = c.prov.scan(sc.toks, sc.ms)
	if c.model != nil {
		c.topic.moveAbroad(ts, sc.toks, sc.ms)
	}
	res := Result{Topics: c.topic.pick(ts)}
	if sign && sc.lead.n == len(sc.toks) { // no body: the lead's places are these
		c.leadPlaces(sc, sc.ms)
	}
	c.prov.formerClubs(sc.toks, sc.ms, res.Topics)
	c.prov.schoolMentions(sc.toks, sc.ms, res.Topics)
	c.prov.sportsTeams(sc.toks, sc.ms, res.Topics)
	abroadNamesakes(sc.ms, res.Topics)
	formerByAddress(sc.toks, sc.ms)
	formerByPlaceNoun(sc.toks, sc.ms)
	formerByBareName(sc.toks, sc.ms)
	formerByShore(sc.toks, sc.ms)
	formerByEast(sc.toks, sc.ms)
	sc.ms = c.prov.listedUnits(sc.toks, sc.ms)
	digest := isDigest(in.Title)
	if digest {
		dropDigestLead(sc.ms) // a digest's lead lists other headlines
	}
	src := c.sourceOf(in)
	allowPrior := src.Province != "" && (len(res.Topics) == 0 || res.Topics[0].Topic != "the-gioi") &&
		!digest && !keptAny(sc.ms) && c.prov.homeCue(sc.toks)
	res.Provinces = aggregate(sc.ms, src, allowPrior)
	return res, sc.ms
}

// keptAny reports whether any mention survived the context rules (a shared
// ward name may still resolve to the home province).
func keptAny(ms []mention) bool {
	for i := range ms {
		if ms[i].dropped == "" || ms[i].wardOf != nil {
			return true
		}
	}
	return false
}

// sourceOf resolves the outlet: the configured home province first, then the
// host table by feed URL, then by article URL.
func (c *Classifier) sourceOf(in *Input) source {
	var s source
	for _, u := range []string{in.SourceURL, in.URL} {
		if h := hostOf(u); h != "" {
			s.Host = h
			if k, ok := c.sources[h]; ok {
				s.Wide = k.Wide
				s.Province, s.Legacy, _ = resolve(c.cat, k.Province)
				break
			}
		}
	}
	if in.HomeProvince != "" {
		if p, l, err := resolve(c.cat, in.HomeProvince); err == nil {
			s.Province, s.Legacy, s.Wide = p, l, false
		}
	}
	return s
}
