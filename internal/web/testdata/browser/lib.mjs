// Shared helpers of bantin's browser tests (run by internal/web/browser_test.go).
//
// Protocol with the Go test: every line a script writes to stdout that starts
// with '{' is one JSON message. A message with "step" waits for one JSON line
// on stdin (the Go side's answer: {"abort": "why"} stops the script); the last
// message is {"done": true, "failures": [...], "checks": n, "screenshots": [...]}.
// Anything else on stdout or stderr is only logged by the Go test.
import { chromium } from 'playwright-core';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

export const launchArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

// Result collects failures, counts checks and lists screenshots.
export class Result {
  constructor(outdir) {
    this.outdir = outdir;
    this.failures = [];
    this.checks = 0;
    this.screenshots = [];
  }
  check(ok, msg) {
    this.checks++;
    if (!ok) this.failures.push(msg);
    return ok;
  }
  fail(msg) { this.check(false, msg); }
  async shoot(page, name) {
    const path = join(this.outdir, name + '.png');
    await page.evaluate(() => document.activeElement?.blur());
    await page.screenshot({ path, fullPage: true });
    this.screenshots.push(path);
  }
}

// send writes one protocol message.
export function send(msg) { process.stdout.write(JSON.stringify(msg) + '\n'); }

let lines;
// step tells the Go side that step name is reached and returns its answer.
export async function step(name, data = {}) {
  lines ??= createInterface({ input: process.stdin })[Symbol.asyncIterator]();
  send({ step: name, data });
  const { value, done } = await lines.next();
  if (done) throw new Error(`step ${name}: the Go test closed stdin`);
  const answer = JSON.parse(value);
  if (answer.abort) throw new Error(`step ${name}: the Go test stopped: ${answer.abort}`);
  return answer;
}

// browse launches Chromium with a fresh context whose pages may only reach
// the hosts in allowed (127.0.0.1): any other request is aborted and reported.
export async function browse(res, fn) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: launchArgs });
  try {
    const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1280, height: 800 } });
    context.setDefaultTimeout(15000);
    await context.route('**/*', (route) => {
      const u = new URL(route.request().url());
      if (u.hostname === '127.0.0.1' || u.protocol === 'data:') return route.continue();
      res.fail(`a page requested ${u.href}: only 127.0.0.1 may be reached`);
      return route.abort('blockedbyclient');
    });
    await fn(context);
    await context.close();
  } finally {
    await browser.close();
  }
}

// watch records console errors, uncaught exceptions and failed responses of
// page; call the returned function to report them as failures of label.
export function watch(res, page) {
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`uncaught exception: ${e.message}`));
  page.on('requestfailed', (r) => {
    // Chromium fetches the favicon in the background; leaving the page
    // cancels that fetch, which is no fault of the page.
    if (/\/static\/(icon\.svg|favicon\.png)/.test(r.url()) && r.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`);
  });
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()} for ${r.url()}`); });
  return (label) => {
    res.check(problems.length === 0, `${label}: ${problems.join('; ')}`);
    problems.length = 0;
  };
}

