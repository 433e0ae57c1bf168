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
