package classify

// The incident rule in context: the reports of one incident that also
// share their setting — a province and a primary topic (sharesContext), or
// a bursting name (burst.go) — already need ClusterContextThreshold (0.10)
// or less, which the incident rule (incidentlink.go) does not lower, and
// many are under it all the same: "Cháy xưởng gỗ ở Quảng Ngãi, khói đen
// bao trùm khu dân cư" and "Ông Lương Thế Khiêm kể lại vụ cháy xưởng lúc
// rạng sáng" share the fire's kind, the owner's name and the province and
// few other words. When a pair's threshold is at most IncidentThreshold
// and the pair satisfies the incident rule (sharedIncident: neither
// sports, within IncidentSpan, one kind of incident in both titles, a rare
// name in common other than a foreign city — which may be the province's
// own name), the two kinds of evidence add up: the pair needs only
// IncidentContextThreshold. Vetoes and linkage stay. Measured on the
// training days (i19recall, BENCHMARKS.md): 90 census pairs joined, 8
// split; 37 of 40 joins drawn one event, none of the 8 splits.
const IncidentContextThreshold = 0.05

// incidentInContext reports whether a (published at pa) and b (at pb),
// whose pair threshold is t, satisfy the incident rule in context: t
// above IncidentContextThreshold and at most IncidentThreshold, and the
// incident rule holds.
func incidentInContext(a, b *Signature, pa, pb int64, t float64) bool {
	return IncidentContextThreshold < t && t <= IncidentThreshold && sharedIncident(a, b, pa, pb)
}
