// Renders the PNG icons from templates/static/icon.svg in headless
// Chromium (run by `make icons`; the PNGs are committed): favicon.png
// (64 px), icon.png (512 px, also the apple-touch-icon) and logo.png
// (512×256, the icon and the name, for Atom <logo>).
import { chromium } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { launchArgs } from './lib.mjs';

const dir = new URL('../../../../templates/static/', import.meta.url);
const svg = await readFile(new URL('icon.svg', dir), 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: launchArgs });
const page = await browser.newPage({ deviceScaleFactor: 1 });
const shot = async (name, w, h, html) => {
  await page.setViewportSize({ width: w, height: h });
  await page.setContent(`<!doctype html><html><body style="margin:0">${html}</body></html>`);
  await page.screenshot({ path: new URL(name, dir).pathname, omitBackground: true });
};
const sized = (n) => svg.replace('<svg ', `<svg width="${n}" height="${n}" `);
await shot('favicon.png', 64, 64, sized(64));
await shot('icon.png', 512, 512, sized(512));
await shot('logo.png', 512, 256, `<div style="display:flex;align-items:center;gap:24px;height:256px;padding:0 28px;box-sizing:border-box;background:#fff;font:700 80px/1 system-ui,'DejaVu Sans',sans-serif;color:#1b1b1b;white-space:nowrap">${sized(150)}<span>Bản tin</span></div>`);
await browser.close();
