"""Assembles the evaluation set from templates, specials and traps."""
import datetime, json, collections, re

# Generic sentences holding a trap: they add no province.
TRAP_SENTENCES = [
    ("trap:dien-bien", "Diễn biến tiếp theo sẽ được cơ quan chức năng thông tin sau."),
    ("trap:dien-bien", "Theo dõi diễn biến mới nhất, người dân được khuyến cáo không chủ quan."),
    ("trap:dien-bien-phu", "Sự kiện nằm trong chuỗi hoạt động kỷ niệm Chiến thắng Điện Biên Phủ."),
    ("trap:tham-gia-lai", "Nhiều hộ sau thời gian tạm dừng đã tham gia lại chương trình."),
    ("trap:thai-binh-duong", "Giới chuyên gia lưu ý tác động của các hình thái thời tiết trên Thái Bình Dương."),
    ("trap:hoa-binh", "Thông điệp vì hòa bình, hữu nghị và hợp tác được nhấn mạnh."),
    ("trap:hoa-binh", "Phó Thủ tướng Nguyễn Hòa Bình đã gửi thư chúc mừng."),
    ("trap:hue-person", "Chị Nguyễn Thị Hồng Huế, một người dân, bày tỏ phấn khởi."),
    ("trap:given-name", "Anh Trần Hà Nam, cán bộ trẻ, cho biết sẽ tiếp tục theo dõi."),
    ("trap:given-name", "Ông Phạm Thái Bình, đại diện doanh nghiệp, đánh giá cao sự hỗ trợ."),
    ("trap:bao-x", "Thông tin cũng được Báo Hà Nội Mới và Đài PT-TH Nghệ An đăng tải."),
    ("trap:bao-x", "Phóng viên Báo Quảng Ninh đã ghi nhận sự việc."),
]


def article(g, idx, host, sname, title, summ, body, topic, labels, group, pub, tags, sec_topics, home):
    pid = 100000 + idx * 7
    url, feed = g.outlet_urls(host, topic, title, pid, home)
    return {"id": f"a{idx:04d}", "source": sname, "title": title, "summary": summ, "body": body,
            "url": url, "source_url": feed, "published": pub.isoformat(),
            "topics": [topic] + [t for t in sec_topics if t != topic], "provinces": labels,
            "group": group, "tags": tags}


def build(g):
    R = g.R
    by_topic = collections.defaultdict(list)
    for tpl in g.T:
        by_topic[tpl["topic"]].append(tpl)
    topics = sorted(by_topic)
    units = list(g.CURRENT) + list(g.LEGACY)
    uq = []

    def next_unit():
        if not uq:
            uq.extend(R.sample(units, len(units)))
        return uq.pop()

    out, idx = [], [0]

    def emit(a):
        idx[0] += 1
        out.append(a)

    def pick_tpl(i, local=None):
        ts = by_topic[topics[i % len(topics)]]
        if local is not None:
            ts = [t for t in ts if t["national"] != local] or ts
        return R.choice(ts)

    groups = []  # (template, time, unit)
    for gi in range(46):
        tpl = pick_tpl(gi * 5 + 3)
        slug = None if tpl["national"] else next_unit()
        sl, labels, extra = g.make_slots(tpl, slug)
        n = R.choice([2, 2, 3, 3, 3, 4, 4, 5, 6])
        cur = labels[0][1][0] if labels else None
        outlets = R.sample(g.NATIONAL, n)
        if cur in g.PAPERS and R.random() < 0.7:
            outlets[0] = g.PAPERS[cur]
        t0 = free_time(g, R, tpl)
        groups.append((tpl, t0, slug))
        v0 = R.randint(0, 2)
        for j, (host, sname) in enumerate(outlets):
            title, summ, body, labs = g.render(tpl, sl, labels, extra, v0 + j)
            pub = t0 + datetime.timedelta(minutes=R.randint(0, 30 * 60))
            emit(article(g, idx[0], host, sname, title, summ, body, tpl["topic"], labs,
                         f"g{gi:02d}", pub, [], tpl["sec"], host in dict(g.PAPERS.values())))
    singles(g, R, by_topic, topics, groups, next_unit, pick_tpl, emit, idx)
    top_up(g, R, units, pick_tpl, out, emit, idx)
    specials(g, R, emit, idx)
    for a in out:
        add_trap_and_variant(g, R, a)
    return write(out)


