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
