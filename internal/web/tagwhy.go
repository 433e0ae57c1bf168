package web

import "bantin/internal/tagwhy"

// whyNames resolves the slugs of a tag's reason to the catalog's names.
func (s *Server) whyNames() tagwhy.Names {
	return tagwhy.Names{
		Topic: func(slug string) string {
			t, _ := s.cat.Topic(slug)
			return t.Name
		},
		Province: func(slug string) string {
			p, _ := s.cat.Province(slug)
			return p.Name
		},
	}
}

// shown returns a tag's Why from what package tagwhy made of its stored
// reason: "" when the reason is in no form the classifier writes (a
// hand-made tag), so that readers are never shown the classifier's English
// nor a sentence that explains nothing.
func shown(vi string, understood bool) string {
	if !understood {
		return ""
	}
	return vi
}
