package store

import (
	"encoding/json"

	"bantin/internal/model"
)

// errorDetail is the JSON of sources.last_error_detail: the last error's
// kind and a web page's feeds, with the text they were recorded with. The
// text ties them to last_error: a bantin older than the column (migration
// 0013) still writes last_error alone, and a detail of another text is
// not that error's.
type errorDetail struct {
	Kind  model.FetchErrorKind `json:"kind"`
	Feeds []string             `json:"feeds,omitempty"`
	Text  string               `json:"text"`
}

// encodeErrorDetail returns the last_error_detail recorded with the error
// text of kind and feeds ("" for no error).
func encodeErrorDetail(text string, kind model.FetchErrorKind, feeds []string) string {
	if text == "" {
		return ""
	}
	if kind == model.KindNone {
		kind = model.KindUnknown
	}
	b, err := json.Marshal(errorDetail{Kind: kind, Feeds: feeds, Text: text})
	if err != nil { // strings only: cannot fail
		return ""
	}
	return string(b)
}

// decodeErrorDetail returns the kind and feeds of the last error text as
// recorded in detail: KindNone for no error, KindUnknown when detail is
// of no error or another one (a row written without it).
func decodeErrorDetail(text, detail string) (model.FetchErrorKind, []string) {
	if text == "" {
		return model.KindNone, nil
	}
	var d errorDetail
	if json.Unmarshal([]byte(detail), &d) != nil || d.Text != text || d.Kind == model.KindNone {
		return model.KindUnknown, nil
	}
	return d.Kind, d.Feeds
}
