// The public pages in headless Chromium: the home page lists every topic
// and province with its feeds, topic and province pages show their articles
// and advertise feeds that answer. Usage: node pages.mjs <baseURL> <outdir>;
// the expectations are read from <outdir>/spec.json, written by the Go test.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { browse, watch, a11y, skipLink, run, imagesLoaded } from './lib.mjs';

await run(async (base, outdir, res) => {
  const spec = JSON.parse(await readFile(join(outdir, 'spec.json'), 'utf8'));
  await browse(res, async (context) => {
    const page = await context.newPage();
    const report = watch(res, page);

    // Home page.
    const resp = await page.goto(base + '/');
    res.check(resp.status() === 200, `home: HTTP ${resp.status()}`);
    await page.waitForLoadState('load');
    report('home');
    await a11y(res, page, 'home');
    await skipLink(res, page, 'home');
    await alternates(res, context, page, spec, 'home', []);
    for (const [kind, list, section] of [['topic', spec.topics, '#chu-de'], ['province', spec.provinces, '#tinh-thanh']]) {
      const links = await page.locator(`section:has(${section}) ul.grid > li`).evaluateAll((lis) => lis.map((li) => {
        const a = li.querySelector(':scope > a');
        return { name: a?.textContent.trim(), page: a?.getAttribute('href'),
          feeds: [...li.querySelectorAll('.feeds a')].map((f) => f.getAttribute('type')) };
      }));
      res.check(links.length === list.length, `home: ${links.length} ${kind}s listed, want ${list.length}`);
      for (const want of list) {
        const got = links.find((l) => l.page === want.page);
        if (!res.check(got, `home: no link to the ${kind} page ${want.page} (${want.name})`)) continue;
        res.check(got.name === want.name && got.name.normalize('NFC') === got.name,
          `home: ${kind} ${want.page} is named "${got.name}", want "${want.name}" (NFC)`);
        res.check(JSON.stringify(got.feeds) === JSON.stringify(spec.feedTypes),
          `home: ${kind} ${want.page} feed links ${JSON.stringify(got.feeds)}, want ${JSON.stringify(spec.feedTypes)}`);
      }
    }
    const legacy = await page.locator('section:has(#tinh-cu) ul.grid > li > a').count();
    res.check(legacy === spec.legacy, `home: ${legacy} former provinces listed, want ${spec.legacy}`);
    const sub = await page.locator('a[href="/subscribe"]').count();
    res.check(sub > 0, 'home: no link to the subscription form /subscribe');
    await res.shoot(page, 'home');
    await page.emulateMedia({ colorScheme: 'dark' });
    await res.shoot(page, 'home_dark');
    await page.emulateMedia({ colorScheme: 'light' });
    report('home (after checks)');

    // A phone: nothing wider than the screen.
    for (const path of ['/', spec.lists[0].path, '/subscribe']) {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(base + path);
      // Let lazy images finish: leaving the page while they load aborts them.
      await page.waitForLoadState('networkidle');
      const wide = await page.evaluate(() => [...document.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > innerWidth + 1)
        .map((e) => `<${e.localName}${e.className ? ' class=' + e.className : ''}> ${e.textContent.trim().slice(0, 40)}`).slice(0, 5));
      res.check(wide.length === 0, `${path} at 360px wide: wider than the screen: ${wide.join('; ')}`);
      if (path === '/') await res.shoot(page, 'home_phone');
      await page.setViewportSize({ width: 1280, height: 800 });
    }
    report('phone');

    // A topic page and a province page, reached by clicking the home page links.
    for (const list of spec.lists) {
      await page.goto(base + '/');
      await page.locator(`main a[href="${list.path}"]`).first().click();
      await page.waitForURL(base + list.path);
      report(list.path);
      await a11y(res, page, list.path);
      const h1 = (await page.locator('h1').textContent()).trim();
      res.check(h1 === list.heading, `${list.path}: h1 "${h1}", want "${list.heading}"`);
      // Images load lazily: bring each into view and wait for its load (or
      // error) event before judging it.
      await imagesLoaded(page, 'main article img');
      const shown = await page.locator('main article').evaluateAll((arts) => arts.map((a) => ({
        title: a.querySelector('h2 a')?.textContent.trim(),
        meta: a.querySelector('.meta')?.textContent.trim(),
        visible: a.querySelector('h2 a')?.getBoundingClientRect().height > 0,
        img: a.querySelector('img') ? { alt: a.querySelector('img').getAttribute('alt'),
          loaded: a.querySelector('img').complete && a.querySelector('img').naturalWidth > 0 } : null,
      })));
      const titles = shown.map((s) => s.title);
      res.check(JSON.stringify(titles) === JSON.stringify(list.titles),
        `${list.path}: articles ${JSON.stringify(titles)}, want ${JSON.stringify(list.titles)} (newest first)`);
      for (const s of shown) {
        res.check(s.title === s.title.normalize('NFC'), `${list.path}: title "${s.title}" is not NFC`);
        res.check(s.visible, `${list.path}: title "${s.title}" is not rendered`);
        res.check(/\d\d:\d\d, \d\d\/\d\d\/\d{4}/.test(s.meta || ''), `${list.path}: "${s.title}" meta "${s.meta}" lacks a date`);
        if (s.img) res.check(s.img.loaded, `${list.path}: image of "${s.title}" did not load`);
      }
      const imgs = shown.filter((s) => s.img).length;
      res.check(imgs === list.images, `${list.path}: ${imgs} article images, want ${list.images}`);
      await alternates(res, context, page, spec, list.path, list.titles);
      await res.shoot(page, list.shot);
      report(list.path + ' (after checks)');
    }
  });
});

