package app

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
)

// runCLI runs one command in-process against the database at dbURL and
// returns its exit status, stdout and stderr.
func runCLI(t *testing.T, dbURL, stdin string, args ...string) (int, string, string) {
	t.Helper()
	return runCLIEnv(t, nil, dbURL, stdin, args...)
}

// runCLIEnv is runCLI with more environment variables.
func runCLIEnv(t *testing.T, extra map[string]string, dbURL, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	env := map[string]string{"BANTIN_DATABASE_URL": dbURL, "BANTIN_ALLOW_PRIVATE_SOURCES": "true",
		"BANTIN_DEFAULT_SOURCES": "false", "BANTIN_LOG_LEVEL": "error"}
	for k, v := range extra {
		env[k] = v
	}
	code := Run(context.Background(), args, IO{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errOut,
		Getenv: func(k string) string { return env[k] }})
	return code, out.String(), errOut.String()
}

func upstreamFixtures(t *testing.T) *httptest.Server {
	srv := httptest.NewServer(http.FileServer(http.Dir("../../testdata/upstream")))
	t.Cleanup(srv.Close)
	return srv
}

func TestCLISourcesFetchAndClassify(t *testing.T) {
	db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
	up := upstreamFixtures(t)
	for _, f := range []string{"baothainguyen.rss", "vnexpress.rss", "tuoitre.rss", "malformed.rss"} {
		if code, _, stderr := runCLI(t, db, "", "sources", "add", up.URL+"/"+f, "--name", f); code != 0 {
			t.Fatalf("add %s: %d %s", f, code, stderr)
		}
	}
	if code, _, stderr := runCLI(t, db, "", "sources", "add", up.URL+"/vnexpress.rss"); code != 1 ||
		!strings.Contains(stderr, "vnexpress.rss is already a source (source 2); nothing added: 'bantin sources edit 2' changes") {
		t.Errorf("duplicate add: %d %q", code, stderr)
	}
	if code, _, stderr := runCLI(t, db, "", "sources", "add", "not a url"); code != 2 || !strings.Contains(stderr, "not a feed URL") {
		t.Errorf("bad URL: %d %q", code, stderr)
	}
	if code, _, stderr := runCLI(t, db, "", "sources", "add", up.URL+"/x.rss", "--topic", "bogus"); code != 2 || !strings.Contains(stderr, "xay-dung-dang") {
		t.Errorf("bad topic: %d %q", code, stderr)
	}
	// One source fails: the exit status says so, and the summary names it.
	code, out, stderr := runCLI(t, db, "", "fetch", "--all")
	if code != 1 || !strings.Contains(out, "sources: 4, fetched: 3, not modified: 0, failed: 1") {
		t.Fatalf("fetch: %d %q %q", code, out, stderr)
	}
	if !strings.Contains(stderr, "bantin fetch: 1 of 4 sources failed") || !strings.Contains(stderr, "malformed.rss: parse: XML syntax error") {
		t.Errorf("the summary does not name the failing source: %q", stderr)
	}
	// Every feed now answers 304 (the file server honours If-Modified-Since).
	code, out, _ = runCLI(t, db, "", "fetch", "--all")
	if code != 1 || !strings.Contains(out, "not modified: 3, failed: 1, new articles: 0, updated: 0") {
		t.Errorf("second fetch: %d %q", code, out)
	}
	_, out, _ = runCLI(t, db, "", "sources", "list")
	if !strings.Contains(out, "failing") || !strings.Contains(out, "parse: ") {
		t.Errorf("sources list does not show the failure: %q", out)
	}
	// Without the failing source, a pass exits 0.
	if code, _, stderr := runCLI(t, db, "", "sources", "remove", "4"); code != 0 {
		t.Fatalf("remove: %d %s", code, stderr)
	}
	if code, out, stderr := runCLI(t, db, "", "fetch", "--all"); code != 0 || !strings.Contains(out, "failed: 0") {
		t.Errorf("fetch of healthy sources: %d %q %q", code, out, stderr)
	}
	code, out, _ = runCLI(t, db, "", "classify", "Lãnh đạo tỉnh Bắc Kạn thăm hỏi nông dân")
	if code != 0 || !strings.Contains(out, "thai-nguyen") {
		t.Errorf("classify text: %d %q", code, out)
	}
	// Standard input and a file, as a feed or as text (title first).
	feed, err := os.ReadFile("../../testdata/upstream/baothainguyen.rss")
	if err != nil {
		t.Fatal(err)
	}
	code, out, stderr = runCLI(t, db, string(feed), "classify", "-")
	if code != 0 || !strings.Contains(out, "thai-nguyen") || !strings.Contains(out, "1. ") {
		t.Errorf("classify - (a feed): %d %q %q", code, out, stderr)
	}
	code, out, stderr = runCLI(t, db, "Cháy quán ăn ở phường Long An, Tây Ninh\nNgọn lửa bùng lên lúc rạng sáng.", "classify", "-")
	if code != 0 || !strings.Contains(out, "tay-ninh") {
		t.Errorf("classify - (text): %d %q %q", code, out, stderr)
	}
	file := filepath.Join(t.TempDir(), "tin.txt")
	os.WriteFile(file, []byte("Khánh thành cầu ở Đà Lạt\nCây cầu mới nối hai phường."), 0o644)
	code, out, stderr = runCLI(t, db, "", "classify", file)
	if code != 0 || !strings.Contains(out, "lam-dong") {
		t.Errorf("classify FILE: %d %q %q", code, out, stderr)
	}
	code, out, _ = runCLI(t, db, `{"title":"Khánh thành cầu ở Đà Lạt"}`+"\n", "classify", "--jsonl")
	if code != 0 || !strings.Contains(out, `"slug":"lam-dong"`) {
		t.Errorf("classify --jsonl: %d %q", code, out)
	}
	code, out, _ = runCLI(t, db, "", "reclassify")
	if code != 0 || !strings.Contains(out, "re-tagged") || !strings.Contains(out, ", the primary topic on ") {
		t.Errorf("reclassify: %d %q", code, out)
	}
}

