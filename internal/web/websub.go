package web

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"bantin/internal/model"
)

// hubBatch is the number of hub.url values sent in one publish ping.
const hubBatch = 50

// FeedURLs returns the canonical URLs, in every format, of the published
// feeds that arts appear in: the feed of all articles, each of their
// topics, each of their provinces (current and former) and each
// topic × province pair. Filtered feeds with other parameters (q, source,
// several slugs) are not listed: hubs cannot be told about every query.
func (s *Server) FeedURLs(arts []model.Article) []string {
	qs := map[string]feedQuery{"": {Limit: defaultLimit}}
	add := func(q feedQuery) { q.Limit = defaultLimit; qs[q.encode()] = q }
	for i := range arts {
		a := &arts[i]
		var provs []string
		for _, p := range a.Provinces {
			provs = append(provs, p.Province)
			if p.Legacy != "" {
				provs = append(provs, p.Legacy)
			}
		}
		for _, p := range provs {
			add(feedQuery{Provinces: []string{p}})
		}
		for _, t := range a.Topics {
			add(feedQuery{Topics: []string{t.Topic}})
			for _, p := range provs {
				add(feedQuery{Topics: []string{t.Topic}, Provinces: []string{p}})
			}
		}
	}
	out := make([]string, 0, 3*len(qs))
	for _, q := range qs {
		for _, f := range feedFormats {
			out = append(out, s.absURL(q.path(f)))
		}
	}
	slices.Sort(out)
	return out
}

// Changed is what the fetch pipeline calls after it stored new or changed
// articles (pipeline.Options.OnChange): cached feeds are invalidated at
// once and, when a hub is configured, the hub is pinged in the background
// for the feeds arts appear in (at most 30 s, less when Stop is called;
// failures are logged and counted). Wait waits for the pings in flight.
func (s *Server) Changed(ctx context.Context, arts []model.Article) {
	s.Invalidate()
	if s.cfg.HubURL == "" {
		return
	}
	s.pings.Go(func() {
		pctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
		defer cancel()
		defer context.AfterFunc(s.bg.ctx, cancel)() // Stop
		s.NotifyHub(pctx, arts)                     // failures are logged and counted
	})
}

// NotifyHub tells the configured WebSub hub that the feeds arts appear in
// have changed: a POST of hub.mode=publish with one hub.url per feed URL
// (in batches of 50). Call it after an ingest that wrote arts, once the
// transaction has committed (and after Invalidate, so that the hub fetches
// fresh bodies). It does nothing when no hub is configured and returns the
// first failure otherwise.
func (s *Server) NotifyHub(ctx context.Context, arts []model.Article) error {
	if s.cfg.HubURL == "" || len(arts) == 0 {
		return nil
	}
	urls := s.FeedURLs(arts)
	var first error
	for start := 0; start < len(urls); start += hubBatch {
		if err := s.ping(ctx, urls[start:min(start+hubBatch, len(urls))]); err != nil {
			s.log.Warn("websub ping failed", "hub", s.cfg.HubURL, "urls", len(urls), "error", err)
			if first == nil {
				first = err
			}
		}
	}
	return first
}

// ping tells the WebSub hub that urls changed, in one POST under ctx, and
// counts the outcome (metrics.HubPing). It returns an error when the
// request cannot be made or sent or the hub answers other than 2xx; the
// hub's body is read (at most 64 KiB) and dropped.
func (s *Server) ping(ctx context.Context, urls []string) error {
	form := url.Values{"hub.mode": {"publish"}, "hub.url": urls}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.cfg.HubURL, strings.NewReader(form.Encode()))
	if err != nil {
		return fmt.Errorf("web: websub hub %q: %w", s.cfg.HubURL, err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("User-Agent", "bantin (+"+s.base.String()+")")
	resp, err := s.cfg.HTTPClient.Do(req)
	if err != nil {
		err = fmt.Errorf("web: websub ping: %w", err)
		s.metrics.HubPing(err)
		return err
	}
	defer resp.Body.Close()
	io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	if resp.StatusCode/100 != 2 {
		err = fmt.Errorf("web: websub hub %s answered %s", s.cfg.HubURL, resp.Status)
	}
	s.metrics.HubPing(err)
	return err
}