// alternates checks the <link rel="alternate"> feeds of page: one per feed
// type, absolute, each answering 200 with its content type and holding the
// titles; the visible feed links must point to the same URLs.
async function alternates(res, context, page, spec, label, titles) {
  const links = await page.locator('head link[rel="alternate"]').evaluateAll((ls) =>
    ls.map((l) => ({ type: l.getAttribute('type'), href: l.getAttribute('href'), title: l.getAttribute('title') })));
  res.check(JSON.stringify(links.map((l) => l.type)) === JSON.stringify(spec.feedTypes),
    `${label}: alternate link types ${JSON.stringify(links.map((l) => l.type))}, want ${JSON.stringify(spec.feedTypes)}`);
  const visible = await page.locator('main > ul.feeds a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const l of links) {
    let u;
    try { u = new URL(l.href); } catch { u = null; }
    if (!res.check(u && u.href === l.href && /^https?:$/.test(u.protocol), `${label}: alternate href "${l.href}" is not an absolute URL`)) continue;
    res.check(l.title && l.title.normalize('NFC') === l.title, `${label}: alternate ${l.type} has title "${l.title}"`);
    res.check(visible.includes(l.href), `${label}: alternate ${l.href} is not among the visible feed links ${JSON.stringify(visible)}`);
    if (!res.check(u.hostname === '127.0.0.1', `${label}: alternate ${l.href} is not on the test server`)) continue;
    const r = await context.request.get(l.href);
    const ct = r.headers()['content-type'] || '';
    res.check(r.status() === 200, `${label}: GET ${l.href}: HTTP ${r.status()}`);
    res.check(ct.split(';')[0].trim() === l.type && /charset=utf-8/i.test(ct), `${label}: GET ${l.href}: Content-Type "${ct}", want ${l.type}; charset=utf-8`);
    const body = await r.text();
    for (const t of titles) res.check(body.includes(t), `${label}: ${l.type} feed lacks "${t}"`);
    if (l.type === 'application/feed+json') {
      let feed = null;
      try { feed = JSON.parse(body); } catch (e) { res.fail(`${label}: ${l.href} is not JSON: ${e.message}`); }
      if (feed) res.check(feed.feed_url === l.href, `${label}: JSON feed_url ${feed.feed_url}, want ${l.href}`);
    }
  }
}