def singles(g, R, by_topic, topics, groups, next_unit, pick_tpl, emit, idx):
    papers = dict((v[0], k) for k, v in g.PAPERS.items())
    local_groups = [x for x in groups if x[2]]
    for i in range(237):
        # Hard negatives within the window of a group: the same kind of event
        # in another place (14), or another kind of event in the same place (6).
        hard = i < 20
        if hard:
            gtpl, t0, gslug = local_groups[i * 3 % len(local_groups)]
            pub = t0 + datetime.timedelta(hours=R.randint(-40, 40))
            if i < 14:
                tpl, slug = gtpl, next_unit()
            else:
                tpl = R.choice([t for t in g.T if not t["national"] and t["topic"] != gtpl["topic"]])
                slug = gslug
        else:
            tpl = pick_tpl(i)
            pub = free_time(g, R, tpl)
            slug = None if tpl["national"] else next_unit()
        sl, labels, extra = g.make_slots(tpl, slug)
        cur = labels[0][1][0] if labels and not tpl["national"] else None
        tags = (["hard-negative"] + (["same-place"] if i >= 14 else [])) if hard else []
        if cur in g.PAPERS and R.random() < 0.5:
            host, sname = g.PAPERS[cur]
            if R.random() < 0.15:  # a local paper naming no place: the reader knows it is local
                sl["P"], sl["PF"], labels = "", "địa phương", [(["địa phương"], [cur])]
                tags.append("home-prior")
        elif tpl["national"] and R.random() < 0.12:
            host, sname = R.choice(list(g.PAPERS.values()))
            tags.append("national-in-local-paper")
        else:
            host, sname = R.choice(g.NATIONAL)
        title, summ, body, labs = g.render(tpl, sl, labels, extra, R.randint(0, 5))
        if "home-prior" in tags:
            title = re.sub(r"\s*\(\)|\s+(ở|tại|qua|vào)\s*$|\s+(ở|tại|qua|vào)(?=[,:])", "", title)
            title = re.sub(r"\s+", " ", title).strip(" :,")
            title = title[0].upper() + title[1:]
        emit(article(g, idx[0], host, sname, title, summ, body, tpl["topic"], labs, "", pub, tags,
                     tpl["sec"], host in papers))


EVENTS = collections.defaultdict(list)


def free_time(g, R, tpl):
    """A publication time at least 4 days from other events of the same
    template: the generator would word two distinct events identically,
    which real reporting does not. Intended hard negatives bypass this."""
    for _ in range(60):
        t = g.BASE + datetime.timedelta(hours=R.randint(0, 24 * 60))
        if all(abs((t - u).total_seconds()) > 96 * 3600 for u in EVENTS[id(tpl)]):
            break
    EVENTS[id(tpl)].append(t)
    return t


def top_up(g, R, units, pick_tpl, out, emit, idx):
    """Adds local stories until every unit is named at least three times."""
    for u in units:
        while sum(u in a["provinces"] for a in out) < 3:
            tpl = pick_tpl(R.randint(0, 99), local=True)
            sl, labels, extra = g.make_slots(tpl, u)
            host, sname = R.choice(g.NATIONAL)
            title, summ, body, labs = g.render(tpl, sl, labels, extra, R.randint(0, 5))
            pub = g.BASE + datetime.timedelta(hours=R.randint(0, 24 * 60))
            emit(article(g, idx[0], host, sname, title, summ, body, tpl["topic"], labs, "", pub,
                         ["top-up"], tpl["sec"], False))


