package metrics

import (
	"context"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

var (
	sourcesDesc = prometheus.NewDesc("bantin_sources",
		"Sources by state (new, ok, failing, retired), from the database.", []string{"state"}, nil)
	dueDesc = prometheus.NewDesc("bantin_sources_due",
		"Active sources due for a fetch now (the fetch queue), from the database.", nil, nil)
	pendingDesc = prometheus.NewDesc("bantin_digests_pending",
		"Digest rows waiting to be sent, by status (pending, retry), from the database.", []string{"status"}, nil)
	outboxDesc = prometheus.NewDesc("bantin_outbox_messages",
		".eml files in the outbox folder (only when no SMTP server is configured).", nil, nil)
	dbUpDesc = prometheus.NewDesc("bantin_database_up",
		"1 when the database answered this scrape's state queries, 0 when it did not.", nil, nil)
)

// stateCollector reads the database-wide state at each scrape.
type stateCollector struct {
	read func(ctx context.Context) (State, error)
}

func (c *stateCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{sourcesDesc, dueDesc, pendingDesc, outboxDesc, dbUpDesc} {
		ch <- d
	}
}

func (c *stateCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	st, err := c.read(ctx)
	if err != nil {
		ch <- prometheus.MustNewConstMetric(dbUpDesc, prometheus.GaugeValue, 0)
		return
	}
	ch <- prometheus.MustNewConstMetric(dbUpDesc, prometheus.GaugeValue, 1)
	for _, state := range []string{"new", "ok", "failing", "retired"} {
		ch <- prometheus.MustNewConstMetric(sourcesDesc, prometheus.GaugeValue, float64(st.Sources[state]), state)
	}
	ch <- prometheus.MustNewConstMetric(dueDesc, prometheus.GaugeValue, float64(st.SourcesDue))
	for _, status := range []string{"pending", "retry"} {
		ch <- prometheus.MustNewConstMetric(pendingDesc, prometheus.GaugeValue, float64(st.DigestsPending[status]), status)
	}
	if st.Outbox >= 0 {
		ch <- prometheus.MustNewConstMetric(outboxDesc, prometheus.GaugeValue, float64(st.Outbox))
	}
}
