#!/usr/bin/env python3
"""Generates ../eval.jsonl, the labelled evaluation set of internal/classify.

Run from this folder: python3 gen_eval.py. Deterministic (fixed seed).
Labels are assigned from what each article says, by the rules a careful
reader would apply (see README.md beside eval.jsonl), not from the
classifier's output.
"""
import json, random, unicodedata, datetime, re, sys
from places import CURRENT, LEGACY, PAPERS, NATIONAL, SURNAMES, MIDDLE, GIVEN
import templates_a, templates_b, templates_c  # noqa: F401 (fill templates_a.T)
from templates_a import T
from specials import S

R = random.Random(20260401)
BASE = datetime.datetime(2026, 3, 1, 6, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=7)))

SECTIONS = {
    "xay-dung-dang": ["chinh-tri/xay-dung-dang", "xay-dung-dang", "thoi-su", "chinh-tri"],
    "chinh-tri": ["chinh-tri", "thoi-su", "thoi-su-chinh-tri"],
    "xa-hoi": ["xa-hoi", "thoi-su"], "kinh-te": ["kinh-doanh", "kinh-te", "tai-chinh"],
    "phap-luat": ["phap-luat"], "quoc-phong-an-ninh": ["quoc-phong", "quan-su", "thoi-su"],
    "the-gioi": ["the-gioi", "quoc-te"], "giao-duc": ["giao-duc"], "y-te": ["suc-khoe", "y-te"],
    "van-hoa-giai-tri": ["van-hoa", "giai-tri"], "the-thao": ["the-thao", "the-thao/bong-da"],
    "khoa-hoc-cong-nghe": ["so-hoa", "cong-nghe", "khoa-hoc", "chuyen-doi-so"],
    "nong-nghiep": ["nong-nghiep-nong-thon", "kinh-te", "thoi-su"],
    "moi-truong": ["thoi-su", "moi-truong", "bao-ve-moi-truong"],
    "giao-thong": ["thoi-su", "giao-thong", "an-toan-giao-thong", "xe"],
    "doi-song": ["du-lich", "doi-song", "am-thuc"],
}
GENERIC_FEEDS = ["tin-moi-nhat", "home", "tin-noi-bat", "trang-chu"]
TONE_SWAP = [("Hóa", "Hoá"), ("hòa", "hoà"), ("Hòa", "Hoà"), ("Ủy", "Uỷ"), ("ủy", "uỷ"), ("thủy", "thuỷ"), ("khỏe", "khoẻ")]


def slugify(s):
    s = s.replace("Đ", "D").replace("đ", "d")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")[:80]


def person():
    return f"{R.choice(SURNAMES)} {R.choice(MIDDLE)} {R.choice(GIVEN)}"


def unit_word(slug):
    return "TP" if CURRENT.get(slug, ("", False))[1] else "tỉnh"


def place(slug):
    """Returns (P for headlines, PF for the body, labels) for a unit slug."""
    if slug in CURRENT:
        name, city, gaz = CURRENT[slug]
        labels = [slug]
        if slug == "ho-chi-minh":
            return R.choice(["TP.HCM", "TP HCM", "TP.HCM"]), R.choice(["TP.HCM", "TP Hồ Chí Minh", "Thành phố Hồ Chí Minh"]), labels
        r = R.random()
        if gaz and r < 0.25:
            g = R.choice(gaz)
            return g, f"{g} ({name})" if R.random() < 0.5 else g, labels
        word = "TP" if city else "tỉnh"
        return name, f"{word} {name}" if r < 0.8 else name, labels
    name, succ, gaz = LEGACY[slug]
    sname = CURRENT[succ][0]
    labels = [succ, slug]
    r = R.random()
    if gaz and r < 0.3:
        g = R.choice(gaz)
        return g, g, labels
    if r < 0.65:
        return sname if R.random() < 0.5 else name, f"tỉnh {name} (cũ)" if slug != "thua-thien-hue" else "Thừa Thiên Huế (cũ)", labels
    return name, f"{'tỉnh ' if R.random() < 0.6 else ''}{name}", labels


def fill(s, slots):
    return s.format(**slots)


