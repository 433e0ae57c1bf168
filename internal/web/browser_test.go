package web_test

// Browser tests (DESIGN §9): the real pages, served over a real store by the
// wiring `bantin serve` uses, driven in headless Chromium by the Playwright
// scripts in testdata/browser. They need node, Debian's chromium at
// /usr/bin/chromium and playwright-core installed next to the scripts:
//
//	apt-get install -y chromium
//	npm install --prefix internal/web/testdata/browser
//
// Without them the tests skip, saying what is missing; with
// BANTIN_REQUIRE_BROWSER=1 (CI) they fail instead. BANTIN_SCREENSHOTS=DIR
// copies the screenshots into DIR.

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"image"
	"image/color"
	"image/png"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"

	"bantin/internal/app"
	"bantin/internal/config"
	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
	"bantin/mailer/mailtest"
)

const chromiumPath = "/usr/bin/chromium"

// browserScripts returns node and the folder of the Playwright scripts, or
// skips the test (fails it under BANTIN_REQUIRE_BROWSER=1) naming what is
// missing.
func browserScripts(t *testing.T) (node, dir string) {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("testdata", "browser"))
	if err != nil {
		t.Fatal(err)
	}
	var missing []string
	node, err = exec.LookPath("node")
	if err != nil {
		missing = append(missing, "node (apt-get install -y nodejs)")
	}
	if fi, err := os.Stat(chromiumPath); err != nil || fi.IsDir() {
		missing = append(missing, chromiumPath+" (apt-get install -y chromium)")
	}
	if node != "" {
		cmd := exec.Command(node, "--input-type=module", "-e", "await import('playwright-core')")
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			why := strings.TrimSpace(string(out))
			for _, l := range strings.Split(why, "\n") {
				if strings.Contains(l, "Error") {
					why = strings.TrimSpace(l)
					break
				}
			}
			missing = append(missing, "the playwright-core module (npm install --prefix internal/web/testdata/browser; "+why+")")
		}
	}
	if len(missing) > 0 {
		msg := "browser tests need " + strings.Join(missing, ", ")
		if os.Getenv("BANTIN_REQUIRE_BROWSER") != "" {
			t.Fatal(msg + " (BANTIN_REQUIRE_BROWSER is set)")
		}
		t.Skip(msg)
	}
	return node, dir
}

// site is bantin serving seeded articles on 127.0.0.1, wired like `bantin
// serve` with a real SMTP server in the process as its mail relay.
type site struct {
	base  string
	st    *store.Store
	app   *app.Main
	inbox *mailtest.Server
}

// seeded articles, newest first per page.
var (
	tnArticles = []string{"Lúa mùa ở Bắc Kạn bội thu", "Ngành Tổ chức xây dựng Đảng tại Thái Nguyên"}
	gtArticles = []string{"Khởi công cao tốc ở Hà Nội", "Thông xe cầu Rạch Miễu 2 ở Vĩnh Long"} // top story, then the latest
	// The one story of two sources, oldest first (VnExpress, Tuổi Trẻ).
	storyTitles = []string{gtArticles[0], "Hà Nội khởi công tuyến cao tốc mới"}
	// The story's earlier segment: one article, nine days old.
	threadEarlier = "Hà Nội duyệt chủ trương đầu tư tuyến đường vành đai mới"
	// The front page's ranked stories: the one story of two sources (the
	// others, of one outlet each, are the latest stories).
	topTitles = []string{gtArticles[0]}
)

