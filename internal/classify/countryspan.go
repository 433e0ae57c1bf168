package classify

// A foreign country as a story's context: world news names its countries
// ("Iran", "Mỹ", "Đài Loan"), and two reports of one primary topic that
// share one need only ClusterCountryContext. Within a day or so that joins
// one strike's, one raid's or one summit's reports; two days on, the
// reports that share the country and its leaders' names are mostly the
// conflict's next development (the next strike, the next statement, the
// next vote), a different event. Past ClusterCountrySpan a shared country
// is no context: the pair needs the plain ClusterThreshold (its age rise
// aside). Measured on the training days' story census
// (BENCHMARKS.md, "Seventeenth session: i17clusprec3").

// countryContext returns the threshold of two stories of one primary
// topic, not sports, that share a foreign country and no province as
// their context, published d nanoseconds apart (d ≥ 0).
func countryContext(d int64) float64 {
	if d > int64(ClusterCountrySpan) {
		return ClusterThreshold
	}
	return ClusterCountryContext
}
