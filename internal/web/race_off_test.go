//go:build !race

package web_test

// raceEnabled: the race detector slows everything several times over.
const raceEnabled = false