func newSite(t *testing.T) *site {
	t.Helper()
	ctx := context.Background()
	st := storetest.OpenSQLite(t)

	// The publisher: article pages and images, on 127.0.0.1 too.
	pub := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/anh/cao-toc.png" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "image/png")
		w.Write(testPNG())
	}))
	t.Cleanup(pub.Close)

	now := time.Now().UTC().Truncate(time.Minute)
	art := func(key, title string, age time.Duration, topic, province, legacy string) model.Article {
		pubAt := now.Add(-age)
		a := model.Article{Key: key, URL: pub.URL + "/bai/" + key + ".html", Title: title,
			Summary: "Tóm tắt: " + title + ".", PublishedAt: pubAt, UpdatedAt: pubAt, FetchedAt: pubAt,
			ContentHash: "h-" + key, Topics: []model.TopicTag{{Topic: topic, Primary: true, Score: 1, Reason: `cue "cao tốc" in title; model 0.97: «thi công», «dự án»`}}}
		if province != "" {
			a.Provinces = []model.ProvinceTag{{Province: province, Legacy: legacy, Weight: 1, Reason: `title: "Hà Nội" with context "ở"`}}
		}
		return a
	}
	cao := art("a4", gtArticles[0], 3*time.Hour, "giao-thong", "ha-noi", "")
	cao.ImageURL = pub.URL + "/anh/cao-toc.png"
	for _, s := range []struct {
		src  model.Source
		arts []model.Article
	}{
		{model.Source{URL: "https://baothainguyen.vn/rss/chinh-tri.rss", Name: "Báo Thái Nguyên"}, []model.Article{
			art("a1", tnArticles[1], 6*time.Hour, "xay-dung-dang", "thai-nguyen", ""),
			art("a2", tnArticles[0], 5*time.Hour, "nong-nghiep", "thai-nguyen", "bac-kan"),
		}},
		{model.Source{URL: "https://vnexpress.net/rss/tin-moi-nhat.rss", Name: "VnExpress"}, []model.Article{
			art("a3", "Bóng đá V-League: Hà Nội thắng đậm", 4*time.Hour, "the-thao", "ha-noi", ""),
			cao,
			art("a5", gtArticles[1], 2*time.Hour, "giao-thong", "vinh-long", ""),
		}},
	} {
		for _, a := range s.arts {
			if !norm.NFC.IsNormalString(a.Title) {
				t.Fatalf("seed title %q is not NFC", a.Title)
			}
		}
		if err := st.AddSource(ctx, &s.src); err != nil {
			t.Fatal(err)
		}
		if err := st.BulkInsertArticles(ctx, s.src.ID, s.arts); err != nil {
			t.Fatal(err)
		}
	}
	// A second outlet covers the motorway: a story of two sources. It
	// reported the plan nine days before (out of the week's lists): an
	// earlier segment of the story's thread.
	tt := model.Source{URL: "https://tuoitre.vn/rss/thoi-su.rss", Name: "Tuổi Trẻ"}
	if err := st.AddSource(ctx, &tt); err != nil {
		t.Fatal(err)
	}
	// A source failing for hours: /sources shows its error (on a phone too).
	down := model.Source{URL: "https://baomau.example.vn/rss/tin-moi.rss", Name: "Báo Mẫu", LastFetchedAt: now.Add(-time.Hour),
		LastStatus: 503, LastError: "HTTP 503 Service Unavailable", LastErrorKind: model.KindHTTP, ConsecutiveFailures: 4, NextFetchAt: now.Add(time.Hour)}
	if err := st.AddSource(ctx, &down); err != nil {
		t.Fatal(err)
	}
	if err := st.BulkInsertArticles(ctx, tt.ID, []model.Article{art("t1", storyTitles[1], time.Hour, "giao-thong", "ha-noi", ""),
		art("t0", threadEarlier, 9*24*time.Hour, "kinh-te", "ha-noi", "")}); err != nil {
		t.Fatal(err)
	}
	ids := map[string]int64{}
	all, err := st.Articles(ctx, model.Filter{Limit: 50})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range all {
		ids[a.Key] = a.ID
	}
	if err := st.SetClusters(ctx, map[int64]store.Placement{ids["a4"]: {Thread: ids["t0"], Segment: ids["a4"]},
		ids["t1"]: {Thread: ids["t0"], Segment: ids["a4"]}}); err != nil {
		t.Fatal(err)
	}

	in := mailtest.NewServer(t, mailtest.Options{})
	var h http.Handler
	ts := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { h.ServeHTTP(w, r) }))
	base := "http://" + ts.Listener.Addr().String()
	if !strings.HasPrefix(base, "http://127.0.0.1:") {
		t.Fatalf("test server on %s, want 127.0.0.1", base)
	}
	cfg := config.Default()
	cfg.BaseURL, cfg.SMTPURL = base, "smtp://"+in.Addr()+"?tls=none"
	cfg.MailFrom = "Bản tin <bantin@bantin.example>"
	cfg.Secret = "browser-test-secret-0123456789abcdef"
	m, err := app.New(ctx, cfg, st, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { m.Close() })
	h = m.Server.Handler()
	ts.Start()
	t.Cleanup(ts.Close)
	return &site{base: base, st: st, app: m, inbox: in}
}

