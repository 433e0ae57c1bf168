package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"time"

	"bantin/internal/model"
)

type wrkOpts struct {
	dur            time.Duration
	conns, threads int
	profile        string
	missOnly       bool
}

type wrkResult struct {
	rps      float64
	requests float64
	p50, p99 string
}

// wrk runs wrk against url with an optional header and Lua script and
// parses requests/s and the p50/p99 latencies of --latency.
func wrk(o wrkOpts, url, header, script string) (wrkResult, error) {
	args := []string{"-t", strconv.Itoa(o.threads), "-c", strconv.Itoa(o.conns), "-d", o.dur.String(), "--latency"}
	if header != "" {
		args = append(args, "-H", header)
	}
	if script != "" {
		args = append(args, "-s", script)
	}
	out, err := exec.Command("wrk", append(args, url)...).CombinedOutput()
	if err != nil {
		return wrkResult{}, fmt.Errorf("wrk (apt-get install wrk): %w\n%s", err, out)
	}
	var r wrkResult
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		switch {
		case len(f) == 2 && f[0] == "Requests/sec:":
			r.rps, _ = strconv.ParseFloat(f[1], 64)
		case len(f) > 3 && f[1] == "requests" && f[2] == "in":
			r.requests, _ = strconv.ParseFloat(f[0], 64)
		case len(f) == 2 && f[0] == "50%":
			r.p50 = f[1]
		case len(f) == 2 && f[0] == "99%":
			r.p99 = f[1]
		case len(f) > 0 && (f[0] == "Non-2xx" || f[0] == "Socket"):
			fmt.Fprintln(os.Stderr, "wrk:", sc.Text())
		}
	}
	if r.rps == 0 {
		return r, fmt.Errorf("wrk output not understood:\n%s", out)
	}
	return r, nil
}

// missScript writes a wrk Lua script requesting a random topic × province
// × format feed per request (16 × 64 × 3 = 3072 distinct URLs).
func missScript(cat *model.Catalog) (string, error) {
	var paths []string
	for _, t := range cat.Topics() {
		for _, p := range cat.Provinces() {
			for _, f := range []string{"rss", "atom", "json"} {
				paths = append(paths, fmt.Sprintf("%q", "/topics/"+t.Slug+"/provinces/"+p.Slug+"/feed."+f))
			}
		}
	}
	lua := `local paths = {` + strings.Join(paths, ",") + `}
local counter = 0
function setup(thread) counter = counter + 1; thread:set("tid", counter) end
function init(args) math.randomseed(os.time() * 1000 + tid) end
function request() return wrk.format("GET", paths[math.random(#paths)]) end
`
	f, err := os.CreateTemp("", "bantin-miss-*.lua")
	if err != nil {
		return "", err
	}
	defer f.Close()
	_, err = f.WriteString(lua)
	return f.Name(), err
}