// a11y checks accessibility basics of the page loaded in page: lang="vi",
// a title, exactly one h1, alt on every image, a label on every form control,
// a name on every button and link, unique ids.
export async function a11y(res, page, label) {
  const issues = await page.evaluate(() => {
    const out = [];
    const named = (el) => (el.getAttribute('aria-label') || '').trim() !== '' ||
      (el.getAttribute('aria-labelledby') || '').split(/\s+/).some((id) => id && document.getElementById(id)?.textContent.trim());
    if (document.documentElement.lang !== 'vi') out.push(`<html lang="${document.documentElement.lang}">, want "vi"`);
    if (!document.title.trim()) out.push('empty <title>');
    const h1 = document.querySelectorAll('h1');
    if (h1.length !== 1) out.push(`${h1.length} h1 elements, want 1`);
    else if (!h1[0].textContent.trim()) out.push('empty h1');
    for (const img of document.querySelectorAll('img')) {
      if (!img.hasAttribute('alt')) out.push(`<img src="${img.getAttribute('src')}"> has no alt`);
    }
    for (const el of document.querySelectorAll('input, select, textarea')) {
      if (el.type === 'hidden') continue;
      const labelled = [...(el.labels || [])].some((l) => l.textContent.trim() !== '') || named(el);
      if (!labelled) out.push(`<${el.localName} name="${el.name}" value="${el.value}"> has no label`);
    }
    for (const b of document.querySelectorAll('button, input[type=submit], input[type=button]')) {
      if (!(b.textContent.trim() || b.value || named(b))) out.push('a button has no text');
    }
    for (const a of document.querySelectorAll('a[href]')) {
      if (!(a.textContent.trim() || named(a) || a.querySelector('img[alt]:not([alt=""])'))) out.push(`link ${a.href} has no text`);
    }
    const seen = new Set();
    for (const el of document.querySelectorAll('[id]')) {
      if (seen.has(el.id)) out.push(`duplicate id "${el.id}"`);
      seen.add(el.id);
    }
    for (const ul of document.querySelectorAll('ul, ol')) {
      for (const c of ul.children) {
        if (!['li', 'script', 'template'].includes(c.localName)) out.push(`<${c.localName}> directly inside <${ul.localName}>`);
      }
    }
    return out;
  });
  res.check(issues.length === 0, `${label}: accessibility: ${issues.join('; ')}`);
  await axe(res, page, label);
}

// imagesLoaded brings every image matching selector into view and waits
// until each has loaded (complete with a size) or the default timeout
// passes; it returns nothing and never sleeps: callers check the images.
export async function imagesLoaded(page, selector) {
  for (const img of await page.locator(selector).all()) {
    await img.scrollIntoViewIfNeeded();
    await img.evaluate((i) => i.complete && i.naturalWidth > 0 ? null : new Promise((done) => {
      i.addEventListener('load', done, { once: true });
      i.addEventListener('error', done, { once: true });
    }));
  }
}

let axeSource;
// axe runs axe-core (WCAG 2.1 A and AA rules) on the page loaded in page and
// fails on every serious or critical violation. The script is evaluated
// through the DevTools protocol, so a strict Content-Security-Policy does
// not stop it.
export async function axe(res, page, label) {
  axeSource ??= await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  const found = await page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  });
  res.check(found.length === 0, `${label}: axe-core: ${found.join('; ')}`);
}

// skipLink checks that the first Tab stop is a visible "skip to content"
// link that moves to the main content.
export async function skipLink(res, page, label) {
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => {
    const el = document.activeElement;
    const r = el.getBoundingClientRect();
    return { tag: el.localName, href: el.getAttribute('href'), text: el.textContent.trim(),
      visible: r.left >= 0 && r.top >= 0 && r.width > 0 && r.right <= innerWidth };
  });
  res.check(first.tag === 'a' && first.href?.startsWith('#'), `${label}: first Tab stop is <${first.tag} href="${first.href}">, want a skip link`);
  res.check(first.visible, `${label}: the focused skip link "${first.text}" is off screen`);
  if (first.href?.startsWith('#')) {
    const target = await page.locator(first.href).count();
    res.check(target === 1, `${label}: skip link target ${first.href} missing`);
  }
}

// run calls main with (baseURL, outdir, res), then sends the final message;
// the exit status is 0 only when every check passed.
export async function run(main) {
  const [base, outdir] = process.argv.slice(2);
  if (!base || !outdir) {
    console.error('usage: node script.mjs <baseURL> <outdir>');
    process.exit(2);
  }
  const res = new Result(outdir);
  let code = 0;
  try {
    await main(base.replace(/\/$/, ''), outdir, res);
  } catch (e) {
    res.fail(`stopped: ${e.stack || e}`);
  }
  if (res.failures.length) code = 1;
  send({ done: true, failures: res.failures, checks: res.checks, screenshots: res.screenshots });
  process.exit(code);
}
