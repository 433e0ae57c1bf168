// The public pages in headless Chromium: the front page ranks the week's
// stories and links their full coverage, the story page lists every
// outlet's article, search ignores diacritics, the feed directory lists
// every feed with a copy control, topic and province pages show their
// stories, and nothing is wider than a phone. Usage: node pages.mjs
// <baseURL> <outdir>; the expectations are read from <outdir>/spec.json,
// written by the Go test.
import { brokenPictures } from './cards.mjs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { browse, watch, a11y, skipLink, run, imagesLoaded } from './lib.mjs';

let storyPath = '/'; // the front page's first "N nguồn" link

await run(async (base, outdir, res) => {
  const spec = JSON.parse(await readFile(join(outdir, 'spec.json'), 'utf8'));
  await browse(res, async (context) => {
    const page = await context.newPage();
    const report = watch(res, page);
    await front(res, context, page, base, spec, report);
    await story(res, page, base, spec, report);
    await search(res, page, base, spec, report);
    await directory(res, context, page, base, spec, report);
    await schemes(res, page, base, spec, report);
    for (const list of spec.lists) await listPage(res, context, page, base, spec, list, report);
    for (const width of [1280, 390]) await brokenPictures(res, context, base, width);

    // A small phone: nothing wider than the screen at 320 CSS pixels (the
    // width of WCAG 1.4.10 Reflow; the form's boxes in their fieldsets were
    // 2px too wide).
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ['/', spec.lists[0].path, '/subscribe', '/feeds', '/topics/', '/provinces/', '/sources', '/search?q=cao+toc', storyPath]) {
      await page.goto(base + path);
      await imagesLoaded(page, 'main img');
      // Every card's "why" open: its reasons wrap within the screen too.
      await page.evaluate(() => document.querySelectorAll('details.why').forEach((d) => { d.open = true; }));
      // A data table may scroll inside its own box (.table): what it holds
      // is not counted, the box is.
      const wide = await page.evaluate(() => [...document.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > innerWidth + 1)
        .filter((e) => !e.parentElement?.closest('.table') || e.closest('.table').getBoundingClientRect().right > innerWidth + 1)
        .map((e) => `<${e.localName}${e.className ? ' class=' + e.className : ''}> ${e.textContent.trim().slice(0, 40)}`).slice(0, 5));
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      res.check(wide.length === 0 && scroll <= 0, `${path} at 320px wide: wider than the screen by ${scroll}px: ${wide.join('; ')}`);
      if (path === '/sources') {
        // A failing source's error is on the screen, not scrolled off to
        // the right of a five-column table.
        const err = await page.evaluate(() => {
          const cell = document.querySelector('tr.state-failing td:last-child');
          if (!cell) return null;
          const r = cell.getBoundingClientRect();
          return { right: r.right, text: cell.textContent.trim() };
        });
        res.check(err && err.right <= 320 && err.text.includes('503'), `/sources at 320px: the failing source's error is at ${JSON.stringify(err)}, want within 320px`);
        await res.shoot(page, 'sources_phone');
      }
      if (path === '/') await res.shoot(page, 'home_phone');
      if (path === storyPath) await res.shoot(page, 'story_phone');
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    report('phone');
  });
});


// storyCards returns the story cards of a page section (or the whole main).
async function storyCards(page, scope) {
  return page.locator(`${scope} article.story`).evaluateAll((arts) => arts.map((a) => ({
    title: a.querySelector('h3 a')?.textContent.trim(),
    meta: a.querySelector('.meta')?.textContent.trim(),
    sources: a.querySelector('a.sources')?.textContent.trim(),
    story: a.querySelector('a.sources')?.getAttribute('href'),
    visible: a.querySelector('h3 a')?.getBoundingClientRect().height > 0,
    img: a.querySelector('img') ? { alt: a.querySelector('img').getAttribute('alt'),
      loaded: a.querySelector('img').complete && a.querySelector('img').naturalWidth > 0 } : null,
  })));
}

