// Long lists on a phone (390×844): a big story's folded reports open by
// touch and by keyboard with JavaScript off, and the "Tin cũ hơn" pager's
// links are tap targets of 36 px or more. Usage: node lists.mjs <baseURL>
// <outdir>; <outdir>/spec.json names the story and the list.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { browse, watch, a11y, run } from './lib.mjs';

const minTap = 36;

await run(async (base, outdir, res) => {
  const spec = JSON.parse(await readFile(join(outdir, 'spec.json'), 'utf8'));
  await browse(res, async (context) => {
    // No JavaScript at all: the fold is HTML's own <details>.
    const plain = await context.browser().newContext({ locale: 'vi-VN', viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    try {
      const page = await plain.newPage();
      const report = watch(res, page);
      await page.goto(base + spec.story);
      const folded = await page.evaluate(() => [...document.querySelectorAll('.more-reports li a')].filter((a) => a.checkVisibility()).length);
      const cards = await page.locator('main article.story').count();
      res.check(cards === 10 && folded === 0, `story: ${cards} cards and ${folded} folded reports shown, want 10 and 0`);
      const box = await page.locator('.more-reports > summary').boundingBox();
      res.check(box && box.height >= minTap && box.width >= minTap, `story: "Xem thêm" is ${JSON.stringify(box)}, want ${minTap} px or more`);
      await res.shoot(page, 'story_folded_phone');
      await page.locator('.more-reports > summary').click();
      let shown = await page.evaluate(() => [...document.querySelectorAll('.more-reports li a')].filter((a) => a.checkVisibility()).length);
      res.check(shown === 20, `story: after a click ${shown} of the 20 folded reports shown`);
      await res.shoot(page, 'story_unfolded_phone');
      await page.reload();
      await page.locator('.more-reports > summary').focus();
      await page.keyboard.press('Enter');
      shown = await page.evaluate(() => [...document.querySelectorAll('.more-reports li a')].filter((a) => a.checkVisibility()).length);
      res.check(shown === 20, `story: after Enter on "Xem thêm" ${shown} of the 20 folded reports shown`);
      report('story without JavaScript');

      // The pager: 45 stories and the big one, three pages of up to 20.
      await page.goto(base + spec.list);
      for (let n = 1; ; n++) {
        const cards = await page.locator('main article.story').count();
        for (const name of ['Tin cũ hơn →', '← Tin mới nhất']) {
          const link = page.getByRole('link', { name, exact: true });
          if (await link.count() === 0) continue;
          const b = await link.boundingBox();
          res.check(b.height >= minTap && b.width >= minTap, `${spec.list} page ${n}: "${name}" is ${b.width}×${b.height} px, want ${minTap} or more`);
        }
        const older = page.getByRole('link', { name: 'Tin cũ hơn →', exact: true });
        if (await older.count() === 0) {
          res.check(n === 3, `${spec.list}: ${n} pages, want 3`);
          break;
        }
        res.check(cards >= 20, `${spec.list} page ${n}: ${cards} cards before "Tin cũ hơn", want 20`);
        if (n > 5) { res.fail(`${spec.list}: more than 5 pages`); break; }
        await older.click();
      }
      report('pager');
    } finally {
      await plain.close();
    }
    // With JavaScript, the page opened: accessibility with the fold open.
    const page = await context.newPage();
    const report = watch(res, page);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(base + spec.story);
    await page.locator('.more-reports > summary').click();
    await a11y(res, page, 'story unfolded');
    report('story');
  });
});
