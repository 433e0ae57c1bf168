package app

import (
	"fmt"
	"io"
	"os"
	"sync"
)

// progress reports long-running work: one rewritten status line on a
// terminal, plain lines otherwise.
type progress struct {
	mu   sync.Mutex
	w    io.Writer
	tty  bool
	done int
}

func newProgress(w io.Writer) *progress {
	f, ok := w.(*os.File)
	tty := false
	if ok {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			tty = true
		}
	}
	return &progress{w: w, tty: tty}
}

// step reports one finished unit of work described by line.
func (p *progress) step(line string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.done++
	if p.tty {
		line = clip(line, 100)
		fmt.Fprintf(p.w, "\r\033[K[%d] %s", p.done, line)
		return
	}
	fmt.Fprintf(p.w, "[%d] %s\n", p.done, line)
}

// note reports line on a line of its own, between the steps: on a
// terminal it replaces the status line, which the next step writes again.
func (p *progress) note(line string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.tty {
		fmt.Fprintf(p.w, "\r\033[K%s\n", line)
		return
	}
	fmt.Fprintln(p.w, line)
}

// finish ends the status line on a terminal.
func (p *progress) finish() {
	if p.tty && p.done > 0 {
		fmt.Fprintln(p.w)
	}
}

// clip returns line cut to at most n runes: a byte cut could split a
// Vietnamese letter (a URL, an address) and leave the terminal garbage.
func clip(line string, n int) string {
	for i := range line {
		if n == 0 {
			return line[:i]
		}
		n--
	}
	return line
}
