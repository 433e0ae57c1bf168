// Package ingest is the ingestion half of bantin's fetch loop: it fetches an
// upstream feed over HTTP (conditional GET, limits, SSRF protection), parses
// it with gofeed, normalises every item to a model.Article (Vietnamese text
// rules, dates, sanitised HTML, images, summaries) and gives each article its
// identity key and content hash.
//
// The fetch loop uses it like this:
//
//	resp, err := fetcher.Fetch(ctx, src)
//	var feed *ingest.Feed
//	if err == nil && !resp.NotModified && !resp.Gone {
//		// err is a *ParseError; a web page's feed links resolve against resp.URL
//		feed, err = parser.ParseChanged(resp.Body, resp.ContentType, resp.URL, src, now, nil)
//	}
//	out := policy.Next(src, resp, err, now) // next_fetch_at, failures, last_error, retire, validators, MovedTo
//
// The package holds no package-level mutable state: a Fetcher and a Parser
// are built once and are safe for concurrent use.
package ingest

import (
	// Embedded tz database so Asia/Ho_Chi_Minh resolves in a bare container.
	_ "time/tzdata"
)
