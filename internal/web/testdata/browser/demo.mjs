// `bantin serve --demo`, already started by the Go test: the front page
// shows the sample stories at once, the most covered first; its full
// coverage, a topic page, the feeds and the widget work.
import { browse, watch, a11y, run, imagesLoaded } from './lib.mjs';

await run(async (base, outdir, res) => {
  await browse(res, async (context) => {
    const page = await context.newPage();
    const report = watch(res, page);
    await page.goto(base + '/');
    await imagesLoaded(page, 'main img');
    const top = await page.locator('section:has(#noi-bat) article.story').evaluateAll((as) => as.map((a) => ({
      title: a.querySelector('h3 a').textContent.trim(), n: parseInt(a.querySelector('a.sources')?.textContent || '0', 10),
      story: a.querySelector('a.sources')?.getAttribute('href') })));
    // The demo's week has four stories several outlets covered: the
    // section ("nhiều báo cùng đưa nhất") holds only such stories.
    res.check(top.length >= 4 && top.every((s) => s.n >= 2), `demo: ranked stories of ${JSON.stringify(top.map((s) => s.n))} outlets, want at least 4, each of 2 or more`);
    res.check(top[0]?.n >= 3, `demo: the first story has ${top[0]?.n} outlets, want 3 or more`);
    res.check(top.every((s, i) => i === 0 || s.n <= top[i - 1].n), `demo: stories not ranked by outlets: ${JSON.stringify(top.map((s) => s.n))}`);
    res.check(await page.locator('.notice').count() === 0, 'demo: the failing-sources notice shows');
    await a11y(res, page, 'demo home');
    await res.shoot(page, 'demo_home');

    await page.goto(base + top[0].story);
    await imagesLoaded(page, 'main img');
    const outlets = await page.locator('main article.story').count();
    res.check(outlets === top[0].n, `demo story: ${outlets} articles, want ${top[0].n}`);
    await res.shoot(page, 'demo_story');

    const feed = await context.request.get(base + '/feed.json?limit=5', { headers: { Origin: 'http://example.test' } });
    const body = await feed.json();
    res.check(feed.status() === 200 && body.items?.length === 5 && feed.headers()['access-control-allow-origin'] === '*',
      `demo: /feed.json answered ${feed.status()} with ${body.items?.length} items`);

    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(base + '/provinces/thai-nguyen/');
    await imagesLoaded(page, 'main img');
    const tn = await page.locator('main article.story').count();
    res.check(tn >= 1, 'demo: the Thái Nguyên page shows no story');
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    res.check(scroll <= 0, `demo phone: scrolls sideways by ${scroll}px`);
    await page.goto(base + '/');
    await imagesLoaded(page, 'main img');
    await res.shoot(page, 'demo_phone');
    report('demo');
  });
});
