// bantin's embeddable widget: <bantin-feed>, a dependency-free web component
// that shows the latest stories of a bantin JSON Feed on any page.
//
//   <script src="https://bantin.example/embed.js?v=…"></script>
//   <bantin-feed topic="xay-dung-dang" province="thai-nguyen" q="" limit="5" layout="list"></bantin-feed>
//
// Attributes mean what the feed's parameters mean (topic, province: slugs,
// comma-separated; q: search, with or without diacritics); limit is 1 to
// 20 (default 5); layout is "list" (default) or "cards" (another value is
// replaced, and the console warns of it). The widget lists
// stories, each once, as bantin's pages do (the feed's per=story: a story
// several outlets covered is one item, its report the pages show, with an
// "N nguồn" link to the story's page on bantin); per="report" lists every
// outlet's report instead (the feed as feed readers get it). limit counts
// what is listed. The feed is read from the server that served this
// script, across origins (CORS).
//
// The widget inherits the host page's font and text colour; these custom
// properties style the rest: --bantin-link (link colour), --bantin-muted
// (dates and sources), --bantin-border, --bantin-gap, --bantin-radius,
// --bantin-item-height (one list row), --bantin-card-height.
//
// Load the script before the first element (not async) so that each
// element reserves its space before the page is first painted.
//
// Safety: nothing from the feed is parsed as HTML (titles, summaries and
// sources are set as text, the outlet count as a number) and only http(s)
// links and images are used. The space for limit items is reserved while
// loading, so the host page does not move when the stories arrive; once
// they came, a card is as tall as what it shows (a card without a picture
// as its text, never a box left blank), and the room the stories did not
// take (fewer came, or cards came shorter) is kept as blank room (no rule,
// no border) while the widget's end is in view and given back as soon as
// it is not, where nothing the reader sees moves. A card's picture is at
// most 9em tall, so that its title, line and summary fit the card's height
// in a narrow column too (a full-width 16:9 picture would crop them). When loading fails the
// room is kept (the feed's own 4xx message, in Vietnamese, is shown).
// Identical widgets on one page share one request.
(() => {
  'use strict';
  if (!window.customElements || customElements.get('bantin-feed')) return;
  const script = document.currentScript;
  const feedURL = new URL('feed.json', script && script.src ? script.src : location.href);

  const css = `
:host{display:block;contain:layout paint}
:host([hidden]){display:none}
*{box-sizing:border-box}
.wrap{margin:0;padding:0}
ul{list-style:none;margin:0;padding:0;display:grid;gap:var(--bantin-gap,.75rem);position:relative}
.cards ul{grid-template-columns:repeat(auto-fill,minmax(min(100%,14rem),1fr));align-items:start}
li{overflow:hidden;border-bottom:1px solid var(--bantin-border,color-mix(in srgb,currentColor 18%,transparent))}
.list li{height:var(--bantin-item-height,4.6em)}
.cards li{height:var(--bantin-card-height,20em);border:1px solid var(--bantin-border,color-mix(in srgb,currentColor 18%,transparent));border-radius:var(--bantin-radius,.4rem)}
.cards li.item{height:auto;max-height:var(--bantin-card-height,20em)}
.wrap li.end{position:absolute;bottom:0;left:0;width:1px;height:1px;border:0;pointer-events:none}
.cards .body{padding:.5em .7em}
.pic{display:block;aspect-ratio:16/9;width:100%;max-height:9em;object-fit:cover;background:var(--bantin-border,color-mix(in srgb,currentColor 10%,transparent))}
a{color:var(--bantin-link,inherit);font-weight:600;text-decoration:underline;text-underline-offset:.15em}
a:focus-visible{outline:2px solid currentColor;outline-offset:2px}
.t{display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:2;overflow:hidden;line-height:1.35;margin:0;overflow-wrap:anywhere}
.cards .t{-webkit-line-clamp:3}
.m{display:flex;color:var(--bantin-muted,color-mix(in srgb,currentColor 82%,transparent));font-size:.85em;margin:.2em 0 0;white-space:nowrap;overflow:hidden}
.md{overflow:hidden;text-overflow:ellipsis;min-width:0;flex:0 1000 auto}
.mt{flex:none}
.n{flex:none}
.s{display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:3;overflow:hidden;font-size:.9em;margin:.3em 0 0;line-height:1.4;overflow-wrap:anywhere}
.cards .nopic .s{-webkit-line-clamp:9}
.list .s,.list .pic{display:none}
.ph{background:linear-gradient(90deg,transparent,color-mix(in srgb,currentColor 8%,transparent),transparent)}
li[aria-hidden]:not(.ph){border-color:transparent}
.status{margin:0 0 .4em;font-size:.9em;height:1.4em;line-height:1.4em;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
li.err{overflow:auto}
li.err:focus-visible{outline:2px solid currentColor;outline-offset:-2px}
li.err span{font-size:.9em}
.err{color:var(--bantin-error,inherit);font-weight:600}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}`;
  let sheet = null;
  try {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  } catch { sheet = null; }

  const dateFmt = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit', year: 'numeric' });