def make_slots(tpl, slug):
    sl = {"n": R.randint(2, 9), "m": R.randint(2, 9), "k": R.randint(2, 9), "per": person(),
          "d": f"{R.randint(1, 28)}/{R.randint(1, 12)}"}
    # labels: (anchor texts, slugs): the slugs count only if an anchor is printed
    labels, extra = [], []
    if slug:
        sl["P"], sl["PF"], pl = place(slug)
        labels.append(([sl["P"], sl["PF"]], pl))
        other = R.choice([s for s in CURRENT if s != slug and s not in pl])
        _, sl["QF"], ql = place(other)
        extra = [([sl["QF"]], ql)]
    else:
        sl["P"] = sl["PF"] = sl["QF"] = ""
    for k, vals in tpl["slots"].items():
        if k == "_labels":
            labels += [([a], l) for a, l in vals]
            continue
        sl[k] = R.choice(vals)
    return sl, labels, extra


def printed(labels, text):
    """The slugs whose anchor text appears in the rendered article."""
    out = set()
    for anchors, slugs in labels:
        if any(a and a in text for a in anchors):
            out |= set(slugs)
    return out


TEAM_LABELS = {"CLB Công an Hà Nội": ["ha-noi"], "Thép Xanh Nam Định": ["ninh-binh", "nam-dinh"],
               "Hoàng Anh Gia Lai": ["gia-lai"], "Đông Á Thanh Hóa": ["thanh-hoa"],
               "Becamex TP.HCM": ["ho-chi-minh"], "SHB Đà Nẵng": ["da-nang"],
               "Đồng Đăng - Trà Lĩnh": ["lang-son", "cao-bang"],
               "Tuyên Quang - Hà Giang": ["tuyen-quang", "ha-giang"],
               "Khánh Hòa - Buôn Ma Thuột": ["khanh-hoa", "dak-lak"],
               "Châu Đốc - Cần Thơ - Sóc Trăng": ["an-giang", "can-tho", "soc-trang"]}


def render(tpl, sl, labels, extra, variant):
    """One outlet's wording of an event: title, summary, body and labels."""
    title = fill(tpl["titles"][variant % len(tpl["titles"])], sl)
    summ = fill(tpl["sums"][(variant + R.randint(0, 1)) % len(tpl["sums"])], sl)
    body = [fill(b, sl) for b in tpl["bodies"]]
    R.shuffle(body)
    if variant % 2:
        body = body[:1] + [fill(tpl["sums"][(variant + 1) % len(tpl["sums"])], sl)] + body[1:]
    text = " ".join([title, summ] + body)
    labs = printed(labels + extra, text)
    for k, v in sl.items():
        if isinstance(v, str) and v in TEAM_LABELS and v in text:
            labs |= set(TEAM_LABELS[v])
    return title, summ, " ".join(body), sorted(labs)


def outlet_urls(host, topic, title, pid, home):
    slug = slugify(title)
    generic = R.random() < 0.45
    sec = R.choice(SECTIONS[topic])
    feed_sec = R.choice(GENERIC_FEEDS) if generic else sec.split("/")[-1]
    if home:  # provincial papers put the section in the article path
        url = f"https://{host}/{sec}/{slug}-{pid}.html" if not generic else f"https://{host}/{slug}-{pid}.html"
        return url, f"https://{host}/rss/{feed_sec}.rss"
    if host == "dantri.com.vn" and not generic:
        return f"https://dantri.com.vn/{sec.split('/')[0]}/{slug}-2026{pid}.htm", f"https://dantri.com.vn/rss/{feed_sec}.rss"
    ext = ".htm" if host in ("tuoitre.vn", "thanhnien.vn", "vtv.vn") else ".html"
    return f"https://{host}/{slug}-{pid}{ext}", f"https://{host}/rss/{feed_sec}.rss"


def variant_text(a, kind):
    f = lambda s: s
    if kind == "nfd":
        f = lambda s: unicodedata.normalize("NFD", s)
    elif kind == "eth":
        f = lambda s: s.replace("Đ", "Ð")
    elif kind == "tone":
        def f(s):
            for x, y in TONE_SWAP:
                s = s.replace(x, y)
            return s
    elif kind == "caps":
        a["title"] = a["title"].upper()
        return
    elif kind == "ascii":
        f = lambda s: unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", s.replace("Đ", "D").replace("đ", "d")) if unicodedata.category(c) != "Mn"))
    for k in ("title", "summary", "body"):
        a[k] = f(a[k])


from build import build  # noqa: E402

if __name__ == "__main__":
    build(sys.modules[__name__])
