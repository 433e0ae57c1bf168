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

