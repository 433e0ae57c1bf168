package classify

import (
	"bufio"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"bantin/internal/vntext"
)

// EnvNameFirstOut names the file TestNameFirstList writes: namefirst.txt
// as the training days of the real news corpus give it.
const EnvNameFirstOut = "BANTIN_NAMEFIRST_OUT"

// The vocabulary test of namefirst.txt: a syllable is a common word when
// the corpus writes it in lower case at least firstLowMin times and
// firstLowRatio times as often as capitalised inside a sentence (count
// plus one), and it opens a sentence's name run at least firstRunMin
// times; a pair "common Name" is kept whole when the corpus writes it
// capitalised inside a sentence at least once.
const (
	firstLowMin   = 100
	firstLowRatio = 20
	firstRunMin   = 2
)

// occasionWords are the common words of time ("Sau Tết", "Mùa Phật đản",
// "Dịp Giáng sinh") left out of the list: the capitalised word after them
// names an occasion, which unrelated reports share (a census of the first
// list joined a Buddha's-birthday food stall with the day's ceremonies and a
// blue moon, and a post-Tết fire warning with post-Tết hiring).
var occasionWords = map[string]bool{"mùa": true, "sau": true, "dịp": true, "ngày": true, "đêm": true,
	"tháng": true, "năm": true, "trước": true, "khi": true, "gần": true, "nghỉ": true, "đón": true,
	"mừng": true, "chúc": true, "mùng": true, "đầu": true}

// syllableUse counts one syllable's uses in titles and summaries.
type syllableUse struct{ low, mid, run int }

// TestNameFirstList derives namefirst.txt from the training-day titles
// and summaries of the corpus (reserved windows left out) and writes it to
// the file EnvNameFirstOut names; it skips unless that and EnvRealCorpus
// are set. Compare the output with the shipped file (diff).
func TestNameFirstList(t *testing.T) {
	path, out := os.Getenv(EnvRealCorpus), os.Getenv(EnvNameFirstOut)
	if path == "" || out == "" {
		t.Skip(EnvRealCorpus + " and " + EnvNameFirstOut + " are not both set")
	}
	c := newTest(t)
	uses, midPairs := map[string]*syllableUse{}, map[[2]string]int{}
	for _, it := range readJSONL[realItem](t, path) {
		if !eventContext(it.Day) || reservedDay(it.Day) {
			continue
		}
		var toks []token
		toks, _ = c.fold.tokenize(toks, vntext.Normalize(it.Title), fieldTitle, nil, c.voc)
		toks, _ = c.fold.tokenize(toks, vntext.Normalize(it.Summary), fieldSummary, nil, c.voc)
		countUses(toks, uses, midPairs)
	}
	var common []string
	for w, u := range uses {
		if u.low >= firstLowMin && u.low >= firstLowRatio*(u.mid+1) && u.run >= firstRunMin && !nameQualifiers[vntext.Fold(w)] && !occasionWords[w] {
			common = append(common, w)
		}
	}
	slices.Sort(common)
	var keep []string
	for p := range midPairs {
		if slices.Contains(common, p[0]) {
			keep = append(keep, p[0]+" "+p[1])
		}
	}
	slices.Sort(keep)
	if err := writeNameFirst(out, common, keep); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d common words, %d kept pairs written to %s", len(common), len(keep), out)
}

// reservedDay reports the corpus days no rule may be drawn from.
func reservedDay(day string) bool {
	return day < "2018" || day >= "2025-08-25" && day <= "2025-11-20" || day >= "2026-08-10" && day <= "2026-08-31"
}

// countUses adds the lead tokens' uses: lower case, capitalised inside a
// sentence, opening a sentence's name run; and the capitalised pairs
// inside a sentence (lower-cased).
func countUses(toks []token, uses map[string]*syllableUse, midPairs map[[2]string]int) {
	for i := range toks {
		tk := &toks[i]
		if tk.caps || isDigits(tk.text[:1]) {
			continue
		}
		w := strings.ToLower(tk.text)
		u := uses[w]
		if u == nil {
			u = &syllableUse{}
			uses[w] = u
		}
		pair := tk.upper && i+1 < len(toks) && toks[i+1].field == tk.field && nameToken(&toks[i+1]) && nameGap(toks[i+1].gap)
		switch {
		case !tk.upper:
			u.low++
		case !sentenceStart(toks, i):
			u.mid++
			if pair {
				midPairs[[2]string{w, strings.ToLower(toks[i+1].text)}]++
			}
		case pair:
			u.run++
		}
	}
}

// writeNameFirst writes the list in namefirst.txt's format.
func writeNameFirst(path string, common, keep []string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("name list: %w", err)
	}
	w := bufio.NewWriter(f)
	fmt.Fprintln(w, "# Common words that open a sentence before a name (names.go, namefirst.go):")
	fmt.Fprintf(w, "# derived by TestNameFirstList from the training days (lower case >= %d, >= %d x capitalised\n", firstLowMin, firstLowRatio)
	fmt.Fprintf(w, "# inside a sentence + 1, opening a name run >= %d). Lines \"word\" are common words; lines\n", firstRunMin)
	fmt.Fprintln(w, "# \"= word next\" are pairs written capitalised inside a sentence: a name, kept whole.")
	fmt.Fprintln(w, "# Qualifiers (nameQualifiers) and words of time (occasionWords) are left out.")
	for _, s := range common {
		fmt.Fprintln(w, s)
	}
	for _, s := range keep {
		fmt.Fprintln(w, "= "+s)
	}
	err = w.Flush()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}
