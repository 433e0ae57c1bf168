// Checks that no story is shown as an empty box: cards of the widget
// without a picture (blankCards) and pages' pictures that do not load
// (brokenPictures).

// blankCards checks every card of every cards widget: no text is cut by
// the card's foot (a picture too tall for the card's height); and out of
// view, the room under its last line is at most its padding (a card without a
// picture is as tall as its text), and no picture box is left empty (a
// picture that did not load). Cards in view may keep a box until they
// leave it (nothing seen moves); the widgets' own room is not a card.
export async function blankCards(res, page, width) {
  await page.waitForTimeout(200); // the observers' callbacks
  const bad = await page.locator('bantin-feed[layout=cards]').evaluateAll((els) => els.flatMap((el) =>
    [...el.shadowRoot.querySelectorAll('li')].filter((li) => li.querySelector('.t')).flatMap((li) => {
      const r = li.getBoundingClientRect();
      const name = `${el.id}: ${li.querySelector('.t')?.textContent}`;
      const body = li.querySelector('.body');
      const last = [...body.children].reduce((b, c) => Math.max(b, c.getBoundingClientRect().bottom), 0);
      if (last > r.bottom + 1) return [`${name}: its text cut ${Math.round(last - r.bottom)}px by the card's foot`];
      if (r.bottom > 0 && r.top < innerHeight) return [];
      if (li.querySelector('div.pic')) return [`${name}: an empty picture box`];
      const em = parseFloat(getComputedStyle(body).fontSize);
      const blank = r.bottom - last;
      return blank > 1.2 * em ? [`${name}: ${Math.round(blank)}px blank under its text`] : [];
    })));
  res.check(bad.length === 0, `cards at ${width} px: ${bad.join('; ')}`);
}

// brokenPictures: on the front page, with every story picture failing
// (hotlink protection, a host that is down), no story keeps an empty
// picture box once it was scrolled past (site.js removes it out of view).
// A page of its own: the 404s are expected there.
export async function brokenPictures(res, context, base, width) {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 800 });
  await page.route((u) => u.pathname.startsWith('/anh/'), (r) => r.fulfill({ status: 404, body: '' }));
  await page.goto(base + '/');
  // Room to scroll each picture above the window.
  await page.evaluate(() => { document.body.style.paddingBottom = '200vh'; });
  const seen = await page.locator('main .story img').count();
  for (const img of await page.locator('main .story img').all()) {
    const h = await img.elementHandle();
    await h.evaluate((i) => i.scrollIntoView());
    await page.waitForFunction((i) => !i.isConnected || i.complete, h);
    await h.evaluate((i) => { if (i.isConnected) scrollTo(0, i.getBoundingClientRect().bottom + scrollY + 1); });
  }
  await page.waitForTimeout(200); // the observers' callbacks
  const boxes = await page.locator('main .story img').evaluateAll((is) => is.filter((i) => i.complete && i.naturalWidth === 0)
    .map((i) => i.getAttribute('src')));
  res.check(seen > 0 && boxes.length === 0, `front page at ${width} px, pictures failing: ${boxes.length} of ${seen} left as empty boxes once scrolled past (${JSON.stringify(boxes)})`);
  await page.close();
}
