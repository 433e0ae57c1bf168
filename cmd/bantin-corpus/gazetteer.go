package main

import (
	"bytes"
	"cmp"
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"os/exec"
	"slices"
	"strings"

	"bantin/internal/model"
	"bantin/internal/vntext"
)

// adminCSV is the file of the administrative-units snapshot that maps every
// ward of the 63 former provinces to its ward of the 34 current ones.
const adminCSV = "data/interim/convert_legacy_2025_simple.csv"

// sourceErrata are rows of the conversion table, by their old ward's code,
// that are wrong and left out of the units they are listed in, each with
// the reason (printed in the gazetteer's header).
var sourceErrata = map[string]string{
	"25462": "Phường 4 of Thành phố Tây Ninh is listed in phường Long An, formed from Tân An 100 km away " +
		"(a confusion with Tân An's Phường 4, ward 27691)",
}

// gazRow is one line of the gazetteer: a unit's kind and name, the current
// province that holds it and the former (dissolved) province it lay in, if
// it lay in exactly one.
type gazRow struct {
	kind, name, province, legacy string
}

func gazetteerCmd(args []string) error {
	fs := flag.NewFlagSet("gazetteer", flag.ExitOnError)
	gitDir := fs.String("git", "", "git directory of the tranngocminhhieu/vietnamadminunits snapshot")
	out := fs.String("o", "internal/classify/gazetteer.tsv", "output file")
	fs.Parse(args)
	if *gitDir == "" {
		return fmt.Errorf("gazetteer: -git is required")
	}
	raw, commit, err := gitShow(*gitDir, adminCSV)
	if err != nil {
		return err
	}
	rows, err := gazetteer(bytes.NewReader(raw), model.NewCatalog())
	if err != nil {
		return err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "# bantin gazetteer: communes, wards and special zones since 1 July 2025 and the former\n")
	fmt.Fprintf(&b, "# districts, towns and provincial cities, each with the current province that holds it\n")
	fmt.Fprintf(&b, "# and the dissolved province it lay in (empty when none, or when it straddled two).\n")
	fmt.Fprintf(&b, "# A unit the table lists with parts of two provinces takes the province of its whole parts\n")
	fmt.Fprintf(&b, "# when they lay in one (a divided ward is matched by name, so a namesake elsewhere turns up).\n")
	fmt.Fprintf(&b, "# Names are facts. Source: GSO's list of administrative units (danhmuchanhchinh.gso.gov.vn)\n")
	fmt.Fprintf(&b, "# and the 2025 conversion table as compiled in github.com/tranngocminhhieu/vietnamadminunits\n")
	fmt.Fprintf(&b, "# (MIT), %s at commit %s. Rebuilt by: go run ./cmd/bantin-corpus gazetteer -git DIR\n", adminCSV, commit)
	for _, code := range slices.Sorted(maps.Keys(sourceErrata)) {
		fmt.Fprintf(&b, "# Left out as wrong: ward %s. %s.\n", code, sourceErrata[code])
	}
	fmt.Fprintf(&b, "# kind: xa, phuong, dac-khu (current); huyen, quan, thi-xa, thanh-pho (former)\n")
	fmt.Fprintf(&b, "# kind\tname\tprovince\tlegacy\n")
	for _, r := range rows {
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\n", r.kind, r.name, r.province, r.legacy)
	}
	return os.WriteFile(*out, []byte(b.String()), 0o644)
}

// gitShow returns a file of the newest commit of a fetched snapshot and the
// commit's hash.
func gitShow(gitDir, path string) ([]byte, string, error) {
	rev, err := exec.Command("git", "--git-dir", gitDir, "rev-parse", "HEAD").Output()
	if err != nil {
		return nil, "", fmt.Errorf("git rev-parse in %s: %w", gitDir, err)
	}
	body, err := exec.Command("git", "--git-dir", gitDir, "show", "HEAD:"+path).Output()
	if err != nil {
		return nil, "", fmt.Errorf("git show %s in %s: %w", path, gitDir, err)
	}
	return body, strings.TrimSpace(string(rev)), nil
}

// gazetteer reads the conversion table and returns the current units (with
// the former province when all their parts came from one dissolved
// province) and the former districts, sorted.
func gazetteer(r io.Reader, cat *model.Catalog) ([]gazRow, error) {
	recs, err := csv.NewReader(r).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("read conversion table: %w", err)
	}
	if len(recs) < 2 {
		return nil, fmt.Errorf("conversion table is empty")
	}
	units, err := readUnits(recs, cat)
	if err != nil {
		return nil, err
	}
	var rows []gazRow
	for u, olds := range units.newFrom {
		r := gazRow{kind: u.kind, name: u.name, province: u.province}
		if o, ok := formerOf(olds, units.wholeFrom[u]); ok {
			if p, _ := cat.Province(o); p.Legacy() {
				r.legacy = o
			}
		}
		rows = append(rows, r)
	}
	for u, cur := range units.oldOf {
		r := gazRow{kind: u.kind, name: u.name, province: cur}
		if p, _ := cat.Province(u.province); p.Legacy() {
			r.legacy = u.province
		}
		rows = append(rows, r)
	}
	slices.SortFunc(rows, func(a, b gazRow) int {
		return cmp.Or(cmp.Compare(a.province, b.province), cmp.Compare(a.kind, b.kind), cmp.Compare(a.name, b.name),
			cmp.Compare(a.legacy, b.legacy))
	})
	return rows, nil
}

