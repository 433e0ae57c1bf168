package ingest

import (
	"log/slog"
	"maps"
	"slices"
	"strings"
)

// skipReasons is the "reasons" group of the "items skipped" log line: one
// count per reason, the reason in snake_case (reasons.no_link_and_no_guid=1),
// sorted, rather than a Go map's text.
func skipReasons(skipped map[string]int) slog.Attr {
	keys := slices.Sorted(maps.Keys(skipped))
	attrs := make([]slog.Attr, len(keys))
	for i, k := range keys {
		attrs[i] = slog.Int(strings.ReplaceAll(k, " ", "_"), skipped[k])
	}
	return slog.GroupAttrs("reasons", attrs...)
}
