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