// formerOf returns the one province a current unit's parts lay in: the
// province of all its parts, or, when they lay in several, the province of
// all its whole parts (the old wards merged into it entire). The table
// lists a divided ward under every unit that took a piece of it and matches
// a divided ward by name, so a namesake of another province turns up among
// a unit's divided parts (Hòa Lộc of Tam Bình, Vĩnh Long, in xã Tân Thành
// Bình, formed from Mỏ Cày Bắc's communes of Bến Tre); whole parts are not
// confused so. A unit whose whole parts lay in two provinces has none.
func formerOf(olds, whole map[string]bool) (string, bool) {
	set := olds
	if len(olds) > 1 {
		set = whole
	}
	if len(set) != 1 {
		return "", false
	}
	for o := range set {
		return o, true
	}
	return "", false
}

// unit is an administrative unit: its kind, name and province.
type unit struct{ kind, name, province string }

// tableUnits is what the conversion table says of the units.
type tableUnits struct {
	newFrom map[unit]map[string]bool // current unit → the provinces its parts lay in
	// wholeFrom: current unit → the provinces of its parts that the table
	// marks undivided (isDividedWard False); empty without that column.
	wholeFrom map[unit]map[string]bool
	oldOf     map[unit]string // former district → the current province that holds it
}

// readUnits reads the table's rows (header first), leaving the parts listed
// in sourceErrata out of their current units; it returns an error for a
// missing column or a province the catalog does not know.
func readUnits(recs [][]string, cat *model.Catalog) (tableUnits, error) {
	col := map[string]int{}
	for i, h := range recs[0] {
		col[strings.TrimPrefix(h, "\ufeff")] = i
	}
	for _, h := range []string{"province", "district", "districtType", "wardCode", "newProvince", "newWard", "newWardType"} {
		if _, ok := col[h]; !ok {
			return tableUnits{}, fmt.Errorf("conversion table has no column %q", h)
		}
	}
	t := tableUnits{newFrom: map[unit]map[string]bool{}, wholeFrom: map[unit]map[string]bool{}, oldOf: map[unit]string{}}
	divided, hasDivided := col["isDividedWard"]
	for _, rec := range recs[1:] {
		get := func(h string) string { return strings.TrimSpace(vntext.Normalize(rec[col[h]])) }
		oldProv, err := provinceSlug(cat, get("province"))
		if err != nil {
			return tableUnits{}, err
		}
		newProv, err := provinceSlug(cat, get("newProvince"))
		if err != nil {
			return tableUnits{}, err
		}
		nu := unit{kindSlug(get("newWardType")), strip(get("newWard"), get("newWardType")), newProv}
		if t.newFrom[nu] == nil {
			t.newFrom[nu] = map[string]bool{}
		}
		if _, wrong := sourceErrata[strings.TrimSuffix(get("wardCode"), ".0")]; !wrong {
			t.newFrom[nu][oldProv] = true
			if hasDivided && strings.EqualFold(strings.TrimSpace(rec[divided]), "false") {
				if t.wholeFrom[nu] == nil {
					t.wholeFrom[nu] = map[string]bool{}
				}
				t.wholeFrom[nu][oldProv] = true
			}
		}
		t.oldOf[unit{kindSlug(get("districtType")), strip(get("district"), get("districtType")), oldProv}] = newProv
	}
	return t, nil
}

// provinceSlug maps "Tỉnh Bắc Kạn", "Thành phố Huế" to the catalog's slug.
func provinceSlug(cat *model.Catalog, name string) (string, error) {
	n := strings.TrimPrefix(strings.TrimPrefix(name, "Tỉnh "), "Thành phố ")
	slug := vntext.Slug(n)
	if _, ok := cat.Province(slug); !ok {
		return "", fmt.Errorf("province %q (%s) is not in the catalog", name, slug)
	}
	return slug, nil
}

func kindSlug(t string) string {
	return vntext.Slug(t)
}

// strip removes the unit's type from its name ("Phường Bắc Kạn" → "Bắc Kạn").
func strip(name, typ string) string {
	for _, p := range []string{typ + " ", "Phường ", "Xã ", "Đặc khu ", "Huyện ", "Quận ", "Thị xã ", "Thành phố "} {
		if strings.HasPrefix(name, p) {
			return strings.TrimSpace(name[len(p):])
		}
	}
	return name
}
