package ingest_test

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"

	"bantin/internal/store"
)

// floorSchema is the one table the floor writes: what any program that
// stores feed items needs (a key per feed and item), nothing more.
const floorSchema = `CREATE TABLE floor_items (
	id %s PRIMARY KEY, feed TEXT NOT NULL, guid TEXT NOT NULL, link TEXT NOT NULL,
	title TEXT NOT NULL, description TEXT NOT NULL, content TEXT NOT NULL, published BIGINT NOT NULL,
	UNIQUE (feed, guid))`

// floorDB opens a database of the engine for the floor, through
// database/sql and the driver bantin's store uses, with the table created:
// a new SQLite file (WAL, synchronous NORMAL, one writer connection, as
// bantin's store has) or a new PostgreSQL schema (16 connections).
func floorDB(tb testing.TB, engine store.Engine, pgURL string) *sql.DB {
	var db *sql.DB
	var err error
	idType := "BIGSERIAL"
	if engine == store.SQLite {
		idType = "INTEGER"
		db, err = sql.Open("sqlite", "file:"+tb.TempDir()+"/floor.db?_pragma=journal_mode(WAL)"+
			"&_pragma=busy_timeout(10000)&_pragma=synchronous(NORMAL)&_txlock=immediate")
		db.SetMaxOpenConns(1)
	} else {
		db, err = sql.Open("pgx", pgURL)
		db.SetMaxOpenConns(16)
	}
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	if _, err := db.Exec(fmt.Sprintf(floorSchema, idType)); err != nil {
		tb.Fatal(err)
	}
	return db
}

// floorRun fetches every URL with workers concurrent GETs (net/http's
// default client over loopback), parses each body with a bare gofeed
// parser and, when db is not nil, stores each feed's items with one
// multi-row INSERT in a transaction of its own. It returns the items parsed
// (and stored) and the time taken.
func floorRun(tb testing.TB, urls []string, workers int, db *sql.DB, engine store.Engine) (int, time.Duration) {
	var mu sync.Mutex
	items := 0
	next := make(chan string)
	var wg sync.WaitGroup
	start := time.Now()
	for range workers {
		wg.Go(func() {
			p := gofeed.NewParser()
			for u := range next {
				n, err := floorFeed(p, u, db, engine)
				if err != nil {
					tb.Error(err)
					continue
				}
				mu.Lock()
				items += n
				mu.Unlock()
			}
		})
	}
	for _, u := range urls {
		next <- u
	}
	close(next)
	wg.Wait()
	return items, time.Since(start)
}

// floorFeed is one feed of floorRun.
func floorFeed(p *gofeed.Parser, url string, db *sql.DB, engine store.Engine) (int, error) {
	resp, err := http.Get(url)
	if err != nil {
		return 0, err
	}
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		return 0, err
	}
	f, err := p.Parse(bytes.NewReader(body))
	if err != nil || db == nil || len(f.Items) == 0 {
		return len(f.Items), err
	}
	var q strings.Builder
	q.WriteString("INSERT INTO floor_items (feed, guid, link, title, description, content, published) VALUES ")
	args := make([]any, 0, 7*len(f.Items))
	for i, it := range f.Items {
		if i > 0 {
			q.WriteString(", ")
		}
		q.WriteByte('(')
		for j := range 7 {
			if j > 0 {
				q.WriteString(", ")
			}
			if engine == store.Postgres {
				q.WriteString("$" + strconv.Itoa(len(args)+j+1))
			} else {
				q.WriteByte('?')
			}
		}
		q.WriteByte(')')
		var pub int64
		if it.PublishedParsed != nil {
			pub = it.PublishedParsed.UnixMicro()
		}
		args = append(args, url, it.GUID, it.Link, it.Title, it.Description, it.Content, pub)
	}
	tx, err := db.BeginTx(context.Background(), nil)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	if _, err := tx.Exec(q.String(), args...); err != nil {
		return 0, err
	}
	return len(f.Items), tx.Commit()
}