def specials(g, R, emit, idx):
    for tags, host, path, title, summ, body, topic, provs in g.S:
        pub = g.BASE + datetime.timedelta(hours=R.randint(0, 24 * 60))
        a = {"id": f"a{idx[0]:04d}", "source": host, "title": title, "summary": summ, "body": body,
             "url": f"https://{host}{path}", "source_url": f"https://{host}/rss/home.rss",
             "published": pub.isoformat(), "topics": [topic], "provinces": sorted(provs),
             "group": "", "tags": list(tags)}
        emit(a)
    emit({"id": f"a{idx[0]:04d}", "source": "Báo Thái Nguyên",
          "title": "Ngành Tổ chức xây dựng Đảng cần tiếp tục thực hiện hiệu quả 10 nhóm nhiệm vụ, giải pháp",
          "summary": "Sáng 29/12, Ban Tổ chức Trung ương tổ chức hội nghị trực tuyến toàn quốc tổng kết công tác tổ chức xây dựng Đảng năm 2022, triển khai nhiệm vụ năm 2023.",
          "body": "Dự tại Điểm cầu Thái Nguyên có đồng chí Phạm Hoàng Sơn, Phó Bí thư Thường trực Tỉnh ủy; lãnh đạo Ban Tổ chức Tỉnh ủy. Năm 2022, ngành Tổ chức xây dựng Đảng đã tham mưu ban hành nhiều văn bản quan trọng về công tác cán bộ, đảng viên.",
          "url": "https://baothainguyen.vn/chinh-tri/xay-dung-dang/nganh-to-chuc-xay-dung-dang-can-tiep-tuc-thuc-hien-hieu-qua-10-nhom-nhiem-vu-giai-phap-316372.html",
          "source_url": "https://baothainguyen.vn/rss/chinh-tri.rss", "published": "2022-12-29T11:00:00+07:00",
          "topics": ["xay-dung-dang", "chinh-tri"], "provinces": ["thai-nguyen"], "group": "",
          "tags": ["reference-sample", "trap:diem-cau"]})


def add_trap_and_variant(g, R, a):
    text = a["title"] + " " + a["summary"] + " " + a["body"]
    for tag, probe in (("ctx:cu", "(cũ)"), ("ctx:tinh", "tỉnh "), ("ctx:tp", "TP ")):
        if probe in text:
            a["tags"].append(tag)
    if a["tags"] and any(t.startswith("trap:") for t in a["tags"]) or "reference-sample" in a["tags"]:
        return
    if R.random() < 0.09:
        tag, s = R.choice(TRAP_SENTENCES)
        a["body"] += " " + s
        a["tags"].append(tag)
    r = R.random()
    for kind, p in (("nfd", 0.06), ("eth", 0.1), ("tone", 0.16), ("caps", 0.24), ("ascii", 0.26)):
        if r < p:
            g.variant_text(a, kind)
            a["tags"].append(kind)
            break


def write(out):
    with open("../eval.jsonl", "w", encoding="utf-8") as f:
        for a in out:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    write_variants(out)
    stats(out)


TONE = [("òa", "oà"), ("óa", "oá"), ("ỏa", "oả"), ("õa", "oã"), ("ọa", "oạ"), ("Òa", "Oà"), ("Óa", "Oá"),
        ("ủy", "uỷ"), ("Ủy", "Uỷ"), ("úy", "uý"), ("ụy", "uỵ"), ("òe", "oè"), ("óe", "oé"), ("ọe", "oẹ")]


def write_variants(out):
    """variants.jsonl: every third article in NFD, with Ð for Đ, with the
    other tone placement and in ALL CAPS, for the invariance test."""
    import unicodedata

    def tone(s):
        for x, y in TONE:
            s = s.replace(x, y)
        return s
    kinds = {"nfd": lambda s: unicodedata.normalize("NFD", s),
             "eth": lambda s: s.replace("Đ", "Ð").replace("đ", "ð"),
             "tone": tone, "caps": str.upper}
    with open("../variants.jsonl", "w", encoding="utf-8") as f:
        for a in out[::3]:
            for k, fn in kinds.items():
                v = {"id": a["id"], "kind": k, "title": fn(a["title"]), "summary": fn(a["summary"]),
                     "body": fn(a["body"])}
                f.write(json.dumps(v, ensure_ascii=False) + "\n")


def stats(out):
    c = collections.Counter()
    for a in out:
        for p in a["provinces"]:
            c["prov:" + p] += 1
        c["topic:" + a["topics"][0]] += 1
        for t in a["tags"]:
            c["tag:" + t] += 1
        if not a["provinces"]:
            c["no-province"] += 1
    gs = collections.Counter(a["group"] for a in out if a["group"])
    print(len(out), "articles;", len(gs), "groups; sizes", sorted(collections.Counter(gs.values()).items()))
    for k in sorted(c):
        print(f"  {k}: {c[k]}")