function checkCards(res, label, cards) {
  for (const c of cards) {
    res.check(c.title === c.title?.normalize('NFC'), `${label}: title "${c.title}" is not NFC`);
    res.check(c.visible, `${label}: title "${c.title}" is not rendered`);
    res.check(/\d\d:\d\d, \d\d\/\d\d\/\d{4}/.test(c.meta || ''), `${label}: "${c.title}" meta "${c.meta}" lacks a Vietnam time`);
    res.check(/^\d+ nguồn$/.test(c.sources || '') && /^\/stories\/\d+$/.test(c.story || ''), `${label}: "${c.title}" has no "N nguồn" link (${c.sources} → ${c.story})`);
    if (c.img) res.check(c.img.loaded, `${label}: image of "${c.title}" did not load`);
  }
}

async function front(res, context, page, base, spec, report) {
  const resp = await page.goto(base + '/');
  res.check(resp.status() === 200, `home: HTTP ${resp.status()}`);
  report('home');
  await a11y(res, page, 'home');
  await skipLink(res, page, 'home');
  await alternates(res, context, page, spec, 'home', [], 'main .side-col ul.feeds a');
  await imagesLoaded(page, 'main img');
  const top = await storyCards(page, 'section:has(#noi-bat)');
  res.check(JSON.stringify(top.map((c) => c.title)) === JSON.stringify(spec.top),
    `home: ranked stories ${JSON.stringify(top.map((c) => c.title))}, want ${JSON.stringify(spec.top)}`);
  res.check(top[0]?.sources === `${spec.story.length} nguồn`, `home: first story shows "${top[0]?.sources}", want "${spec.story.length} nguồn"`);
  checkCards(res, 'home', top);
  storyPath = top[0]?.story || '/';
  const topics = await page.locator('section:has(#chu-de) a').count();
  res.check(topics === spec.topics.length, `home: ${topics} topics, want ${spec.topics.length}`);
  const regions = await page.locator('section:has(#tinh-thanh) h3').allTextContents();
  res.check(regions.length === spec.regions && regions[0] === 'Đông Bắc', `home: regions ${JSON.stringify(regions)}`);
  const provs = await page.locator('section:has(#tinh-thanh) ul.places > li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const p of spec.provinces) res.check(provs.includes(p.page), `home: no link to ${p.page} (${p.name})`);
  res.check(provs.length === spec.provinces.length, `home: ${provs.length} provinces, want ${spec.provinces.length}`);
  const bk = page.locator('section:has(#tinh-thanh) li', { hasText: 'Thái Nguyên' }).getByRole('link', { name: 'Bắc Kạn (cũ)' });
  res.check(await bk.count() === 1, 'home: Thái Nguyên does not offer "gồm cả Bắc Kạn (cũ)"');
  res.check(await page.locator('a[href="/subscribe"]').count() > 0, 'home: no link to the subscription form /subscribe');
  await why(res, page);
  await res.shoot(page, 'home');
  await page.emulateMedia({ colorScheme: 'dark' });
  await res.shoot(page, 'home_dark');
  await page.emulateMedia({ colorScheme: 'light' });
  report('home (after checks)');
}

// why: a card tells why it carries its tags, in Vietnamese, behind a
// disclosure a keyboard reaches with Tab and opens with Enter (a title
// attribute would reach neither touch nor keyboard users).
async function why(res, page) {
  const card = page.locator('section:has(#noi-bat) article.story').first();
  const tags = await card.locator('ul.tags a').allTextContents();
  const link = card.locator('ul.tags a').last();
  await link.focus();
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement?.localName + ':' + document.activeElement?.textContent.trim());
  res.check(focused === 'summary:Vì sao bài thuộc các mục trên?', `home: Tab after the last tag reaches ${focused}, want the "Vì sao" disclosure`);
  await page.keyboard.press('Enter');
  const items = await card.locator('details.why[open] li').evaluateAll((lis) => lis.map((li) => ({
    text: li.textContent.trim(), shown: li.getBoundingClientRect().height > 0 })));
  res.check(items.length === tags.length && items.every((it, i) => it.shown && it.text.startsWith(tags[i] + ': ')),
    `home: the opened disclosure lists ${JSON.stringify(items)}, want one shown line per tag ${JSON.stringify(tags)}`);
  const english = items.filter((it) => /\b(cue|model|title|with context|gazetteer)\b/.test(it.text.replace(/“[^”]*”/g, '')));
  res.check(english.length === 0, `home: the reasons read in English: ${JSON.stringify(english)}`);
  res.check(await card.locator('[title]').count() === 0, 'home: a tag still explains itself in a title attribute only');
  await res.shoot(page, 'home_why');
  await page.keyboard.press('Enter');
}