func TestCLIOPMLRoundTrip(t *testing.T) {
	dir := t.TempDir()
	db := "sqlite:" + filepath.Join(dir, "b.db")
	opml := `<?xml version="1.0"?><opml version="2.0"><head><title>x</title></head><body>
<outline text="Tin"><outline text="VnExpress" type="rss" xmlUrl="https://vnexpress.net/rss/thoi-su.rss"/></outline>
<outline text="Bad" xmlUrl="javascript:alert(1)"/></body></opml>`
	// An entry that is no feed is named and makes the exit status 1, as an
	// invalid line does in 'subscribers import'; the others are imported.
	code, out, stderr := runCLI(t, db, opml, "sources", "import-opml", "-")
	if code != 1 || out != "imported 1 source, 0 already present, 1 invalid\n" ||
		stderr != "skipped \"javascript:alert(1)\": not an http(s) URL\nbantin sources: 1 entry with no http(s) feed URL was skipped (named above); the others were imported\n" {
		t.Fatalf("import: %d %q %q", code, out, stderr)
	}
	if code, out, stderr := runCLI(t, db, opml, "sources", "import-opml", "-"); code != 1 || out != "imported 0 sources, 1 already present, 1 invalid\n" {
		t.Errorf("import again: %d %q %q", code, out, stderr)
	}
	_, out, _ = runCLI(t, db, "", "sources", "export-opml")
	if !strings.Contains(out, `xmlUrl="https://vnexpress.net/rss/thoi-su.rss"`) {
		t.Errorf("export: %q", out)
	}
	bad := filepath.Join(dir, "bad.opml")
	os.WriteFile(bad, []byte("<html>nope"), 0o644)
	if code, _, stderr := runCLI(t, db, "", "sources", "import-opml", bad); code != 1 || !strings.Contains(stderr, "not an OPML file") {
		t.Errorf("bad OPML: %d %q", code, stderr)
	}
}