// testPNG is a 256×176 gradient.
func testPNG() []byte {
	img := image.NewRGBA(image.Rect(0, 0, 256, 176))
	for y := range 176 {
		for x := range 256 {
			img.Set(x, y, color.RGBA{uint8(x), uint8(y), 160, 255})
		}
	}
	var b bytes.Buffer
	png.Encode(&b, img)
	return b.Bytes()
}

// scriptMsg is one JSON line from a script: a step waiting for an answer,
// or the final result.
type scriptMsg struct {
	Step        string          `json:"step"`
	Data        json.RawMessage `json:"data"`
	Done        bool            `json:"done"`
	Failures    []string        `json:"failures"`
	Checks      int             `json:"checks"`
	Screenshots []string        `json:"screenshots"`
}

// runScript runs node script against base with outdir, answering each step
// with onStep (nil: no steps expected). A non-nil error from onStep stops
// the script. It fails t for every failure the script reports and returns
// the screenshots it took.
func runScript(t *testing.T, node, dir, script, base, outdir string, onStep func(step string, data json.RawMessage) (any, error)) []string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, node, filepath.Join(dir, script), base, outdir)
	cmd.Dir = dir
	cmd.Cancel = func() error { return cmd.Process.Signal(syscall.SIGTERM) } // Playwright closes Chromium
	cmd.WaitDelay = 5 * time.Second
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var final *scriptMsg
	sc := bufio.NewScanner(stdout)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Bytes()
		var msg scriptMsg
		if !bytes.HasPrefix(line, []byte("{")) || json.Unmarshal(line, &msg) != nil {
			t.Logf("%s: %s", script, line)
			continue
		}
		if msg.Done {
			final = &msg
			continue
		}
		var answer any = struct{}{}
		if onStep == nil {
			answer = map[string]string{"abort": "no steps expected"}
			t.Errorf("%s: unexpected step %q", script, msg.Step)
		} else if a, err := onStep(msg.Step, msg.Data); err != nil {
			answer = map[string]string{"abort": err.Error()}
			t.Errorf("%s: step %s: %v", script, msg.Step, err)
		} else if a != nil {
			answer = a
		}
		b, _ := json.Marshal(answer)
		if _, err := stdin.Write(append(b, '\n')); err != nil {
			t.Errorf("%s: answering step %s: %v", script, msg.Step, err)
		}
	}
	stdin.Close()
	werr := cmd.Wait()
	t.Logf("%s: %s", script, time.Since(start).Round(time.Millisecond))
	if s := strings.TrimSpace(stderr.String()); s != "" {
		t.Logf("%s stderr:\n%s", script, s)
	}
	if final == nil {
		t.Fatalf("%s ended without a result (%v)", script, werr)
	}
	for _, f := range final.Failures {
		t.Errorf("%s: %s", script, f)
	}
	if werr != nil && len(final.Failures) == 0 {
		t.Errorf("%s: %v", script, werr)
	}
	if final.Checks == 0 {
		t.Errorf("%s made no checks", script)
	}
	t.Logf("%s: %d checks, %d failed", script, final.Checks, len(final.Failures))
	return final.Screenshots
}

// keepScreenshots checks that the screenshots are PNG files and copies them
// into $BANTIN_SCREENSHOTS when it is set.
func keepScreenshots(t *testing.T, shots []string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !slices.ContainsFunc(shots, func(s string) bool { return filepath.Base(s) == w+".png" }) {
			t.Errorf("no %s.png screenshot among %v", w, shots)
		}
	}
	dir := os.Getenv("BANTIN_SCREENSHOTS")
	for _, s := range shots {
		b, err := os.ReadFile(s)
		if err != nil || !bytes.HasPrefix(b, []byte("\x89PNG\r\n\x1a\n")) {
			t.Errorf("screenshot %s: not a PNG (%v)", s, err)
			continue
		}
		if dir != "" {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, filepath.Base(s)), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}
