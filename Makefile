# Convenience targets. `make test` is the test command README.md gives and
# .ci/run runs (after installing what the tests need).
PG ?= postgres://postgres@127.0.0.1:5432/bantin_dev?sslmode=disable

# The Go release bantin is built and tested with: newer than the machines'
# go1.26.8 for its security fixes; the go command fetches it from the module
# proxy the first time (about 76 MB).
GOTOOLCHAIN := go1.27.3
export GOTOOLCHAIN

# Packages with concurrency: their tests run under the race detector.
RACE_PKGS := bantin/internal/store bantin/internal/store/storetest bantin/internal/pipeline bantin/internal/ingest bantin/internal/classify \
	bantin/internal/digest bantin/internal/schedule bantin/internal/web bantin/mailer bantin/mailer/mailtest
STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.8.2
# govulncheck and the Go vulnerability database it reads, both from the
# module proxy at pinned versions (see vulncheck).
GOVULNCHECK := golang.org/x/vuln/cmd/govulncheck@v1.10.0
VULNDB_VERSION := v0.0.0-20261105234957-e22db6528018

.PHONY: run demo build test test-pg check vulncheck screenshots icons bench-ingest bench-replicas

run:
	go run ./cmd/bantin serve

# The offline demo: sample feeds served by the process, a scratch database.
demo:
	go run ./cmd/bantin serve --demo

# Renders templates/static/{favicon,icon,logo}.png from icon.svg in Chromium.
icons:
	node internal/web/testdata/browser/render-icons.mjs

# Rewrites docs/screenshots/ (linked from README.md) from the browser tests.
screenshots:
	BANTIN_REQUIRE_BROWSER=1 BANTIN_SCREENSHOTS=$(CURDIR)/docs/screenshots go test -count=1 -run 'TestBrowser(Pages|Widget|Demo)$$' ./internal/web/

build:
	go build -o bantin ./cmd/bantin

# gofmt, go vet, staticcheck and govulncheck, then every test: the
# packages with concurrency under -race, the others plainly.
test: check vulncheck
	go test -race $(RACE_PKGS)
	go test $$(go list ./... | grep -vxF $(RACE_PKGS:%=-e %))

check:
	@test -z "$$(gofmt -l .)" || { echo "not gofmt'ed:"; gofmt -l .; exit 1; }
	go vet ./...
	go run $(STATICCHECK) ./...

# govulncheck over every package, against the Go vulnerability database
# taken from the module proxy (the golang.org/x/vulndb module at
# VULNDB_VERSION), never from vuln.go.dev: .ci/vulndb turns the module's
# OSV files into the layout `govulncheck -db file://` reads, in a temporary
# folder of its own (removed after; concurrent runs do not share it). It fails when code bantin calls is affected; to take newer
# advisories, move VULNDB_VERSION to a newer pseudo-version
# (go list -m golang.org/x/vulndb@latest).
vulncheck:
	@dir=$$(go mod download -json golang.org/x/vulndb@$(VULNDB_VERSION) | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$$/\1/p'); \
	test -d "$$dir/data/osv" || { echo "vulncheck: no data/osv in golang.org/x/vulndb@$(VULNDB_VERSION)"; exit 1; }; \
	db=$$(mktemp -d) && trap 'rm -rf "$$db"' EXIT && \
	go run ./.ci/vulndb -osv "$$dir/data/osv" -time $(word 2,$(subst -, ,$(VULNDB_VERSION))) -out "$$db/v1" && \
	go run $(GOVULNCHECK) -db "file://$$db/v1" ./...

# The same tests with the store-backed ones also on PostgreSQL.
test-pg:
	BANTIN_TEST_DATABASE_URL='$(PG)' $(MAKE) test

# End-to-end ingestion: `bantin fetch --all` over 500 loopback feeds x 50
# items, news and templated, against its floor (net/http + gofeed, and with
# one multi-row insert per feed) on SQLite and PostgreSQL, 3 rounds
# (BENCHMARKS.md). BANTIN_BENCH_BASELINE=FILE also runs another bantin build.
bench-ingest:
	BANTIN_TEST_DATABASE_URL='$(PG)' go test -run '^$$' -bench 'Ingest' -benchtime 1x -timeout 60m ./internal/ingest/

# Ingestion and digest throughput with 1, 2 and 3 bantin processes on one
# PostgreSQL database (BENCHMARKS.md); BANTIN_BENCH_GOMAXPROCS=1 gives each
# process one core.
bench-replicas:
	BANTIN_TEST_DATABASE_URL='$(PG)' go test -run '^$$' -bench Replicas -benchtime 1x -timeout 30m ./cmd/bantin/