func TestCLIUsageAndBadDatabase(t *testing.T) {
	if code, _, _ := runCLI(t, "sqlite:x.db", "", "frobnicate"); code != 2 {
		t.Errorf("unknown command: %d", code)
	}
	// Configuration flags before the command, as many tools take them.
	db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
	for _, args := range [][]string{{"--database-url", db, "migrate"}, {"--database-url=" + db, "--log-level", "error", "sources", "list"}} {
		if code, out, stderr := runCLI(t, "sqlite:/nonexistent/x.db", "", args...); code != 0 {
			t.Errorf("%q: %d %q %q", args, code, out, stderr)
		}
	}
	if code, _, stderr := runCLI(t, db, "", "--log-level", "error", "frobnicate"); code != 2 || !strings.Contains(stderr, "unknown command") {
		t.Errorf("flags, then an unknown command: %d %q", code, stderr)
	}
	if code, _, _ := runCLI(t, "sqlite:x.db", "", "fetch", "--source", "abc"); code != 2 {
		t.Errorf("bad flag: %d", code)
	}
	code, _, stderr := runCLI(t, "postgres://nobody@127.0.0.1:1/none?connect_timeout=1", "", "sources", "list")
	if code != 1 || !strings.Contains(stderr, "cannot reach postgres database") {
		t.Errorf("unreachable database: %d %q", code, stderr)
	}
}

// TestCLIFetchPingsHub: `bantin fetch` tells the WebSub hub about the feeds
// its new articles changed, as serve does, and stays quiet when nothing
// changed.
func TestCLIFetchPingsHub(t *testing.T) {
	db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
	up := upstreamFixtures(t)
	var mu sync.Mutex
	var pings []url.Values
	hub := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.ParseForm()
		mu.Lock()
		pings = append(pings, r.PostForm)
		mu.Unlock()
		w.WriteHeader(http.StatusNoContent)
	}))
	defer hub.Close()
	env := map[string]string{"BANTIN_WEBSUB_HUB": hub.URL + "/", "BANTIN_BASE_URL": "https://bantin.example"}
	if code, _, stderr := runCLIEnv(t, env, db, "", "sources", "add", up.URL+"/baothainguyen.rss", "--province", "thai-nguyen"); code != 0 {
		t.Fatalf("add: %d %s", code, stderr)
	}
	if code, out, stderr := runCLIEnv(t, env, db, "", "fetch", "--all"); code != 0 || !strings.Contains(out, "new articles: 2") {
		t.Fatalf("fetch: %d %q %q", code, out, stderr)
	}
	mu.Lock()
	if len(pings) != 1 || pings[0].Get("hub.mode") != "publish" || !slices.Contains(pings[0]["hub.url"], "https://bantin.example/provinces/thai-nguyen/feed.rss") {
		t.Errorf("hub pings after a fetch that stored articles: %v", pings)
	}
	mu.Unlock()
	if code, out, stderr := runCLIEnv(t, env, db, "", "fetch", "--all"); code != 0 || !strings.Contains(out, "new articles: 0") {
		t.Fatalf("second fetch: %d %q %q", code, out, stderr)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(pings) != 1 {
		t.Errorf("a fetch that stored nothing pinged the hub: %d pings", len(pings))
	}
}

// TestCLIClassifyNamesItems: classifying a feed shows each item's title and
// link above its tags; where there is no database yet it creates none.
func TestCLIClassifyNamesItems(t *testing.T) {
	path := filepath.Join(t.TempDir(), "b.db")
	up := upstreamFixtures(t)
	code, out, stderr := runCLI(t, "sqlite:"+path, "", "classify", up.URL+"/baothainguyen.rss")
	if code != 0 {
		t.Fatalf("classify: %d %s", code, stderr)
	}
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("classify URL created the database %s (stat: %v)", path, err)
	}
	first := "1. Ngành Tổ chức xây dựng Đảng cần tiếp tục thực hiện hiệu quả 10 nhóm nhiệm vụ, giải pháp\n   https://"
	i, j := strings.Index(out, first), strings.Index(out, "Topics:")
	if i < 0 || j < i || !strings.Contains(out, "\n\n2. ") {
		t.Errorf("items are not named above their tags:\n%s", out)
	}
}

