// bantin's pages: the "copy" buttons (feed URLs in the feed directory, the
// widget snippet on every page). The buttons are in the page, hidden, and
// shown only where the Clipboard API works, so that without JavaScript the
// links and the code alone remain. The status line nearest the button says
// what was copied.
(() => {
  if (!navigator.clipboard || !window.isSecureContext) return;
  for (const b of document.querySelectorAll('button.copy[data-copy]')) {
    b.hidden = false;
    b.addEventListener('click', async () => {
      const status = b.parentElement.querySelector('.copy-status') || document.querySelector('.copy-status');
      try {
        await navigator.clipboard.writeText(b.dataset.copy);
        b.textContent = 'Đã chép';
        if (status) status.textContent = 'Đã chép ' + b.dataset.copy.slice(0, 80);
      } catch {
        if (status) status.textContent = 'Không chép được; hãy chép đường dẫn bên cạnh.';
      }
    });
  }
})();

// A story's picture that does not load (hotlink protection, a host that is
// down) leaves no empty box: it is removed once it is out of view, where
// nothing the reader sees moves (below the window nothing seen is after
// it; above it the browser's scroll anchoring keeps what is seen in
// place). In view it keeps its room until then.
(() => {
  if (!window.IntersectionObserver) return;
  const drop = (img) => {
    const io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) return;
      io.disconnect();
      img.remove();
    });
    io.observe(img);
  };
  document.addEventListener('error', (e) => {
    if (e.target instanceof HTMLImageElement && e.target.closest('.story')) drop(e.target);
  }, true);
  for (const img of document.querySelectorAll('.story img')) {
    if (img.complete && img.naturalWidth === 0 && img.currentSrc) drop(img);
  }
})();
