// Command bantin-corpus rebuilds what bantin derives from public data that
// it does not ship: the gazetteer of communes, wards and former districts
// (from a fetched snapshot of an administrative-units repository), the
// corpus of real news items it trains and evaluates on (from a fetched
// snapshot of a repository of daily RSS captures), kept outside the
// repository, and the topic model's weights.
//
//	bantin-corpus gazetteer -git DIR [-o internal/classify/gazetteer.tsv]
//	bantin-corpus news -git DIR [-o /work/data/i9/news_v2.jsonl]
//	bantin-corpus sample [-in news.jsonl] [-o heldout.jsonl] [-from 7 -to 10] [-fresh | -blind | -fresh2 | -final | -final2 | -final3 | -final4 | -final5 | -final6 | -final7 | -final8 | -final9 | -final10 | -final11 | -final12 | -final13 | -final14 | -final15 | -final16 | -final17 | -days D1,D2]
//	bantin-corpus train [-in news.jsonl] [-o internal/classify/topicmodel.bin]
//	bantin-corpus storydiff -a before.tsv -b after.tsv [-list] [-sample joined|split -seed N -n 40 [-labels FILE -name SAMPLE]]
//
// See BENCHMARKS.md ("Real news") for the snapshots used and the commands.
package main

import (
	"fmt"
	"os"
	_ "time/tzdata" // Asia/Ho_Chi_Minh on machines without zoneinfo
)

func main() {
	if len(os.Args) < 2 {
		usage()
	}
	var err error
	switch os.Args[1] {
	case "gazetteer":
		err = gazetteerCmd(os.Args[2:])
	case "news":
		err = newsCmd(os.Args[2:])
	case "sample":
		err = sampleCmd(os.Args[2:])
	case "train":
		err = trainCmd(os.Args[2:])
	case "storydiff":
		err = storydiffCmd(os.Args[2:])
	default:
		usage()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "bantin-corpus:", err)
		os.Exit(1)
	}
}

func usage() {
	fmt.Fprintln(os.Stderr, `usage:
  bantin-corpus gazetteer -git DIR [-o FILE]   communes, wards, former districts → province (TSV)
  bantin-corpus news -git DIR [-o FILE]        daily RSS captures → news items (JSON lines)
  bantin-corpus sample [-in FILE] [-o FILE]    the held-out (-fresh, -blind, -fresh2, -final, -final2, -final3, -final4, -final5, -final6, -final7, -final8, -final9, -final10, -final11, -final12, -final13, -final14, -final15, -final16, -final17, -days) days' items of some hours, to label
  bantin-corpus train [-in FILE] [-o FILE]     the topic model from the corpus's training days
  bantin-corpus storydiff -a FILE -b FILE      the same-story pairs two story censuses (classify's TestStoryCensus) join and split; -sample joined|split -seed N -n 40 draws some to judge, -labels FILE -name S prints them as pair labels`)
	os.Exit(2)
}