async function story(res, page, base, spec, report) {
  await page.goto(base + '/');
  await imagesLoaded(page, 'main img'); // leaving a page aborts its image loads
  await page.locator('section:has(#noi-bat) a.sources').first().click();
  await page.waitForURL(base + storyPath);
  report('story');
  await a11y(res, page, 'story');
  await imagesLoaded(page, 'main img');
  const cards = await page.locator('main article.story').evaluateAll((arts) => arts.map((a) => ({
    title: a.querySelector('h3 a')?.textContent.trim(), source: a.querySelector('.meta')?.textContent.split('·')[0].trim() })));
  res.check(JSON.stringify(cards.map((c) => c.title)) === JSON.stringify(spec.story),
    `story: articles ${JSON.stringify(cards.map((c) => c.title))}, want ${JSON.stringify(spec.story)} (oldest first)`);
  res.check(JSON.stringify(cards.map((c) => c.source)) === JSON.stringify(spec.storySources),
    `story: outlets ${JSON.stringify(cards.map((c) => c.source))}, want ${JSON.stringify(spec.storySources)}`);
  const h1 = (await page.locator('h1').textContent()).trim();
  res.check(h1 === spec.story[0], `story: h1 "${h1}", want the first article's title`);
  const shared = await page.locator('main ul.tags[aria-label="Chủ đề và địa phương chung"] a').allTextContents();
  res.check(shared.includes('Giao thông – Hạ tầng') && shared.includes('Hà Nội'), `story: shared tags ${JSON.stringify(shared)}`);
  await page.locator('main details.why summary').click();
  const whys = await page.locator('main details.why[open] li').allTextContents();
  res.check(whys.length === shared.length && whys.every((w, i) => w.startsWith(shared[i] + ': ') && / bài/.test(w)),
    `story: the opened "Vì sao" lists ${JSON.stringify(whys)}, want how many articles carry each of ${JSON.stringify(shared)}`);
  await res.shoot(page, 'story');
  report('story (after checks)');
  await thread(res, page, base, spec, report);
}

// The story's thread: its earlier segment is listed with its span and
// outlets, and its page lists the story as the later one.
async function thread(res, page, base, spec, report) {
  const earlier = await page.locator('main section:has(#dien-bien-truoc) ol.thread > li').evaluateAll((lis) => lis.map((li) => ({
    title: li.querySelector('a')?.textContent.trim(), href: li.querySelector('a')?.getAttribute('href'),
    meta: li.querySelector('.meta')?.textContent.trim(), times: li.querySelectorAll('time[datetime]').length })));
  res.check(earlier.length === 1 && earlier[0].title === spec.earlier && /^\/stories\/\d+$/.test(earlier[0].href || ''),
    `story: earlier parts ${JSON.stringify(earlier)}, want one linking "${spec.earlier}"`);
  res.check(/^\d\d:\d\d, \d\d\/\d\d\/\d{4} · 1 nguồn$/.test(earlier[0]?.meta || '') && earlier[0]?.times === 1,
    `story: earlier part's meta "${earlier[0]?.meta}", want its time and "1 nguồn"`);
  await page.getByRole('link', { name: '1 tin trước đó' }).click();
  res.check(await page.locator('#dien-bien-truoc').evaluate((h) => h.getBoundingClientRect().top < innerHeight), 'story: "1 tin trước đó" does not bring the list into view');
  await page.getByRole('link', { name: spec.earlier }).click();
  await page.waitForURL(base + earlier[0]?.href);
  report('story (earlier part)');
  await a11y(res, page, 'story (earlier part)');
  const h1 = (await page.locator('h1').textContent()).trim();
  const later = await page.locator('main section:has(#dien-bien-sau) ol.thread > li a').evaluateAll((as) => as.map((a) => [a.textContent.trim(), a.getAttribute('href')]));
  res.check(h1 === spec.earlier && JSON.stringify(later) === JSON.stringify([[spec.story[0], storyPath]]),
    `earlier part: h1 "${h1}", later parts ${JSON.stringify(later)}, want [["${spec.story[0]}", "${storyPath}"]]`);
  report('story (earlier part, after checks)');
}