// TestCLITimesInZone: listings show times in BANTIN_TIMEZONE with the zone.
func TestCLITimesInZone(t *testing.T) {
	db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
	for zone, suffix := range map[string]string{"Asia/Ho_Chi_Minh": " +07", "America/New_York": " -05"} {
		env := map[string]string{"BANTIN_TIMEZONE": zone}
		runCLIEnv(t, env, db, "", "sources", "add", "https://vnexpress.net/rss/thoi-su.rss")
		runCLIEnv(t, env, db, "", "subscribers", "add", "ban@example.com")
		for _, what := range []string{"sources", "subscribers"} {
			_, out, _ := runCLIEnv(t, env, db, "", what, "list")
			if !regexp.MustCompile(`\d{4}-\d\d-\d\d \d\d:\d\d` + regexp.QuoteMeta(suffix) + `\s`).MatchString(out) {
				t.Errorf("%s list in %s: no time with zone %q:\n%s", what, zone, suffix, out)
			}
		}
	}
}

// TestCLIClassifyMissingFile: a mistyped file name is an error naming it,
// not a one-word text classified as "no topic"; one word that is not a
// path is still text.
func TestCLIClassifyMissingFile(t *testing.T) {
	db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
	for _, arg := range []string{"tin-khong-co.txt", "du-lieu/bai.xml", "./feed.rss"} {
		code, out, stderr := runCLI(t, db, "", "classify", arg)
		if code != 1 || !strings.Contains(stderr, arg) || !strings.Contains(stderr, "no such file") {
			t.Errorf("classify %s: %d %q %q", arg, code, out, stderr)
		}
	}
	if code, out, stderr := runCLI(t, db, "", "classify", "Huế"); code != 0 || !strings.Contains(out, "hue") {
		t.Errorf("classify Huế: %d %q %q", code, out, stderr)
	}
	// --jsonl reads a file or standard input: a URL or a sentence given
	// with it is a usage error that says so, not "open …: no such file".
	for _, args := range [][]string{{"https://bao.example/rss"}, {"Bão đổ bộ Quảng Ninh"}, {"Bão", "đổ", "bộ"}, {"thieu.jsonl"}} {
		code, out, stderr := runCLI(t, db, "", append([]string{"classify", "--jsonl"}, args...)...)
		if code != 2 || !strings.Contains(stderr, "--jsonl reads JSON lines from one file or standard input") || strings.Contains(stderr, "open ") {
			t.Errorf("classify --jsonl %q: %d %q %q", args, code, out, stderr)
		}
	}
}

// TestCLISubcommandHelp: 'bantin COMMAND -h', as the usage text offers,
// lists a command's subcommands and exits 0 for commands that have them.
func TestCLISubcommandHelp(t *testing.T) {
	for cmd, want := range map[string]string{"sources": "import-opml", "subscribers": "export", "digest": "preview", "topics": "train"} {
		for _, h := range []string{"-h", "--help", "help"} {
			code, _, stderr := runCLI(t, "sqlite:x.db", "", cmd, h)
			if code != 0 || !strings.Contains(stderr, "Usage: bantin "+cmd) || !strings.Contains(stderr, want) {
				t.Errorf("%s %s: %d %q", cmd, h, code, stderr)
			}
		}
	}
}

