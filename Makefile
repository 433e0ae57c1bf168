# Convenience targets; README.md gives the plain commands they run.
PG ?= postgres://postgres@127.0.0.1:5432/bantin_dev?sslmode=disable

.PHONY: run build test test-pg bench-ingest vet

run:
	go run ./cmd/bantin serve

build:
	go build -o bantin ./cmd/bantin

test:
	go test ./...

# The same tests with the store-backed ones also on PostgreSQL.
test-pg:
	BANTIN_TEST_DATABASE_URL='$(PG)' go test ./...

vet:
	gofmt -l . && go vet ./...

# End-to-end ingestion: 500 feeds x 50 items, SQLite and PostgreSQL, next
# to bare gofeed over the same bytes (BENCHMARKS.md).
bench-ingest:
	BANTIN_TEST_DATABASE_URL='$(PG)' go test -run '^$$' -bench 'Ingest' -benchtime 1x -timeout 30m ./internal/ingest/
