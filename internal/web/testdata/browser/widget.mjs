// The <bantin-feed> widget on a page of another origin with a strict
// Content-Security-Policy. Usage: node widget.mjs <baseURL> <outdir>; the
// host page and expectations are in <outdir>/spec.json.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { browse, axe, run } from './lib.mjs';
import { blankCards } from './cards.mjs';

await run(async (base, outdir, res) => {
  const spec = JSON.parse(await readFile(join(outdir, 'spec.json'), 'utf8'));
  await browse(res, async (context) => {
    const page = await context.newPage();
    const problems = [];
    page.on('console', (m) => {
      // The unknown province's 400, the offline widget's failed request and
      // the proxy's 502 are expected; anything else is not.
      if (m.type() !== 'error' || /status of (400|502)|net::ERR_FAILED/.test(m.text())) return;
      // So is the 404 of the picture that does not load.
      if (/status of 404/.test(m.text()) && /khong-co-anh/.test(m.location().url)) return;
      problems.push(`console error: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`uncaught exception: ${e.message}`));
    // The console warnings of attributes replaced (the #odd widget's).
    const warnings = [];
    page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
    await page.addInitScript(() => {
      window.__shifts = 0;
      window.__shiftLog = [];
      new PerformanceObserver((l) => {
        for (const e of l.getEntries()) {
          window.__shifts += e.value;
          window.__shiftLog.push(`${e.value.toFixed(4)} at ${Math.round(e.startTime)}ms: ` + e.sources.map((s) =>
            `${s.node?.nodeName}#${s.node?.id || ''}.${s.node?.className || ''} ${s.previousRect.y}->${s.currentRect.y} h${s.previousRect.height}->${s.currentRect.height}`).join(', '));
        }
      })
        .observe({ type: 'layout-shift', buffered: true });
    });
    // Every feed request the page makes, aborted ones included: one per
    // widget, however many attributes it has when the script upgrades it.
    const feedRequests = [];
    page.on('request', (r) => { if (r.url().startsWith(spec.site) && new URL(r.url()).pathname.startsWith('/feed')) feedRequests.push(r.url()); });
    const after = [];
    // The feeds answer 1.5 s late, so that the layout is always measured
    // once before any story arrived (on a fast machine the stories could
    // come first, and the check below would compare the final layout with
    // itself).
    await page.route((u) => u.href.startsWith(spec.site) && !u.pathname.endsWith('.js'), async (r) => {
      await new Promise((done) => setTimeout(done, 1500));
      await r.continue();
    });
    // The network fails for the widget of topic y-te (offline, or the
    // host's CSP forgot connect-src).
    await page.route((u) => u.href.startsWith(spec.site) && u.searchParams.get('topic') === 'y-te', (r) => r.abort('failed'));
    // A proxy in front of bantin answers 502 with its HTML error page (and
    // CORS headers): the widget must not show its markup.
    await page.route((u) => u.href.startsWith(spec.site) && u.searchParams.get('q') === 'cổng lỗi', async (r) => {
      await r.fulfill({ status: 502, contentType: 'text/html', headers: { 'Access-Control-Allow-Origin': '*' },
        body: '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>' });
    });
    // A forged feed (a host page could be shown one by a proxy or a
    // compromised bantin): story links and counts that must not be
    // trusted.
    const forged = (title, story) => ({ id: title, url: 'https://bao.example/' + encodeURIComponent(title), title,
      date_published: '2026-12-07T01:00:00Z', content_html: '', _bantin: { source: { name: 'Báo' }, story } });
    await page.route((u) => u.href.startsWith(spec.site) && u.searchParams.get('q') === 'giả mạo', async (r) => {
      await new Promise((done) => setTimeout(done, 1500));
      await r.fulfill({ status: 200, contentType: 'application/feed+json', headers: { 'Access-Control-Allow-Origin': '*' }, body: JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1', title: 'Giả mạo', items: [
          forged('Link xấu', { url: 'javascript:alert(1)', sources: 3 }),
          forged('Số xấu', { url: 'https://bantin.example/stories/1', sources: '<img src=x onerror="document.title=\'pwned\'">' }),
          forged('Số chữ', { url: 'https://bantin.example/stories/2', sources: '4' }),
        ] }) });
    });
    // A sidebar's feeds: one whose outlet has a long name, one (for cards,
    // whose padding leaves less room) whose outlet has a short one, which
    // flex shrinks less than a long one.
    await page.route((u) => u.href.startsWith(spec.site) && ['cột hẹp', 'cột hẹp ngắn'].includes(u.searchParams.get('q')), async (r) => {
      await new Promise((done) => setTimeout(done, 1500));
      const name = new URL(r.request().url()).searchParams.get('q') === 'cột hẹp' ? 'Báo Điện tử Đảng Cộng sản Việt Nam' : 'Báo Miền Bắc';
      const item = (title, sources) => ({ ...forged(title, { url: 'https://bantin.example/stories/3', sources }),
        _bantin: { source: { name }, story: { url: 'https://bantin.example/stories/3', sources } } });
      await r.fulfill({ status: 200, contentType: 'application/feed+json', headers: { 'Access-Control-Allow-Origin': '*' }, body: JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1', title: 'Cột hẹp', items: [item('Hai nguồn', 2), item('Một nguồn', 1)] }) });
    });
    await page.goto(spec.host + '/');
    // Where the text after the widgets sits before any story arrived: once
    // fonts are ready and two frames were laid out (on a loaded machine the
    // first measure could catch a page not laid out yet).
    await page.evaluate(() => document.fonts.ready.then(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))));
    after.push(await page.locator('#after').evaluate((e) => e.getBoundingClientRect().top + scrollY));

    // List layout: the stories, newest first, each once (a story of two
    // outlets' reports is one item), links http(s) only.
    const gt = page.locator('#gt li .t a');
    await gt.nth(spec.gt.length - 1).waitFor();
    const titles = await gt.allTextContents();
    res.check(JSON.stringify(titles) === JSON.stringify(spec.gt), `list: titles ${JSON.stringify(titles)}, want ${JSON.stringify(spec.gt)}`);
    const hrefs = await gt.evaluateAll((as) => as.map((a) => a.href));
    res.check(hrefs.every((h) => /^https?:\/\//.test(h)), `list: links ${JSON.stringify(hrefs)}`);
    // Fewer stories than limit: no row is left as an empty box with a
    // rule under it; while the widget is in view its room is kept (blank,
    // nothing below moves: the layout-shift check at the end).
    const spare = await page.locator('#gt').evaluate((el) => [...el.shadowRoot.querySelectorAll('li')]
      .filter((l) => !l.querySelector('.t') && getComputedStyle(l).borderBottomStyle !== 'none' && getComputedStyle(l).borderBottomColor !== 'rgba(0, 0, 0, 0)')
      .map((l) => l.outerHTML));
    res.check(spare.length === 0, `list: empty rows with a rule: ${JSON.stringify(spare)}`);
    const meta = await page.locator('#gt li .m').first().textContent();
    res.check(/·\s*\d\d:\d\d/.test(meta || ''), `list: meta "${meta}" lacks source and time`);
    // The two outlets' story says so, linking its page on bantin; the
    // others (one outlet each) say nothing.
    const counts = await page.locator('#gt li').evaluateAll((ls) => ls.filter((l) => l.querySelector('.t')).map((l) => {
      const a = l.querySelector('a.n');
      return a ? [a.textContent, a.href] : null;
    }));
    res.check(counts.length === spec.gt.length && counts[0] && counts[0][0] === '2 nguồn' && counts[0][1].startsWith(spec.site + '/stories/') &&
      counts.slice(1).every((c) => c === null), `list: outlet counts ${JSON.stringify(counts)}, want "2 nguồn" linking the story on the first only`);
    // per="report": every outlet's report, as feed readers get them.
    const all = page.locator('#gt-all li .t a');
    await all.nth(spec.gtAll.length - 1).waitFor();
    const allTitles = await all.allTextContents();
    res.check(JSON.stringify(allTitles) === JSON.stringify(spec.gtAll), `per=report: titles ${JSON.stringify(allTitles)}, want ${JSON.stringify(spec.gtAll)}`);
    res.check(await page.locator('#gt-all a.n').count() === 0, 'per=report: an outlet count is shown');

    // The forged feed: a javascript: story link and a count of markup are
    // left out; a count given as a string is shown as the number it is.
    await page.locator('#forged li .t a').nth(2).waitFor();
    const forgedOut = await page.locator('#forged').evaluate((el) => ({
      tags: [...el.shadowRoot.querySelectorAll('img, script, b')].map((e) => e.localName),
      counts: [...el.shadowRoot.querySelectorAll('a.n')].map((a) => [a.textContent, a.getAttribute('href')]) }));
    res.check(forgedOut.tags.length === 0 && JSON.stringify(forgedOut.counts) === JSON.stringify([['4 nguồn', 'https://bantin.example/stories/2']]),
      `forged feed: elements ${JSON.stringify(forgedOut.tags)}, counts ${JSON.stringify(forgedOut.counts)}, want only "4 nguồn"`);

    // Host fonts and colours: inherited, and the link colour from the
    // custom property.
    const style = await page.locator('#gt li a').first().evaluate((a) => {
      const cs = getComputedStyle(a); const m = getComputedStyle(a.closest('li').querySelector('.m') || a);
      return { font: cs.fontFamily, link: cs.color, host: getComputedStyle(document.body).fontFamily, meta: m.color };
    });
    res.check(style.font === style.host, `widget font ${style.font}, host ${style.host}`);
    res.check(style.link === 'rgb(150, 0, 80)', `link colour ${style.link}, want --bantin-link rgb(150, 0, 80)`);

    // Cards layout (every report: the one with a picture is not its
    // story's newest): three cards, one with its image.
    await page.locator('#cards li a').nth(2).waitFor();
    const cards = await page.locator('#cards li').evaluateAll((ls) => ls.filter((l) => !l.getAttribute('aria-hidden')).length);
    res.check(cards === 3, `cards: ${cards} cards, want 3`);
    const img = page.locator('#cards img.pic');
    await img.evaluate((i) => i.complete ? null : new Promise((done) => { i.onload = done; i.onerror = done; }));
    res.check(await img.evaluate((i) => i.naturalWidth > 0 && /^http:/.test(i.src)), 'cards: the image did not load');
    // A card without a picture gives its summary the picture's room.
    const clamps = await page.locator('#cards').evaluate((el) => [...el.shadowRoot.querySelectorAll('li')]
      .filter((l) => l.querySelector('.s')).map((l) => [!!l.querySelector('.pic'), Number(getComputedStyle(l.querySelector('.s')).webkitLineClamp)]));
    res.check(clamps.some(([pic]) => !pic) && clamps.every(([pic, n]) => pic ? n === 3 : n > 3),
      `cards: summary line clamps ${JSON.stringify(clamps)}, want 3 with a picture and more without`);

    // Cards of stories: a story whose report shown has no picture shows
    // its story's, which the feed gives (per=story), not one the script
    // guessed.
    await page.locator('#story-cards li .t a').nth(spec.storyCards.length - 1).waitFor();
    const storyPics = await page.locator('#story-cards').evaluate((el) => [...el.shadowRoot.querySelectorAll('li')]
      .filter((l) => !l.getAttribute('aria-hidden'))
      .map((l) => [l.querySelector('.t a').textContent, l.querySelector('img.pic') ? new URL(l.querySelector('img.pic').src).pathname : '']));
    res.check(JSON.stringify(storyPics) === JSON.stringify(spec.storyCards),
      `story cards: titles and pictures ${JSON.stringify(storyPics)}, want ${JSON.stringify(spec.storyCards)}`);

    // Error state: the feed's own 400 message, read across origins.
    const bad = page.locator('#bad li.err');
    await bad.waitFor();
    const msg = await bad.textContent();
    res.check(/^Không có tỉnh, thành phố “atlantis”\. Các tỉnh, thành phố: /.test(msg), `error state: "${msg}", want the feed's Vietnamese message naming atlantis`);
    const status = await page.locator('#bad .status').textContent();
    res.check(status === 'Không tải được tin', `error state: status "${status}"`);

    // A failed request: the visitor is told in Vietnamese, not with the
    // browser's English "Failed to fetch".
    const off = page.locator('#offline li.err');
    await off.waitFor();
    const offMsg = await off.textContent();
    res.check(/^Không kết nối được tới máy chủ tin 127\.0\.0\.1:\d+\.$/.test(offMsg), `offline: "${offMsg}", want a Vietnamese message naming the server`);

    // A proxy's HTML error page: the status in Vietnamese, not its markup.
    const proxy = page.locator('#proxy li.err');
    await proxy.waitFor();
    const proxyMsg = await proxy.textContent();
    res.check(/^Máy chủ tin 127\.0\.0\.1:\d+ tạm thời không trả lời được \(HTTP 502\); hãy thử lại sau\.$/.test(proxyMsg),
      `proxy error page: "${proxyMsg}", want the status in Vietnamese, not the page's markup`);

    // In a right-to-left column of another language the stories stay
    // Vietnamese and left-to-right.
    await page.locator('#rtl li a').first().waitFor();
    const rtl = await page.locator('#rtl').evaluate((el) => {
      const w = el.shadowRoot.querySelector('.wrap');
      return { dir: getComputedStyle(w).direction, align: getComputedStyle(w.querySelector('.t')).textAlign, vi: w.querySelector('a').matches(':lang(vi)') };
    });
    res.check(rtl.dir === 'ltr' && rtl.vi && ['left', 'start'].includes(rtl.align), `rtl host: widget ${JSON.stringify(rtl)}, want ltr and lang vi`);

    // A word longer than the card wraps: not cut at the card's edge.
    await page.locator('#long li a').first().waitFor();
    const cut = await page.locator('#long').evaluate((el) => [...el.shadowRoot.querySelectorAll('.t, .s')]
      .filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => `${e.className} ${e.scrollWidth} > ${e.clientWidth}`));
    res.check(cut.length === 0, `long word: cut at the card's edge: ${cut.join(', ')}`);
    // Its picture does not load: no broken-image box is left.
    await page.locator('#long').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => {
      const i = document.querySelector('#long').shadowRoot.querySelector('img');
      return !i || i.complete;
    });
    const broken = await page.locator('#long').evaluate((el) => [...el.shadowRoot.querySelectorAll('img')]
      .filter((i) => i.complete && i.naturalWidth === 0).map((i) => i.src));
    res.check(broken.length === 0, `broken picture: ${broken.join(', ')} shown as a broken image`);

    // Hostile items: markup shown as text, the javascript: link left out.
    await page.locator('#hostile li a').first().waitFor();
    const hostile = await page.locator('#hostile').evaluate((el) => ({
      tags: [...el.shadowRoot.querySelectorAll('b, img, script, i')].map((e) => e.localName),
      text: el.shadowRoot.textContent, hrefs: [...el.shadowRoot.querySelectorAll('a')].map((a) => a.getAttribute('href')) }));
    res.check(hostile.tags.length === 0, `hostile: elements ${JSON.stringify(hostile.tags)} were injected`);
    res.check(hostile.text.includes('<b>Đậm</b>') && hostile.text.includes('<i>Evil</i>'), 'hostile: markup is not shown as text');
    // The javascript: link is never published: the feed gives the story's page on bantin instead.
    res.check(hostile.hrefs.every((h) => /^https?:/.test(h)) && hostile.hrefs.some((h) => h.includes('/stories/')),
      `hostile: links ${JSON.stringify(hostile.hrefs)}`);
    res.check(await page.title() !== 'pwned', 'hostile: a script ran');

    // No layout shift: nothing the reader sees moved (the widgets give
    // back the room their stories did not take only where it is out of
    // view), and the text below never moved down.
    after.push(await page.locator('#after').evaluate((e) => e.getBoundingClientRect().top + scrollY));
    const shifts = await page.evaluate(() => window.__shifts);
    const log = await page.evaluate(() => window.__shiftLog.join('; '));
    res.check(after[1] <= after[0] && shifts < 0.001, `layout shift ${shifts} (${log}); text below moved from ${after[0]} to ${after[1]}`);

    // A widget a host page's script inserts later (innerHTML: upgraded on
    // insertion, with its attributes already set), as sites built with
    // templates in scripts do.
    await page.evaluate(() => {
      const box = document.createElement('div');
      document.querySelector('#after').before(box);
      box.innerHTML = '<bantin-feed id="late" topic="giao-thong" limit="2" layout="list"></bantin-feed>';
    });
    await page.locator('#late li a').nth(1).waitFor();
    // Attributes out of range or unknown are replaced, and the console
    // says which, with what was used instead (the host's developer learns
    // why the widget shows 20 stories in a list); valid ones are silent.
    await page.evaluate(() => {
      const box = document.createElement('div');
      document.querySelector('#after').before(box);
      box.innerHTML = '<bantin-feed id="odd" q="cột hẹp" limit="50" layout="grid" per="reports"></bantin-feed>';
    });
    await page.locator('#odd li a').nth(1).waitFor();
    const odd = await page.locator('#odd').evaluate((el) => [el.shadowRoot.querySelector('.wrap').className, el.shadowRoot.querySelectorAll('li').length]);
    const wantWarnings = ['limit="50" is not 1 to 20: limit="20"', 'layout="grid" is not "list" or "cards": layout="list"', 'per="reports" is not "story" or "report": per="story"'];
    const replaced = warnings.filter((w) => w.includes(' is used instead.'));
    res.check(replaced.length === 3 && wantWarnings.every((w, i) => replaced[i].startsWith('<bantin-feed> ' + w + ' is used instead.')),
      `odd attributes: console warnings ${JSON.stringify(replaced)}, want ${JSON.stringify(wantWarnings)}`);
    res.check(warnings.some((w) => /^<bantin-feed> 127\.0\.0\.1:\d+ answered HTTP 502 with no message of bantin's/.test(w)),
      `proxy error page: console warnings ${JSON.stringify(warnings)}, want one naming the 502 for the page's author`);
    res.check(odd[0] === 'wrap list' && feedRequests.some((u) => /limit=20&per=story$/.test(u)), `odd attributes: widget ${JSON.stringify(odd)}, requests ${feedRequests.join(', ')}`);
    // One request per feed URL: the two identical widgets (#gt, #gt-again)
    // share theirs and show the same stories.
    const widgets = await page.locator('bantin-feed').evaluateAll((els) =>
      new Set(els.map((e) => ['topic', 'province', 'q', 'limit', 'per'].map((a) => e.getAttribute(a)).join('|'))).size);
    res.check(feedRequests.length === widgets && new Set(feedRequests).size === feedRequests.length,
      `${widgets} different widgets made ${feedRequests.length} feed requests: ${feedRequests.join(', ')}`);
    const again = await page.locator('#gt-again li .t a').allTextContents();
    res.check(JSON.stringify(again) === JSON.stringify(spec.gt), `identical widget: titles ${JSON.stringify(again)}, want ${JSON.stringify(spec.gt)}`);
    // In a narrow sidebar (14rem) the outlet's long name is cut short, not
    // the time: "23:18 07/1…" would read as another day.
    await page.locator('#narrow li .t a').nth(1).waitFor();
    const narrow = await page.locator('#narrow').evaluate((el) => [...el.shadowRoot.querySelectorAll('li .m')].map((m) => {
      const t = [...m.querySelectorAll('span')].find((s) => /\d\d:\d\d \d\d\/\d\d\/\d{4}/.test(s.textContent));
      return t ? [t.textContent, t.scrollWidth <= t.clientWidth + 1 && t.getBoundingClientRect().right <= m.getBoundingClientRect().right + 0.5] : [m.textContent, false];
    }));
    res.check(narrow.length === 2 && narrow.every(([, whole]) => whole),
      `narrow widget: times ${JSON.stringify(narrow)}, want each whole and in view`);
    // The same in every widget on the page, cards with "N nguồn" too: the
    // outlet gives way to the time and the count.
    await page.locator('#narrow-cards li .t a').nth(1).waitFor();
    const cutTimes = await page.locator('bantin-feed').evaluateAll((els) => els.flatMap((el) =>
      [...el.shadowRoot.querySelectorAll('li .m .mt')].filter((t) => t.scrollWidth > t.clientWidth + 1)
        .map((t) => `${el.id || el.getAttribute('layout') || 'widget'}: ${t.textContent}`)));
    res.check(cutTimes.length === 0, `times cut short: ${JSON.stringify(cutTimes)}`);

    // No card is a box left blank: back at the top, every card out of
    // view is as tall as what it shows, and a picture that did not load
    // left no empty box.
    await page.evaluate(() => scrollTo(0, 0));
    await blankCards(res, page, 1280);
    await axe(res, page, 'widget host page');
    await res.shoot(page, 'widget');
    // The same on a phone (390 px), each card widget scrolled past.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(spec.host + '/');
    for (const id of ['#cards', '#story-cards', '#long', '#narrow-cards']) {
      await page.locator(id + ' li .t a').first().waitFor();
      await page.locator(id).scrollIntoViewIfNeeded();
      await page.waitForFunction((id) => [...document.querySelector(id).shadowRoot.querySelectorAll('img')].every((i) => i.complete), id);
    }
    await page.evaluate(() => scrollTo(0, 0));
    await blankCards(res, page, 390);
    await res.shoot(page, 'widget_390');
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(spec.host + '/');
    await page.locator('#cards li a').nth(2).waitFor();
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    res.check(scroll <= 0, `phone: the host page scrolls sideways by ${scroll}px`);
    await res.shoot(page, 'widget_phone');
    res.check(problems.length === 0, `widget: ${problems.join('; ')}`);
  });
});
