// bantin's embeddable widget: <bantin-feed>, a dependency-free web component
// that shows the latest stories of a bantin JSON Feed on any page.
//
//   <script src="https://bantin.example/embed.js?v=…"></script>
//   <bantin-feed topic="xay-dung-dang" province="thai-nguyen" q="" limit="5" layout="list"></bantin-feed>
//
// Attributes mean what the feed's parameters mean (topic, province: slugs,
// comma-separated; q: search, with or without diacritics); limit is 1 to
// 20 (default 5); layout is "list" (default) or "cards" (another value is
// replaced, and the console warns of it). The widget lists
// stories, each once, as bantin's pages do (the feed's per=story: a story
// several outlets covered is one item, its report the pages show, with an
// "N nguồn" link to the story's page on bantin); per="report" lists every
// outlet's report instead (the feed as feed readers get it). limit counts
// what is listed. The feed is read from the server that served this
// script, across origins (CORS).
//
// The widget inherits the host page's font and text colour; these custom
// properties style the rest: --bantin-link (link colour), --bantin-muted
// (dates and sources), --bantin-border, --bantin-gap, --bantin-radius,
// --bantin-item-height (one list row), --bantin-card-height.
//
// Load the script before the first element (not async) so that each
// element reserves its space before the page is first painted.
//
// Safety: nothing from the feed is parsed as HTML (titles, summaries and
// sources are set as text, the outlet count as a number) and only http(s)
// links and images are used. The space for limit items is reserved while
// loading, so the host page does not move when the stories arrive; once
// they came, a card is as tall as what it shows (a card without a picture
// as its text, never a box left blank), and the room the stories did not
// take (fewer came, or cards came shorter) is kept as blank room (no rule,
// no border) while the widget's end is in view and given back as soon as
// it is not, where nothing the reader sees moves. A card's picture is at
// most 9em tall, so that its title, line and summary fit the card's height
// in a narrow column too (a full-width 16:9 picture would crop them). When loading fails the
// room is kept (the feed's own 4xx message, in Vietnamese, is shown).
// Identical widgets on one page share one request.
(() => {
  'use strict';
  if (!window.customElements || customElements.get('bantin-feed')) return;
  const script = document.currentScript;
  const feedURL = new URL('feed.json', script && script.src ? script.src : location.href);

  const css = `
:host{display:block;contain:layout paint}
:host([hidden]){display:none}
*{box-sizing:border-box}
.wrap{margin:0;padding:0}
ul{list-style:none;margin:0;padding:0;display:grid;gap:var(--bantin-gap,.75rem);position:relative}
.cards ul{grid-template-columns:repeat(auto-fill,minmax(min(100%,14rem),1fr));align-items:start}
li{overflow:hidden;border-bottom:1px solid var(--bantin-border,color-mix(in srgb,currentColor 18%,transparent))}
.list li{height:var(--bantin-item-height,4.6em)}
.cards li{height:var(--bantin-card-height,20em);border:1px solid var(--bantin-border,color-mix(in srgb,currentColor 18%,transparent));border-radius:var(--bantin-radius,.4rem)}
.cards li.item{height:auto;max-height:var(--bantin-card-height,20em)}
.wrap li.end{position:absolute;bottom:0;left:0;width:1px;height:1px;border:0;pointer-events:none}
.cards .body{padding:.5em .7em}
.pic{display:block;aspect-ratio:16/9;width:100%;max-height:9em;object-fit:cover;background:var(--bantin-border,color-mix(in srgb,currentColor 10%,transparent))}
a{color:var(--bantin-link,inherit);font-weight:600;text-decoration:underline;text-underline-offset:.15em}
a:focus-visible{outline:2px solid currentColor;outline-offset:2px}
.t{display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:2;overflow:hidden;line-height:1.35;margin:0;overflow-wrap:anywhere}
.cards .t{-webkit-line-clamp:3}
.m{display:flex;color:var(--bantin-muted,color-mix(in srgb,currentColor 82%,transparent));font-size:.85em;margin:.2em 0 0;white-space:nowrap;overflow:hidden}
.md{overflow:hidden;text-overflow:ellipsis;min-width:0;flex:0 1000 auto}
.mt{flex:none}
.n{flex:none}
.s{display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:3;overflow:hidden;font-size:.9em;margin:.3em 0 0;line-height:1.4;overflow-wrap:anywhere}
.cards .nopic .s{-webkit-line-clamp:9}
.list .s,.list .pic{display:none}
.ph{background:linear-gradient(90deg,transparent,color-mix(in srgb,currentColor 8%,transparent),transparent)}
li[aria-hidden]:not(.ph){border-color:transparent}
.status{margin:0 0 .4em;font-size:.9em;height:1.4em;line-height:1.4em;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
li.err{overflow:auto}
li.err:focus-visible{outline:2px solid currentColor;outline-offset:-2px}
li.err span{font-size:.9em}
.err{color:var(--bantin-error,inherit);font-weight:600}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}`;
  let sheet = null;
  try {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  } catch { sheet = null; }

  const dateFmt = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit', year: 'numeric' });

  // safeURL returns u as an absolute http(s) URL, or '' for anything else.
  const safeURL = (u) => {
    try {
      const x = new URL(String(u));
      return x.protocol === 'http:' || x.protocol === 'https:' ? x.href : '';
    } catch { return ''; }
  };

  // requests shares one request among the elements showing the same feed
  // URL: identical widgets on a page fetch it once. join returns the
  // answer's promise (the parsed feed, or an error: the feed's own message
  // for a 4xx or 5xx, asked in Vietnamese — bantin's errors are plain text;
  // any other body, a proxy's HTML error page, is not shown: the error
  // carries the status) and leave, which an element calls
  // when it no longer waits; the request is aborted when every element
  // left before it ended. A feed read is reused for a minute.
  const requests = new Map();
  const reuseMs = 60000;
  const request = (url) => {
    const ctl = new AbortController();
    const promise = fetch(url, { signal: ctl.signal, credentials: 'omit', headers: { Accept: 'application/feed+json', 'Accept-Language': 'vi' } })
      .then(async (resp) => {
        if (!resp.ok) {
          const plain = (resp.headers.get('Content-Type') || '').startsWith('text/plain');
          const msg = plain ? (await resp.text()).trim().slice(0, 300) : '';
          const err = new Error(msg || 'HTTP ' + resp.status);
          err.fromFeed = msg !== '';
          err.status = resp.status;
          throw err;
        }
        return resp.json();
      });
    return { ctl, promise, users: 0, done: false };
  };
  const join = (url) => {
    const key = url.href;
    let r = requests.get(key);
    if (!r) {
      const fresh = request(url);
      const forget = () => { if (requests.get(key) === fresh) requests.delete(key); };
      fresh.promise.then(() => { fresh.done = true; setTimeout(forget, reuseMs); }, () => { fresh.done = true; forget(); });
      requests.set(key, fresh);
      r = fresh;
    }
    r.users++;
    let left = false;
    const leave = () => {
      if (left) return;
      left = true;
      if (--r.users === 0 && !r.done) {
        r.ctl.abort();
        if (requests.get(key) === r) requests.delete(key);
      }
    };
    return { promise: r.promise, leave };
  };

  const el = (tag, cls, text) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  };

  // options reads e's limit (1 to 20, default 5), layout ("list", the
  // default, or "cards") and per ("story", the default, or "report") as
  // used. A value out of range or unknown is replaced (limit clamped, or 5
  // when not a number; the default otherwise) and told on the console,
  // naming the attribute, its value and what is used instead: the
  // embedding page's developer learns why. An empty value is the default.
  const options = (e) => {
    const raw = (a) => (e.getAttribute(a) || '').trim();
    const n = parseInt(raw('limit') || '5', 10);
    const pick = (a, known) => (known.includes(raw(a).toLowerCase()) ? raw(a).toLowerCase() : known[0]);
    const o = { limit: Number.isFinite(n) ? Math.min(Math.max(n, 1), 20) : 5, layout: pick('layout', ['list', 'cards']), per: pick('per', ['story', 'report']) };
    const want = { limit: '1 to 20', layout: '"list" or "cards"', per: '"story" or "report"' };
    for (const a of Object.keys(o)) {
      const v = raw(a);
      if (v && (a === 'limit' ? Number(v) !== o.limit : v.toLowerCase() !== o[a])) {
        console.warn(`<bantin-feed> ${a}="${v}" is not ${want[a]}: ${a}="${o[a]}" is used instead.`, e);
      }
    }
    return o;
  };

  class BantinFeed extends HTMLElement {
    static get observedAttributes() { return ['topic', 'province', 'q', 'limit', 'layout', 'per']; }

    constructor() {
      super();
      this.root = this.attachShadow({ mode: 'open' });
      if (sheet) this.root.adoptedStyleSheets = [sheet];
      else this.root.append(el('style', '', css));
      // The stories are Vietnamese whatever the host page's language and
      // direction: screen readers pick a Vietnamese voice, and a right-to-
      // left page neither right-aligns them nor cuts their start.
      this.box = el('div', 'wrap');
      this.box.lang = 'vi';
      this.box.dir = 'ltr';
      this.status = el('p', 'status');
      this.status.setAttribute('role', 'status');
      this.list = el('ul');
      this.box.append(this.status, this.list);
      this.root.append(this.box);
      this.pending = null;
      this.queued = false;
      this.watches = new Set();
    }

    connectedCallback() { this.schedule(); }
    disconnectedCallback() {
      if (this.pending) this.pending.leave();
      this.pending = null;
      this.unwatch();
    }

    // whenHidden calls fn once node is out of the window's view (at once
    // when it is already), where changing its size moves nothing the
    // reader sees: below the window nothing seen is after it, above it the
    // browser's scroll anchoring keeps what is seen in place. Without
    // IntersectionObserver fn is never called (the layout stays as it is).
    whenHidden(node, fn) {
      if (!window.IntersectionObserver) return;
      const io = new IntersectionObserver((entries) => {
        if (entries.some((e) => e.isIntersecting)) return;
        io.disconnect();
        this.watches.delete(io);
        fn();
      });
      this.watches.add(io);
      io.observe(node);
    }

    // unwatch forgets the whenHidden calls pending and the reserved room.
    unwatch() {
      for (const io of this.watches) io.disconnect();
      this.watches.clear();
      this.list.style.minHeight = '';
    }
    attributeChangedCallback() { if (this.isConnected) this.schedule(); }

    // schedule loads once for all the callbacks of one task: an element
    // upgraded with its attributes set (the script loaded after the page,
    // or markup inserted with innerHTML) gets one attributeChangedCallback
    // per attribute, then connectedCallback, and each load would cancel the
    // one before after its request had gone out.
    schedule() {
      if (this.queued) return;
      this.queued = true;
      queueMicrotask(() => {
        this.queued = false;
        if (this.isConnected) this.load();
      });
    }

    url() {
      const u = new URL(feedURL);
      for (const k of ['topic', 'province', 'q']) {
        const v = (this.getAttribute(k) || '').trim();
        if (v) u.searchParams.set(k, v);
      }
      u.searchParams.set('limit', String(this.opts.limit));
      // Stories, each once, unless every report is asked for.
      if (this.opts.per !== 'report') u.searchParams.set('per', 'story');
      return u;
    }

    // slots fills the list with limit rows: the items given, then empty
    // placeholders keeping the reserved height.
    slots(items, placeholder) {
      const rows = [];
      for (let i = 0; i < this.opts.limit; i++) {
        if (i < items.length) rows.push(items[i]);
        else {
          const li = el('li', placeholder ? 'ph' : '');
          li.setAttribute('aria-hidden', 'true');
          rows.push(li);
        }
      }
      this.list.replaceChildren(...rows);
    }

    async load() {
      if (this.pending) this.pending.leave();
      this.opts = options(this);
      const req = join(this.url());
      this.pending = req;
      this.box.className = 'wrap ' + this.opts.layout;
      this.box.setAttribute('aria-busy', 'true');
      this.unwatch();
      this.status.className = 'status';
      this.status.textContent = 'Đang tải tin…';
      this.slots([], true);
      try {
        const feed = await req.promise;
        if (this.pending !== req) return;
        this.show(feed);
      } catch (e) {
        if (this.pending !== req) return;
        // The message goes in the first reserved row, at the row's height
        // (its smaller type is the span's, not the row's: a row's height is
        // in the row's own em): nothing moves.
        this.status.className = 'status err';
        this.status.textContent = 'Không tải được tin';
        // The row scrolls when the message is longer than it (a bad
        // province's message lists them all): focusable, so that a
        // keyboard can scroll it too.
        const row = el('li', 'err');
        row.tabIndex = 0;
        row.append(el('span', '', this.failure(e)));
        this.slots([row], false);
      } finally {
        if (this.pending === req) {
          this.pending = null;
          req.leave();
          this.box.removeAttribute('aria-busy');
        }
      }
    }

    // failure says why loading failed: the feed's own message for an
    // answer it refused (a bad topic or province, for the page's author;
    // in Vietnamese, which the request asks for), else in the visitor's words, not the browser's English ("Failed to
    // fetch" when offline or blocked by the page's CSP, a JSON parse error)
    // nor a proxy's error page (its status, and the console says more).
    failure(e) {
      if (e && e.fromFeed) return e.message;
      if (e && e.status) {
        console.warn(`<bantin-feed> ${feedURL.host} answered HTTP ${e.status} with no message of bantin's (a proxy in front of it?)`, this);
        return e.status >= 500
          ? 'Máy chủ tin ' + feedURL.host + ' tạm thời không trả lời được (HTTP ' + e.status + '); hãy thử lại sau.'
          : 'Máy chủ tin ' + feedURL.host + ' trả lời lỗi HTTP ' + e.status + '.';
      }
      if (e instanceof SyntaxError) return 'Máy chủ tin ' + feedURL.host + ' trả lời không đúng định dạng.';
      return 'Không kết nối được tới máy chủ tin ' + feedURL.host + '.';
    }

    // meta is an item's line under its title: its outlet and time, then,
    // for a story several outlets covered, "N nguồn" linking the story's
    // page (the count a number, set as text). In a narrow column the
    // outlet's name is cut short first: the time and the count stay whole
    // (a time cut to "23:18 07/1…" reads as another day). null when there
    // is nothing to say.
    meta(it) {
      const ext = it._bantin && typeof it._bantin === 'object' ? it._bantin : {};
      const source = ext.source && ext.source.name ? String(ext.source.name) : '';
      const when = Date.parse(it.date_published);
      const time = Number.isNaN(when) ? '' : dateFmt.format(when);
      const story = ext.story || {};
      const n = Number(story.sources);
      const href = Number.isInteger(n) && n > 1 ? safeURL(story.url) : '';
      if (!source && !time && !href) return null;
      const p = el('p', 'm');
      if (source) p.append(el('span', 'md', source));
      if (time) p.append(el('span', 'mt', (source ? '\u00a0·\u00a0' : '') + time));
      if (href) {
        const a = el('a', 'n', n + ' nguồn');
        a.href = href;
        a.rel = 'noopener';
        if (source || time) p.append(el('span', 'n', '\u00a0·\u00a0'));
        p.append(a);
      }
      return p;
    }

    show(feed) {
      const items = Array.isArray(feed.items) ? feed.items : [];
      const rows = [];
      for (const it of items.slice(0, this.opts.limit)) {
        const href = safeURL(it.url);
        if (!href) continue;
        const li = el('li', 'item');
        const img = safeURL(it.image);
        if (img && this.box.classList.contains('cards')) {
          const pic = el('img', 'pic');
          pic.alt = '';
          pic.loading = 'lazy';
          pic.referrerPolicy = 'no-referrer';
          // A picture that does not load (hotlink protection, a host
          // that is down) gives way to a plain box of its size while the
          // card is in view (no broken-image icon, nothing seen moves),
          // and the card becomes one without a picture once it is not.
          pic.addEventListener('error', () => {
            const box = el('div', 'pic');
            pic.replaceWith(box);
            this.whenHidden(li, () => { box.remove(); li.classList.add('nopic'); });
          }, { once: true });
          pic.src = img;
          li.append(pic);
        } else {
          // No picture: the summary may fill the card's reserved height
          // instead of leaving half of it blank.
          li.classList.add('nopic');
        }
        const body = el('div', 'body');
        const t = el('p', 't');
        const a = el('a', '', String(it.title || href));
        a.href = href;
        a.rel = 'noopener';
        t.append(a);
        body.append(t);
        const meta = this.meta(it);
        if (meta) body.append(meta);
        if (it.summary) body.append(el('p', 's', String(it.summary)));
        li.append(body);
        rows.push(li);
      }
      const title = String(feed.title || 'Bản tin');
      this.status.className = 'status';
      this.status.textContent = rows.length ? title : title + ': chưa có tin nào';
      this.list.setAttribute('aria-label', title);
      this.hold(rows);
    }

    // hold shows rows in place of the reserved ones, keeping the list as
    // tall as it was (nothing after it moves) until its end is out of
    // view (whenHidden), when it takes the rows' own height.
    hold(rows) {
      this.list.style.minHeight = this.list.getBoundingClientRect().height + 'px';
      this.list.replaceChildren(...rows);
      const end = el('li', 'end');
      end.setAttribute('aria-hidden', 'true');
      this.list.append(end);
      this.whenHidden(end, () => { end.remove(); this.list.style.minHeight = ''; });
    }
  }

  customElements.define('bantin-feed', BantinFeed);
})();