async function search(res, page, base, spec, report) {
  await page.goto(base + '/');
  await imagesLoaded(page, 'main img'); // leaving a page aborts its image loads
  await page.getByLabel('Tìm tin').fill('cao toc');
  await page.getByRole('button', { name: 'Tìm' }).click();
  await page.waitForURL(/\/search\?q=cao\+toc$/);
  await imagesLoaded(page, 'main img');
  report('search');
  await a11y(res, page, 'search');
  const titles = await page.locator('main article.story h3 a').allTextContents();
  res.check(titles.length === 1 && spec.search.includes(titles[0]),
    `search "cao toc": ${JSON.stringify(titles)}, want one story of ${JSON.stringify(spec.search)}`);
  res.check(await page.getByLabel('Tìm tin').inputValue() === 'cao toc', 'search: the box lost the query');
  await res.shoot(page, 'search');
  report('search (after checks)');
}

async function directory(res, context, page, base, spec, report) {
  await page.goto(base + '/feeds');
  report('/feeds');
  await a11y(res, page, '/feeds');
  await alternates(res, context, page, spec, '/feeds', [], 'main > ul.feeds a');
  for (const [kind, list, section] of [['topic', spec.topics, '#chu-de'], ['province', spec.provinces, '#tinh-thanh']]) {
    const links = await page.locator(`section:has(${section}) ul.grid > li`).evaluateAll((lis) => lis.map((li) => {
      const a = li.querySelector(':scope > a');
      return { name: a?.textContent.trim(), page: a?.getAttribute('href'),
        feeds: [...li.querySelectorAll('.feeds a')].map((f) => f.getAttribute('type')),
        copies: [...li.querySelectorAll('button.copy')].filter((b) => !b.hidden).length };
    }));
    res.check(links.length === list.length, `/feeds: ${links.length} ${kind}s listed, want ${list.length}`);
    for (const want of list) {
      const got = links.find((l) => l.page === want.page);
      if (!res.check(got, `/feeds: no link to the ${kind} page ${want.page} (${want.name})`)) continue;
      res.check(got.name === want.name, `/feeds: ${kind} ${want.page} is named "${got.name}", want "${want.name}"`);
      res.check(JSON.stringify(got.feeds) === JSON.stringify(spec.feedTypes), `/feeds: ${kind} ${want.page} feed links ${JSON.stringify(got.feeds)}`);
      res.check(got.copies === spec.feedTypes.length, `/feeds: ${kind} ${want.page} has ${got.copies} visible copy buttons`);
    }
  }
  const legacy = await page.locator('section:has(#tinh-cu) ul.grid > li > a').count();
  res.check(legacy === spec.legacy, `/feeds: ${legacy} former provinces listed, want ${spec.legacy}`);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  const btn = page.locator('section:has(#chu-de) button.copy').first();
  const want = await btn.getAttribute('data-copy');
  await btn.click();
  await page.locator('.copy-status').first().filter({ hasText: 'Đã chép' }).waitFor();
  const got = await page.evaluate(() => navigator.clipboard.readText());
  res.check(got === want && /^http:\/\/127\.0\.0\.1:\d+\/topics\/[a-z-]+\/feed\.rss$/.test(got), `/feeds: copy put "${got}" on the clipboard, want "${want}"`);
  await res.shoot(page, 'feeds');
  await page.goto(base + '/sources');
  await a11y(res, page, '/sources');
  report('/feeds and /sources');
}