// TestCLIHelpCommand: 'bantin help COMMAND [SUBCOMMAND]' is that
// command's -h (it printed the general usage), and the general usage says
// which command takes no configuration flags.
func TestCLIHelpCommand(t *testing.T) {
	for _, args := range [][]string{{"serve"}, {"fetch"}, {"sources", "add"}, {"digest", "preview"}, {"sources"}} {
		code, _, stderr := runCLI(t, "sqlite:x.db", "", append([]string{"help"}, args...)...)
		want := "Usage: bantin " + strings.Join(args, " ") + " "
		if code != 0 || !strings.HasPrefix(stderr, want) {
			t.Errorf("help %q: %d, want %q first:\n%s", args, code, want, stderr)
		}
	}
	if code, _, stderr := runCLI(t, "sqlite:x.db", "", "help", "frobnicate"); code != 2 || !strings.Contains(stderr, `unknown command "frobnicate"`) {
		t.Errorf("help of an unknown command: %d %q", code, stderr)
	}
	if code, _, stderr := runCLI(t, "sqlite:x.db", "", "help"); code != 0 || !strings.Contains(stderr, "Every command but version takes") {
		t.Errorf("help: %d %q", code, stderr)
	}
}

// TestCLISubcommandUsage: each subcommand's -h names it in its usage line
// ('topics train -h' printed "Usage: bantin topics [--out FILE]…").
func TestCLISubcommandUsage(t *testing.T) {
	for _, args := range [][]string{{"sources", "add"}, {"sources", "list"}, {"sources", "remove"}, {"sources", "import-opml"},
		{"sources", "export-opml"}, {"subscribers", "list"}, {"subscribers", "add"}, {"subscribers", "remove"},
		{"subscribers", "export"}, {"subscribers", "import"}, {"digest", "preview"}, {"digest", "send"}, {"topics", "train"}} {
		code, _, stderr := runCLI(t, "sqlite:x.db", "", append(args, "-h")...)
		want := "Usage: bantin " + strings.Join(args, " ")
		if rest, ok := strings.CutPrefix(stderr, want); code != 0 || !ok || !strings.HasPrefix(rest, " ") && !strings.HasPrefix(rest, "\n") {
			t.Errorf("%q -h: %d, want %q first:\n%s", args, code, want, stderr)
		}
	}
}

// TestCLIStrayArguments: a command that takes only flags refuses an
// argument instead of ignoring it ('subscribers list active' listed
// everyone; 'topics train my.bin' wrote the default file).
func TestCLIStrayArguments(t *testing.T) {
	db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
	for _, args := range [][]string{{"subscribers", "list", "active"}, {"subscribers", "export", "out.csv"},
		{"sources", "list", "1"}, {"sources", "export-opml", "out.opml"}, {"topics", "train", "my.bin"}, {"reclassify", "now"}} {
		if code, _, stderr := runCLI(t, db, "", args...); code != 2 || !strings.Contains(stderr, "takes no arguments") {
			t.Errorf("%q: %d %q", args, code, stderr)
		}
	}
}

// TestCLISubscribersAddBadAddress: the command line says in its own
// language what is wrong, as 'subscribers import' does.
func TestCLISubscribersAddBadAddress(t *testing.T) {
	db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
	code, _, stderr := runCLI(t, db, "", "subscribers", "add", "not-an-email")
	if code != 2 || stderr != "bantin subscribers: \"not-an-email\": not a valid address: want a bare address such as ban@example.com\n" {
		t.Errorf("%d %q", code, stderr)
	}
	code, _, stderr = runCLI(t, db, "", "subscribers", "add", "người-dùng@ví-dụ.vn")
	if code != 2 || !strings.Contains(stderr, "not ASCII: mail to it needs SMTPUTF8") {
		t.Errorf("Unicode local part: %d %q", code, stderr)
	}
	if code, _, stderr = runCLI(t, db, "", "subscribers", "add", "user@Ví-Dụ.vn"); code != 0 {
		t.Fatalf("Unicode domain: %d %q", code, stderr)
	}
	if code, out, stderr := runCLI(t, db, "", "subscribers", "list"); code != 0 || !strings.Contains(out, "user@xn--v-d-rma6749a.vn") {
		t.Errorf("list after adding user@Ví-Dụ.vn: %d %q %q", code, out, stderr)
	}
}