// The feeds' category schemes: /topics/ lists every topic and /provinces/
// every province by region, former ones under theirs, each with its page
// and feeds and their copy controls.
async function schemes(res, page, base, spec, report) {
  for (const [path, list, former] of [['/topics/', spec.topics, 0], ['/provinces/', spec.provinces, spec.legacy]]) {
    const resp = await page.goto(base + path);
    res.check(resp.status() === 200, `${path}: HTTP ${resp.status()}`);
    await a11y(res, page, path);
    const items = await page.locator('main ul.grid li:has(> ul.feeds)').evaluateAll((lis) => lis.map((li) => {
      const a = li.querySelector(':scope > a');
      return { name: a?.textContent.trim(), page: a?.getAttribute('href'),
        feeds: [...li.querySelectorAll(':scope > ul.feeds a')].map((f) => f.getAttribute('type')),
        copies: [...li.querySelectorAll(':scope > ul.feeds button.copy')].filter((b) => !b.hidden).length };
    }));
    res.check(items.length === list.length + former, `${path}: ${items.length} entries, want ${list.length} and ${former} former provinces`);
    for (const want of list) {
      const got = items.find((l) => l.page === want.page);
      if (!res.check(got, `${path}: no link to ${want.page} (${want.name})`)) continue;
      res.check(got.name === want.name, `${path}: ${want.page} is named "${got.name}", want "${want.name}"`);
      res.check(JSON.stringify(got.feeds) === JSON.stringify(spec.feedTypes), `${path}: ${want.page} feed links ${JSON.stringify(got.feeds)}`);
      res.check(got.copies === spec.feedTypes.length, `${path}: ${want.page} has ${got.copies} visible copy buttons`);
    }
  }
  await res.shoot(page, 'provinces');
  report('/topics/ and /provinces/');
}

async function listPage(res, context, page, base, spec, list, report) {
  await page.goto(base + '/');
  await imagesLoaded(page, 'main img'); // leaving a page aborts its image loads
  await page.locator(`main a[href="${list.path}"]`).first().click();
  await page.waitForURL(base + list.path);
  report(list.path);
  await a11y(res, page, list.path);
  const h1 = (await page.locator('h1').textContent()).trim();
  res.check(h1 === list.heading, `${list.path}: h1 "${h1}", want "${list.heading}"`);
  // Images load lazily: bring each into view and wait for its load (or
  // error) event before judging it.
  await imagesLoaded(page, 'main article img');
  const cards = await storyCards(page, 'main');
  const titles = cards.map((c) => c.title);
  res.check(JSON.stringify(titles) === JSON.stringify(list.titles),
    `${list.path}: stories ${JSON.stringify(titles)}, want ${JSON.stringify(list.titles)}`);
  checkCards(res, list.path, cards);
  const imgs = cards.filter((c) => c.img).length;
  res.check(imgs === list.images, `${list.path}: ${imgs} article images, want ${list.images}`);
  await alternates(res, context, page, spec, list.path, list.titles, 'main > ul.feeds a');
  await res.shoot(page, list.shot);
  report(list.path + ' (after checks)');
}

// alternates checks the <link rel="alternate"> feeds of page: one per feed
// type, absolute, each answering 200 with its content type and holding the
// titles; the visible feed links (selector) must point to the same URLs.
async function alternates(res, context, page, spec, label, titles, selector) {
  const links = await page.locator('head link[rel="alternate"]').evaluateAll((ls) =>
    ls.map((l) => ({ type: l.getAttribute('type'), href: l.getAttribute('href'), title: l.getAttribute('title') })));
  res.check(JSON.stringify(links.map((l) => l.type)) === JSON.stringify(spec.feedTypes),
    `${label}: alternate link types ${JSON.stringify(links.map((l) => l.type))}, want ${JSON.stringify(spec.feedTypes)}`);
  const visible = await page.locator(selector).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
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
